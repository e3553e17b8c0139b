package dev.tandem.calendar.control.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.calendar.control.item.CalendarTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graph's patternedRecurrence and RRULE (RFC 5545 §3.3.10) for the patterns Outlook offers, both ways. */
class GraphRecurrenceTest {

    private static final CalendarTime START = CalendarTime.of(ZonedDateTime.parse(
            "2026-12-01T10:00:00+01:00[Europe/Madrid]"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'type':'daily','interval':2}|FREQ=DAILY;INTERVAL=2",
        "{'type':'weekly','interval':1,'daysOfWeek':['monday','thursday'],'firstDayOfWeek':'sunday'}"
                + "|FREQ=WEEKLY;WKST=SU;INTERVAL=1;BYDAY=MO,TH",
        "{'type':'absoluteMonthly','interval':1,'dayOfMonth':15}|FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15",
        "{'type':'relativeMonthly','interval':1,'daysOfWeek':['friday'],'index':'last'}"
                + "|FREQ=MONTHLY;INTERVAL=1;BYDAY=FR;BYSETPOS=-1",
        "{'type':'absoluteYearly','interval':1,'month':3,'dayOfMonth':8}|FREQ=YEARLY;INTERVAL=1;BYMONTH=3;BYMONTHDAY=8",
        "{'type':'relativeYearly','interval':1,'month':11,'daysOfWeek':['thursday'],'index':'fourth'}"
                + "|FREQ=YEARLY;INTERVAL=1;BYMONTH=11;BYDAY=TH;BYSETPOS=4"})
    void graphPatternsReadAsRrulesAndBack(String pattern, String rrule) {
        JsonObject recurrence = json("{'pattern':" + pattern + ",'range':{'type':'noEnd','startDate':'2026-12-01'}}");
        Recur<?> recur = GraphRecurrenceReader.read(recurrence, START).orElseThrow();
        assertEquals(rrule, recur.toString());
        JsonObject written = GraphRecurrenceWriter.write(recur, START);
        assertEquals(GraphRecurrenceReader.read(written, START).orElseThrow().toString(), rrule);
        assertEquals("Europe/Madrid", written.getJsonObject("range").getString("recurrenceTimeZone"));
    }

    @Test
    void anEndDateIsTheLastSecondOfThatDayInTheSeriesZoneAndCountsStayCounts() {
        Recur<?> until = GraphRecurrenceReader.read(json("{'pattern':{'type':'daily','interval':1},"
                + "'range':{'type':'endDate','startDate':'2026-12-01','endDate':'2026-12-31'}}"), START).orElseThrow();
        assertEquals("FREQ=DAILY;UNTIL=20261231T225959Z;INTERVAL=1", until.toString());
        assertEquals("2026-12-31", GraphRecurrenceWriter.write(until, START).getJsonObject("range")
                .getString("endDate"));
        Recur<?> count = GraphRecurrenceReader.read(json("{'pattern':{'type':'daily','interval':1},'range':"
                + "{'type':'numbered','startDate':'2026-12-01','numberOfOccurrences':5}}"), START).orElseThrow();
        assertEquals(5, GraphRecurrenceWriter.write(count, START).getJsonObject("range").getInt("numberOfOccurrences"));
    }

    @Test
    void allDaySeriesEndOnADate() {
        CalendarTime day = CalendarTime.of(LocalDate.parse("2026-12-01"));
        Recur<?> recur = GraphRecurrenceReader.read(json("{'pattern':{'type':'weekly','interval':1,"
                + "'daysOfWeek':['tuesday']},'range':{'type':'endDate','startDate':'2026-12-01',"
                + "'endDate':'2027-01-26'}}"), day).orElseThrow();
        assertEquals("FREQ=WEEKLY;UNTIL=20270126;INTERVAL=1;BYDAY=TU", recur.toString());
    }

    @Test
    void aRuleGraphHasNoPatternForIsRefusedNotChanged() {
        assertThrows(GraphRecurrenceWriter.UnsupportedRecurrenceException.class,
                () -> GraphRecurrenceWriter.write(new Recur<>("FREQ=DAILY;BYHOUR=9,17"), START));
        assertThrows(GraphRecurrenceWriter.UnsupportedRecurrenceException.class,
                () -> GraphRecurrenceWriter.write(new Recur<>("FREQ=MONTHLY;BYMONTHDAY=1,15"), START));
        assertEquals("relativeMonthly", GraphRecurrenceWriter.write(new Recur<>("FREQ=MONTHLY;BYDAY=2TU"), START)
                .getJsonObject("pattern").getString("type"));
    }

    private static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }
}
