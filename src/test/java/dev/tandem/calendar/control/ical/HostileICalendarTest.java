package dev.tandem.calendar.control.ical;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.recurrence.RecurrenceExpander;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Calendar objects strangers write, broken on purpose or by accident. Reading one gives an item, or the one
 * exception ({@link InvalidICalendarException}) that the sync records in the ledger against that item before it
 * goes on; hashing and expanding behave the same. Nothing else escapes, nothing hangs.
 */
class HostileICalendarTest {

    private static final Duration ENDS_PROMPTLY = Duration.ofSeconds(20);
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final String WELL_FORMED = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
            + "BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
            + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
            + "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:s@x\r\nDTSTAMP:20260101T000000Z\r\n"
            + "DTSTART;TZID=Europe/Madrid:20261201T100000\r\nDTEND;TZID=Europe/Madrid:20261201T110000\r\n"
            + "RRULE:FREQ=WEEKLY;COUNT=10\r\nSUMMARY:Sync\r\nORGANIZER;CN=Boss:mailto:boss@other.com\r\n"
            + "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ana@acme.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final ICalendarCodec codec = new ICalendarCodec();
    private final RecurrenceExpander expander = new RecurrenceExpander(MADRID);

    /** Every way the sync and the views read an object; only InvalidICalendarException may come out. */
    private void readEveryWay(String icalendar) {
        assertTimeoutPreemptively(ENDS_PROMPTLY, () -> {
            try {
                codec.parse(icalendar);
                codec.contentHash(icalendar);
                codec.findPlacementCaveat(icalendar);
                expander.expand(icalendar, ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, MADRID),
                        ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, MADRID));
            } catch (InvalidICalendarException recorded) {
                assertTrue(recorded.getMessage() != null && !recorded.getMessage().isBlank());
            }
        });
    }

    @Test
    void anEventWithoutDtstartIsRefusedWithTheReason() {
        var refused = assertThrows(InvalidICalendarException.class, () -> codec.parse(WELL_FORMED
                .replace("DTSTART;TZID=Europe/Madrid:20261201T100000\r\n", "")));
        assertTrue(refused.getMessage().contains("DTSTART"), refused::getMessage);
    }

    @Test
    void aStartThatIsNoDateIsRefusedWithTheReason() {
        for (String damaged : new String[] {"DTSTART;TZID=Europe/Madrid:2026120", "DTSTART;TZID=Europe/Madrid:X"}) {
            String icalendar = WELL_FORMED.replace("DTSTART;TZID=Europe/Madrid:20261201T100000", damaged);
            var refused = assertThrows(InvalidICalendarException.class, () -> codec.parse(icalendar));
            assertTrue(refused.getMessage().contains("DTSTART"), refused::getMessage);
            readEveryWay(icalendar);
        }
        readEveryWay(WELL_FORMED.replace("DTSTART;TZID=Europe/Madrid:20261201T100000", "DTSTART;VALUE=DATE:2026-12-01"));
    }

    @Test
    void anUnknownTimeZoneWithoutDefinitionIsStillRead() {
        readEveryWay(WELL_FORMED.replace("TZID=Europe/Madrid:2026", "TZID=Nowhere/Atlantis:2026"));
    }

    @Test
    void aMissingEndAndABrokenRuleAreReadOrRefused() {
        readEveryWay(WELL_FORMED.replace("END:VCALENDAR\r\n", ""));
        readEveryWay(WELL_FORMED.replace("FREQ=WEEKLY;COUNT=10", "FREQ=FORTNIGHTLY;COUNT=-3"));
        readEveryWay(WELL_FORMED.replace("FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;INTERVAL=0"));
        readEveryWay("");
        readEveryWay("BEGIN:VCALENDAR\r\n".repeat(10_000));
    }

    @Property(tries = 300)
    void damagedObjectsAreReadOrRefusedButNeverBreakTheReader(@ForAll("damaged") String icalendar) {
        readEveryWay(icalendar);
    }

    @Provide
    Arbitrary<String> damaged() {
        byte[] bytes = WELL_FORMED.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Tuple.Tuple2<Integer, Character>> edit = Arbitraries.integers().between(0, bytes.length - 1)
                .flatMap(at -> Arbitraries.of(';', ':', '=', '\r', '\n', ' ', 'X', '0', '9', ',', '"', '-')
                        .map(value -> Tuple.of(at, value)));
        return edit.list().ofMinSize(1).ofMaxSize(12).map(edits -> {
            char[] copy = WELL_FORMED.toCharArray();
            edits.forEach(e -> copy[e.get1()] = e.get2());
            return new String(copy);
        });
    }
}
