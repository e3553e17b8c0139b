package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tandem.calendar.control.caldav.CalDavFailures;
import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.PartStatus;
import dev.tandem.platform.UserMessage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sync screen says a half's last error in its language when a text key was stored, else in stored English. */
class LastErrorTextTest {

    private static final Locale SPANISH = new Locale("es");
    private static final String REJECTED = "The mail server rejected the user name or password. Sign in again.";

    @Test
    void aStoredKeyIsSaidInSpanishOnTheSpanishScreenAndInEnglishOnTheEnglishOne() {
        var part = new PartStatus();
        part.failed(ConnectionState.NEEDS_REAUTH, REJECTED, UserMessage.of("sync.lastError.mailLogin"));

        assertEquals("El servidor de correo ha rechazado el usuario o la contraseña. Vuelve a iniciar sesión.",
                PartView.lastError(part, SPANISH));
        assertEquals(REJECTED, PartView.lastError(part, Locale.ENGLISH));
    }

    @Test
    void theArgumentsGoIntoTheText() {
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, "Could not read the mailbox: the secure connection failed "
                + "(SSLHandshakeException). Tandem will try again.",
                UserMessage.of("sync.lastError.mailTls", "SSLHandshakeException"));

        assertEquals("No se ha podido sincronizar el correo: la conexión segura ha fallado (SSLHandshakeException). "
                + "Tandem lo volverá a intentar.", PartView.lastError(part, SPANISH));
    }

    @Test
    void theGuardsRefusalGetsASpanishLeadInBeforeItsEnglishDetail() {
        var refused = CalDavFailures.refused("this sync would delete 4 of 6 items in the calendar (more than 50 %).");
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, refused.getMessage(), refused.findUserMessage().orElseThrow());

        assertEquals("La sincronización se ha detenido para proteger tu calendario. Detalle (en inglés): "
                + "this sync would delete 4 of 6 items in the calendar (more than 50 %).",
                PartView.lastError(part, SPANISH));
    }

    @Test
    void withoutAKeyTheStoredEnglishTextIsShown() {
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, "An error stored before texts had keys.", null);

        assertEquals("An error stored before texts had keys.", PartView.lastError(part, SPANISH));
    }

    @Test
    void aKeyWithoutATextFallsBackToTheStoredEnglishText() {
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, "From a newer version.", UserMessage.of("sync.lastError.notThere"));

        assertEquals("From a newer version.", PartView.lastError(part, SPANISH));
    }

    @Test
    void noErrorShowsNothing() {
        assertNull(PartView.lastError(new PartStatus(), SPANISH));
    }
}
