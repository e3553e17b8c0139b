package dev.tandem.connection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.platform.UserMessage;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A half's last error keeps its screen text (key and arguments) beside the English text, and both go together. */
class LastErrorMessageTest {

    @Test
    void anyArgumentTextComesBackAsItWentIn() {
        List<Object> args = List.of("a,b", "", "50 %", "x%2Cy", "Niño «ñ» \"quoted\"\nline", ",");

        assertEquals(args, MessageArgsColumn.decode(MessageArgsColumn.encode(args)));
    }

    @Test
    void noArgumentsIsNullAndOneEmptyArgumentIsNot() {
        assertNull(MessageArgsColumn.encode(List.of()));
        assertEquals(List.of(), MessageArgsColumn.decode(null));
        assertEquals(List.of(""), MessageArgsColumn.decode(MessageArgsColumn.encode(List.of(""))));
    }

    @Test
    void numbersComeBackAsTheirText() {
        assertEquals(List.of("3", "12"), MessageArgsColumn.decode(MessageArgsColumn.encode(List.of(3, 12L))));
    }

    @Test
    void aFailureKeepsBothTextsAndASuccessClearsBoth() {
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, "Could not sync mail: timeout.", UserMessage.of("k.timeout", "SSL"));

        assertEquals("Could not sync mail: timeout.", part.findLastError().orElseThrow());
        assertEquals(new UserMessage("k.timeout", List.of("SSL")), part.findLastErrorMessage().orElseThrow());

        part.succeeded(OffsetDateTime.now());
        assertTrue(part.findLastError().isEmpty());
        assertTrue(part.findLastErrorMessage().isEmpty());
    }

    @Test
    void aFailureWithoutAScreenTextForgetsThePreviousOne() {
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, "first", UserMessage.of("k.first"));
        part.failed(ConnectionState.ERROR, "second", null);

        assertEquals("second", part.findLastError().orElseThrow());
        assertTrue(part.findLastErrorMessage().isEmpty());
    }

    @Test
    void argumentsTooLongForTheColumnLeaveTheEnglishTextAlone() {
        var part = new PartStatus();
        part.failed(ConnectionState.ERROR, "long", UserMessage.of("k.long", "é".repeat(400)));

        assertEquals("long", part.findLastError().orElseThrow());
        assertTrue(part.findLastErrorMessage().isEmpty());
    }

    @Test
    void aNewModeClearsTheError() {
        var part = new PartStatus();
        part.failed(ConnectionState.NEEDS_REAUTH, "again", UserMessage.of("k.again"));
        part.reset(true);

        assertTrue(part.findLastError().isEmpty());
        assertTrue(part.findLastErrorMessage().isEmpty());
    }
}
