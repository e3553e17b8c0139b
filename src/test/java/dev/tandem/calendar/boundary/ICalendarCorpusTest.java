package dev.tandem.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.entity.Origin;
import dev.tandem.sync.twoway.ICalendarText;
import dev.tandem.testsupport.ICalendarCorpus;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus object, read the way the API shows it, against its recorded truth: once as the client wrote it
 * (CRLF) and once as CalDAV REPORT calendar-data arrives after XML parsing (LF only), which must read the same.
 */
class ICalendarCorpusTest {

    private final ICalendarCodec codec = new ICalendarCodec();
    private final CalendarIdentity me = CalendarIdentity.forUser(ICalendarCorpus.USER_EMAIL, "corpus");

    static Stream<Arguments> bothLineEndings() {
        return ICalendarCorpus.all().stream().flatMap(c -> Stream.of(
                Arguments.of(c, "CRLF", c.icalendar()), Arguments.of(c, "LF", c.withLineFeeds())));
    }

    static List<ICalendarCorpus.Case> cases() {
        return ICalendarCorpus.all();
    }

    @ParameterizedTest(name = "{0} with {1} line ends")
    @MethodSource("bothLineEndings")
    void readsWhatTheClientWrote(ICalendarCorpus.Case c, String lineEnds, String text) {
        CalendarItem item = codec.parse(text);

        assertEquals(c.title(), item.summary());
        c.findText("descriptionEndsWith").ifPresent(end -> assertTrue(item.description().endsWith(end),
                item.description()));
        if (c.isTask()) {
            TaskView task = TaskView.of(1, Origin.PROVIDER, item, true);
            assertEquals(Instant.parse(c.truth().getString("due")), OffsetDateTime.parse(task.due()).toInstant());
            assertEquals(c.truth().getBoolean("completed"), task.completed());
            return;
        }
        List<EventView> views = occurrences(text, item, c);
        assertEquals(c.occurrences(), views.stream().map(v -> List.of(utc(v.start()), utc(v.end()))).toList());
        EventView first = views.get(0);
        assertEquals(c.attendees(), attendees(first));
        assertEquals(c.findText("myStatus"), Optional.ofNullable(first.myStatus()));
        assertEquals(c.findText("readOnlyReason"), Optional.ofNullable(first.readOnlyReason()));
        assertEquals(c.findText("eventStatus"), Optional.ofNullable(first.eventStatus()));
        c.findText("timeZone").ifPresent(zone -> assertEquals(zone, first.timeZone()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCrmEditKeepsEveryPropertyTheClientWrote(ICalendarCorpus.Case c) {
        Assumptions.assumeFalse(c.keptAfterEdit().isEmpty(), "read-only in the CRM: never edited");

        String edited = codec.applyEdit(c.withLineFeeds(), CalendarItemEdit.none().withSummary("Editado en el CRM"));

        String unfolded = String.join("\n", ICalendarText.unfoldedLines(edited));
        for (String kept : c.keptAfterEdit()) {
            assertTrue(unfolded.contains(kept), kept + " lost in:\n" + unfolded);
        }
        assertEquals("Editado en el CRM", codec.parse(edited).summary());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesCrlfLinesOfAtMost75OctetsWithoutSplittingACharacter(ICalendarCorpus.Case c) {
        String written = codec.applyEdit(c.withLineFeeds(), CalendarItemEdit.none());

        assertTrue(written.endsWith("\r\n"), "ends with CRLF");
        for (String line : written.split("\r\n")) {
            assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "bare line break in: " + line);
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            assertTrue(isWholeUtf8(octets), "a character split by a fold: " + line);
        }
        assertEquals(codec.contentHash(c.icalendar()), codec.contentHash(written));
    }

    private List<EventView> occurrences(String text, CalendarItem item, ICalendarCorpus.Case c) {
        OffsetDateTime from = OffsetDateTime.parse(c.windowFrom());
        OffsetDateTime to = OffsetDateTime.parse(c.windowTo());
        var views = new EventViews(me, Map.of());
        return new EventOccurrences(ZoneOffset.UTC).in(text, item, from, to).stream()
                .map(occurrence -> views.of(1, Origin.PROVIDER, item, occurrence)).toList();
    }

    private static Map<String, String> attendees(EventView view) {
        var byEmail = new LinkedHashMap<String, String>();
        view.attendees().forEach(a -> byEmail.put(a.email(), a.status()));
        return byEmail;
    }

    /** An instant in UTC as the truth writes it, or the date itself for all-day values. */
    static String utc(String apiTime) {
        return apiTime.length() == 10 ? LocalDate.parse(apiTime).toString()
                : OffsetDateTime.parse(apiTime).toInstant().toString();
    }

    private static boolean isWholeUtf8(byte[] octets) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
