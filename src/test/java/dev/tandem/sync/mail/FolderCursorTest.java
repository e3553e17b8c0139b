package dev.tandem.sync.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FolderCursorTest {

    private final FolderCursor at41 = new FolderCursor("INBOX", 7, 41, 900);

    @Test
    void advancesForwardOnly() {
        assertEquals(50, at41.advancedTo(50).lastUid());
        assertSame(at41, at41.advancedTo(12));
        assertSame(at41, at41.advancedTo(41));
        assertEquals(50, at41.advancedTo(50).advancedTo(45).lastUid());
    }

    @Test
    void modSeqNeverGoesBack() {
        assertEquals(950, at41.withHighestModSeq(950).highestModSeq());
        assertEquals(900, at41.withHighestModSeq(3).highestModSeq());
    }

    @Test
    void uidNextJustAboveLastUidMeansNothingNew() {
        assertFalse(at41.isBehind(new FolderStatus(7, 42, 900)));
    }

    @Test
    void newUidIsSomethingNew() {
        assertTrue(at41.isBehind(new FolderStatus(7, 43, 900)));
    }

    @Test
    void higherModSeqIsSomethingNew() {
        assertTrue(at41.isBehind(new FolderStatus(7, 42, 901)));
    }

    @Test
    void unknownUidNextMayHideNewMail() {
        assertTrue(at41.isBehind(new FolderStatus(7, 0, 0)));
    }

    @Test
    void otherUidValidityInvalidatesTheCursor() {
        assertFalse(at41.isValidFor(new FolderStatus(8, 42, 900)));
        assertTrue(at41.isBehind(new FolderStatus(8, 42, 900)));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new FolderCursor("INBOX", 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new FolderCursor("INBOX", 1, -1, 0));
    }
}
