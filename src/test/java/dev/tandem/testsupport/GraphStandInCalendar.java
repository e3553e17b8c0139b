package dev.tandem.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of one mailbox's default calendar as Microsoft Graph keeps them, for {@link GraphStandIn}: ids,
 * {@code changeKey} and {@code @odata.etag} that move with every change, {@code iCalUId}, {@code transactionId},
 * series masters with their occurrences and exceptions, times kept in UTC as Graph returns them under
 * {@code Prefer: outlook.timezone="UTC"}, and a change log that delta tokens point into.
 */
final class GraphStandInCalendar {

    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'.0000000'");

    private final Map<String, JsonObject> events = new LinkedHashMap<>();
    private final List<String> changeLog = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final String owner;

    GraphStandInCalendar(String owner) {
        this.owner = owner;
    }

    synchronized Optional<JsonObject> find(String id) {
        return Optional.ofNullable(events.get(id));
    }

    synchronized List<JsonObject> all() {
        return List.copyOf(events.values());
    }

    synchronized int changeCount() {
        return changeLog.size();
    }

    /** The ids changed after position {@code since} of the change log, each once, in the order of their last change. */
    synchronized Set<String> changedSince(int since) {
        var changed = new LinkedHashSet<String>();
        for (String id : changeLog.subList(Math.min(since, changeLog.size()), changeLog.size())) {
            changed.remove(id);
            changed.add(id);
        }
        return changed;
    }

    synchronized Optional<JsonObject> findByTransactionId(String transactionId) {
        return events.values().stream().filter(e -> transactionId.equals(e.getString("transactionId", null)))
                .findFirst();
    }

    /** Stores a new event with the fields given and Graph's read-only ones; returns it as Graph would. */
    synchronized JsonObject insert(JsonObject fields, String type, String seriesMasterId) {
        String id = "AAMkAGI2-" + ids.incrementAndGet() + "=";
        JsonObjectBuilder event = Json.createObjectBuilder(normalised(fields)).add("id", id).add("type", type)
                .add("iCalUId", "040000008200E00074C5B7101A82E00800000000" + id.hashCode())
                .add("createdDateTime", Instant.now().toString())
                .add("organizer", fields.containsKey("organizer") ? fields.get("organizer") : me())
                .add("isOrganizer", !fields.containsKey("organizer"));
        if (!seriesMasterId.isEmpty()) {
            event.add("seriesMasterId", seriesMasterId);
        }
        if (!fields.containsKey("responseStatus")) {
            event.add("responseStatus", Json.createObjectBuilder().add("response",
                    fields.containsKey("organizer") ? "none" : "organizer"));
        }
        return store(id, event.build());
    }

    synchronized JsonObject update(String id, JsonObject fields) {
        JsonObjectBuilder merged = Json.createObjectBuilder(events.get(id));
        normalised(fields).forEach(merged::add);
        return store(id, merged.build());
    }

    synchronized void delete(String id) {
        events.remove(id);
        changeLog.add(id);
        for (String instance : List.copyOf(events.keySet())) {
            if (id.equals(events.get(instance).getString("seriesMasterId", ""))) {
                events.remove(instance);
                changeLog.add(instance);
            }
        }
    }

    private JsonObject store(String id, JsonObject event) {
        String changeKey = "ck" + ids.incrementAndGet();
        JsonObject stored = Json.createObjectBuilder(event).add("changeKey", changeKey)
                .add("@odata.etag", "W/\"" + changeKey + "\"")
                .add("lastModifiedDateTime", Instant.now().toString()).build();
        events.put(id, stored);
        changeLog.add(id);
        return stored;
    }

    private JsonObject me() {
        return Json.createObjectBuilder().add("emailAddress", Json.createObjectBuilder().add("name", "Owner")
                .add("address", owner)).build();
    }

    /** Start and end in UTC, as Graph returns them; the zone the client gave is kept as originalStartTimeZone. */
    private static JsonObject normalised(JsonObject fields) {
        JsonObjectBuilder out = Json.createObjectBuilder(fields);
        boolean allDay = fields.getBoolean("isAllDay", false);
        for (String name : List.of("start", "end")) {
            if (fields.get(name) instanceof JsonObject time && readable(time)) {
                String zone = time.getString("timeZone", "UTC");
                LocalDateTime local = LocalDateTime.parse(time.getString("dateTime"));
                LocalDateTime utc = allDay ? local : local.atZone(ZoneId.of(zone)).withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
                out.add(name, Json.createObjectBuilder().add("dateTime", GRAPH_TIME.format(utc))
                        .add("timeZone", "UTC"));
                if (name.equals("start") && !fields.containsKey("originalStartTimeZone")) {
                    out.add("originalStartTimeZone", zone);
                }
            }
        }
        return out.build();
    }

    /** A time Graph could hold; tests also store broken ones as given, to see how Tandem copes. */
    private static boolean readable(JsonObject time) {
        try {
            LocalDateTime.parse(time.getString("dateTime", ""));
            return true;
        } catch (java.time.format.DateTimeParseException broken) {
            return false;
        }
    }

    /** When an event starts and ends, in UTC; all-day dates from UTC midnight; a broken time counts as now. */
    static Instant[] span(JsonObject event) {
        Instant start = instant(event.getJsonObject("start"));
        JsonValue end = event.get("end");
        return new Instant[] {start, end instanceof JsonObject e ? instant(e) : start};
    }

    private static Instant instant(JsonObject time) {
        return readable(time) ? LocalDateTime.parse(time.getString("dateTime")).toInstant(ZoneOffset.UTC)
                : Instant.now();
    }
}
