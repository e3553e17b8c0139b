package dev.tandem.mail.control.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentFolderFinderTest {

    @Test
    void folderMarkedSentWinsOverAUsualName() {
        List<ListedFolder> folders = List.of(folder("Sent"), new ListedFolder("Gesendet", '/', List.of("\\Sent")));

        assertEquals("Gesendet", find(folders).orElseThrow());
    }

    @Test
    void gmailSentMailIsFoundByItsFullName() {
        List<ListedFolder> folders = List.of(folder("INBOX"), new ListedFolder("[Gmail]", '/', List.of("\\Noselect")),
                folder("[Gmail]/Sent Mail"));

        assertEquals("[Gmail]/Sent Mail", find(folders).orElseThrow());
    }

    @Test
    void sentBelowInboxIsFoundByItsLastLevel() {
        List<ListedFolder> folders = List.of(new ListedFolder("INBOX", '.', List.of()),
                new ListedFolder("INBOX.Sent Items", '.', List.of()));

        assertEquals("INBOX.Sent Items", find(folders).orElseThrow());
    }

    @Test
    void spanishNamesAreFoundAndCaseDoesNotMatter() {
        assertEquals("elementos ENVIADOS", find(List.of(folder("INBOX"), folder("elementos ENVIADOS"))).orElseThrow());
    }

    @Test
    void noSentFolderIsReportedAsNone() {
        assertTrue(find(List.of(folder("INBOX"), folder("Archive"), folder("Sentinel"))).isEmpty());
    }

    private static Optional<String> find(List<ListedFolder> folders) {
        return SentFolderFinder.find(folders).map(ListedFolder::fullName);
    }

    private static ListedFolder folder(String name) {
        return new ListedFolder(name, '/', List.of());
    }
}
