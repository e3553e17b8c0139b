package dev.tandem.sync.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentHasherTest {

    private final ContentHasher hasher = new ContentHasher();
    private final String base = Items.event("u", "Demo");

    @Test
    void stampsProductIdsAndLineEndingsDoNotCount() {
        String rewritten = base.replace("DTSTAMP:20261130T090000Z", "DTSTAMP:20261201T000000Z")
                .replace("PRODID:-//Tandem//Test//EN", "PRODID:-//Radicale//EN").replace("\r\n", "\n");
        assertEquals(hasher.hash(base), hasher.hash(rewritten));
    }

    @Test
    void foldingAndPropertyOrderDoNotCount() {
        String folded = base.replace("SUMMARY:Demo", "SUMMARY:De\r\n mo");
        String reordered = base.replace("UID:u\r\n", "").replace("SUMMARY:Demo", "SUMMARY:Demo\r\nUID:u");
        assertEquals(hasher.hash(base), hasher.hash(folded));
        assertEquals(hasher.hash(base), hasher.hash(reordered));
    }

    @Test
    void realEditsCount() {
        assertNotEquals(hasher.hash(base), hasher.hash(Items.event("u", "Demo moved")));
    }

    @Test
    void textHelpersReadTheItemNotTheTimeZone() {
        String withZone = base.replace("BEGIN:VEVENT", "BEGIN:VTIMEZONE\r\nTZID:X\r\nLAST-MODIFIED:20000101T000000Z"
                + "\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nLAST-MODIFIED:20261130T101500Z");
        assertEquals(Optional.of(Instant.parse("2026-11-30T10:15:00Z")), ICalendarText.findLastModified(withZone));
        assertEquals(Optional.of("Lunch, then; walk"),
                ICalendarText.findSummary(Items.event("u", "Lunch\\, then\\; walk")));
    }
}
