package dev.tandem.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.connection.control.ConnectCommand;
import dev.tandem.connection.control.ConnectionException;
import dev.tandem.connection.control.Connections;
import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.mail.control.diagnosis.ImapTestReport.StepView;
import dev.tandem.mail.control.diagnosis.ImapTestReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The sync screen says the services' refusals and the test's findings in the user's language. */
class FacesTextsTest {

    private static final Locale SPANISH = new Locale("es");
    private static final Optional<ImapAccount> IMAP = Optional.of(
            new ImapAccount("imap.example.com", 993, MailSecurity.SSL, "ana", "pw"));

    @Test
    void imapWithACalendarIsRefusedInSpanishOnTheSpanishScreenAndInEnglishInTheApi() {
        var refused = assertThrows(ConnectionException.class, () -> new Connections().connect(1,
                new ConnectCommand(Provider.IMAP, SyncMode.MAIL_AND_CALENDAR, IMAP, Optional.empty())));

        assertTrue(FacesTexts.refusal(refused, SPANISH).startsWith("El protocolo IMAP no soporta la sincronización "
                + "del calendario"), () -> FacesTexts.refusal(refused, SPANISH));
        assertTrue(FacesTexts.refusal(refused, Locale.ENGLISH).startsWith("IMAP does not support calendar sync"));
        assertTrue(refused.getMessage().startsWith("mode: IMAP gives mail only"), refused::getMessage);
    }

    /** Found before the JVM's default locale is tried, so English stays English on a server set up in Spanish. */
    @Test
    void englishHasABundleOfItsOwn() {
        var english = ResourceBundle.getBundle("dev.tandem.web.messages", Locale.ENGLISH);

        assertEquals(Locale.ENGLISH, english.getLocale());
        assertEquals("Sign in to Tandem", FacesTexts.text(Locale.ENGLISH, "login.title"));
    }

    @Test
    void theArgumentsGoIntoTheText() {
        var refused = assertThrows(ConnectionException.class, () -> new Connections().connect(1,
                new ConnectCommand(Provider.GMAIL, SyncMode.MAIL, IMAP, Optional.empty())));

        assertTrue(FacesTexts.refusal(refused, SPANISH).startsWith("Gmail inicia sesión en su propia página"),
                () -> FacesTexts.refusal(refused, SPANISH));
    }

    @Test
    void aRefusalWithoutATextIsShownInEnglishAsItIs() {
        var refused = ConnectionException.invalid("port: must be between 1 and 65535.");

        assertEquals("port: must be between 1 and 65535.", FacesTexts.refusal(refused, SPANISH));
    }

    @Test
    void aTestStepSaysItsReasonInSpanishAndKeepsTheEnglishDetailBelow() {
        String detail = "The server rejected the user name or password. Server said: [AUTHENTICATIONFAILED]";
        var report = new ImapTestReport(false, List.of(
                new StepView("DNS", true, 3, "localhost is 127.0.0.1.", "OK"),
                new StepView("LOGIN", false, 40, detail, "AUTHENTICATION_FAILED")), List.of(), null);

        var steps = ImapTestView.of(report, SPANISH).steps();

        assertEquals("Correcto.", steps.get(0).reason());
        assertEquals("Inicio de sesión", steps.get(1).label());
        assertTrue(steps.get(1).reason().startsWith("El servidor ha rechazado el usuario o la contraseña."),
                steps.get(1)::reason);
        assertEquals(detail, steps.get(1).detail());
        assertEquals("step-failed", steps.get(1).cssClass());
    }
}
