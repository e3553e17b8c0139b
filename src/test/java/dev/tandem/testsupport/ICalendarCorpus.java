package dev.tandem.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The iCalendar corpus in {@code src/test/resources/ical-corpus}: objects written the way real clients write them,
 * each {@code name.ics} with its recorded truth in {@code name.truth.json}. Adding a client's file is one file
 * plus its truth; the unit test and the Radicale integration test both read every pair.
 */
public final class ICalendarCorpus {

    /** The address under which the corpus's user appears in the files. */
    public static final String USER_EMAIL = "corpus@tandem.test";

    private ICalendarCorpus() {
    }

    public static List<Case> all() {
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ics")).sorted()
                    .map(ICalendarCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(ICalendarCorpus.class.getResource("/ical-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case read(Path ics) {
        String name = ics.getFileName().toString().replaceFirst("\\.ics$", "");
        try {
            String text = Files.readString(ics, StandardCharsets.UTF_8);
            String truth = Files.readString(ics.resolveSibling(name + ".truth.json"), StandardCharsets.UTF_8);
            try (var reader = Json.createReader(new StringReader(truth))) {
                return new Case(name, text, reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One client's object and what Tandem must show of it. */
    public record Case(String name, String icalendar, JsonObject truth) {

        public boolean isTask() {
            return "TASK".equals(truth.getString("kind"));
        }

        public String title() {
            return truth.getString("title");
        }

        public String windowFrom() {
            return truth.getJsonArray("window").getString(0);
        }

        public String windowTo() {
            return truth.getJsonArray("window").getString(1);
        }

        /** Each occurrence as [start, end]: instants in UTC, or dates for all-day events. */
        public List<List<String>> occurrences() {
            return truth.getJsonArray("occurrences").stream()
                    .map(pair -> pair.asJsonArray().getValuesAs(JsonString::getString)).toList();
        }

        /** Attendee address → participation status, in file order. */
        public Map<String, String> attendees() {
            var byEmail = new LinkedHashMap<String, String>();
            truth.getJsonObject("attendees").forEach((email, status) -> byEmail.put(email,
                    ((JsonString) status).getString()));
            return byEmail;
        }

        public Optional<String> findText(String key) {
            return truth.containsKey(key) && !truth.isNull(key) ? Optional.of(truth.getString(key)) : Optional.empty();
        }

        /** Text that must still be in the object (unfolded) after the CRM edited the item; empty when read-only. */
        public List<String> keptAfterEdit() {
            return truth.containsKey("keptAfterEdit") ? truth.getJsonArray("keptAfterEdit")
                    .getValuesAs(JsonString::getString) : List.of();
        }

        /** The same object as an XML parser hands calendar-data over (XML 1.0 §2.11: every CRLF becomes LF). */
        public String withLineFeeds() {
            return icalendar.replace("\r\n", "\n");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
