package dev.tandem.sync.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageIdDeduplicatorTest {

    private final Map<String, Long> logged = Map.of("<old@acme.com>", 41L);
    private final MessageIdDeduplicator deduplicator =
            new MessageIdDeduplicator(id -> Optional.ofNullable(logged.get(id)));

    @Test
    void alreadyLoggedMessageIsSkippedNamingTheActivity() {
        DeduplicatedBatch batch = deduplicator.deduplicate(List.of(header(5, "<old@acme.com>"),
                header(6, "<new@acme.com>")));
        assertEquals(List.of(6L), batch.fresh().stream().map(MailHeader::uid).toList());
        assertEquals("already logged as activity 41", batch.duplicates().get(0).reason());
    }

    @Test
    void sameMessageInInboxAndSentIsKeptOnce() {
        DeduplicatedBatch batch = deduplicator.deduplicate(List.of(header(5, "<a@x>"), header(900, " a@x ")));
        assertEquals(List.of(5L), batch.fresh().stream().map(MailHeader::uid).toList());
        assertEquals(900, batch.duplicates().get(0).header().uid());
        assertEquals("same Message-ID  a@x  earlier in this sync", batch.duplicates().get(0).reason());
    }

    @Test
    void distinctMessagesAllPass() {
        assertEquals(3, deduplicator.deduplicate(List.of(header(1, "<a@x>"), header(2, "<b@x>"),
                header(3, "<c@x>"))).fresh().size());
    }

    private static MailHeader header(long uid, String messageId) {
        return new MailHeader(uid, messageId, "s", OffsetDateTime.now(), MailAddress.of("a@acme.com"),
                List.of(), List.of(), 1);
    }
}
