package dev.tandem.calendar.control.graph;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every event of the calendar Tandem knows, by id, kept up to date from delta rounds and from Tandem's own writes.
 * A calendar view shows a series only through its occurrences and exceptions, so a series is one item whose
 * version (etag) combines its master's with every instance's: a change to any of them is a change to the item.
 * Graph reports under {@code @removed} both deletions and events that changed outside the window: a report about an
 * event that lay outside is ignored (the event is kept as it was), one about an event that lay inside is a
 * removal to confirm, since the event may just have moved out (see {@link GraphRemovals}).
 */
final class GraphMembers {

    private final Map<String, GraphMember> byId;
    private final Set<String> touchedSeries = new LinkedHashSet<>();
    private final Set<String> removals = new LinkedHashSet<>();

    private GraphMembers(Map<String, GraphMember> byId) {
        this.byId = byId;
    }

    /**
     * The members after a round: for a fresh round only what it listed plus what lies wholly outside its window
     * (which it could not list) and the series masters, else the known ones with the changes applied. A master
     * none of whose instances is left goes with {@link #dropSeriesWithoutInstances()}.
     */
    static GraphMembers after(GraphCalendarState known, GraphDeltaRound.Changes changes) {
        var start = new LinkedHashMap<String, GraphMember>();
        known.members().forEach((id, member) -> {
            if (!changes.fresh() || member.kind() == GraphMember.Kind.MASTER
                    || !changes.window().overlaps(member.start(), member.end())) {
                start.put(id, member);
            }
        });
        GraphMembers members = new GraphMembers(start);
        changes.changed().forEach(members::seen);
        changes.removed().forEach(id -> members.removed(id, changes.window()));
        return members;
    }

    /** Records an event as Graph reported it; an occurrence or exception marks its series as changed. */
    void seen(JsonObject event) {
        seen(event, "");
    }

    /** @param uid the UID Tandem wrote the event under; empty to take the one Graph reports */
    void seen(JsonObject event, String uid) {
        String id = GraphJson.text(event, "id").orElse("");
        if (id.isEmpty()) {
            return;
        }
        String master = GraphJson.text(event, "seriesMasterId").orElse("");
        GraphMember.Kind kind = kindOf(event, master);
        String itemUid = kind == GraphMember.Kind.INSTANCE ? "" : Optional.of(uid).filter(u -> !u.isEmpty())
                .or(() -> find(id).map(GraphMember::uid).filter(u -> !u.isEmpty())).orElse(uidOf(event));
        Instant[] span = span(event).orElseGet(() -> find(id).map(m -> new Instant[] {m.start(), m.end()})
                .orElse(new Instant[] {Instant.EPOCH, Instant.EPOCH}));
        byId.put(id, new GraphMember(kind, etagOf(event), itemUid, master, span[0], span[1]));
        if (kind != GraphMember.Kind.SINGLE) {
            touchedSeries.add(kind == GraphMember.Kind.INSTANCE ? master : id);
        }
    }

    /** Graph's {@code type}; a GET of a master may be told by its recurrence alone. */
    private static GraphMember.Kind kindOf(JsonObject event, String seriesMasterId) {
        if (!seriesMasterId.isEmpty()) {
            return GraphMember.Kind.INSTANCE;
        }
        boolean master = "seriesMaster".equals(GraphJson.text(event, "type").orElse(""))
                || GraphJson.object(event, "recurrence").isPresent();
        return master ? GraphMember.Kind.MASTER : GraphMember.Kind.SINGLE;
    }

    private void removed(String id, GraphWindow window) {
        find(id).filter(m -> window.overlaps(m.start(), m.end())).ifPresent(member -> removals.add(id));
    }

    /** The events Graph reported removed that lay inside the window. */
    Set<String> removalsToConfirm() {
        return Set.copyOf(removals);
    }

    /** Graph confirmed the event is gone (404); a series whose instance it was has changed. */
    void removedForGood(String id) {
        GraphMember member = byId.remove(id);
        if (member != null && member.kind() == GraphMember.Kind.INSTANCE) {
            touchedSeries.add(member.seriesMasterId());
        }
    }

    /** When the event starts and ends; empty when Graph sent a time that is none (rendering will say so). */
    private static Optional<Instant[]> span(JsonObject event) {
        boolean allDay = GraphJson.isTrue(event, "isAllDay");
        try {
            Instant start = GraphJson.object(event, "start").map(t -> GraphTimes.instant(t, allDay))
                    .orElse(Instant.EPOCH);
            Instant end = GraphJson.object(event, "end").map(t -> GraphTimes.instant(t, allDay)).orElse(start);
            return Optional.of(new Instant[] {start, end});
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Series whose every occurrence is gone from the calendar are gone themselves. */
    void dropSeriesWithoutInstances() {
        byId.entrySet().removeIf(e -> e.getValue().kind() == GraphMember.Kind.MASTER && !hasInstances(e.getKey()));
    }

    /**
     * Puts back what was known of an event (and, for a series, of its instances) before this round, or nothing if
     * it is new: its new state is unreadable, and the item must look unchanged rather than changed or deleted.
     */
    void restore(String id, Map<String, GraphMember> before) {
        forget(id);
        Optional.ofNullable(before.get(id)).ifPresent(member -> byId.put(id, member));
        before.forEach((instanceId, member) -> {
            if (member.seriesMasterId().equals(id)) {
                byId.put(instanceId, member);
            }
        });
    }

    void forget(String id) {
        byId.remove(id);
        byId.values().removeIf(m -> m.seriesMasterId().equals(id));
    }

    /** The series masters some occurrence or exception of which changed in this round. */
    Set<String> touchedSeries() {
        return Set.copyOf(touchedSeries);
    }

    boolean hasInstances(String masterId) {
        return byId.values().stream().anyMatch(m -> m.seriesMasterId().equals(masterId));
    }

    Optional<GraphMember> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Map<String, GraphMember> all() {
        return Map.copyOf(byId);
    }

    Optional<String> findIdOfUid(String uid) {
        return byId.entrySet().stream().filter(e -> e.getValue().kind() != GraphMember.Kind.INSTANCE
                && e.getValue().uid().equals(uid)).map(Map.Entry::getKey).findFirst();
    }

    /** An item's version: the event's etag, or for a series its master's and every instance's together. */
    String versionOf(String id) {
        GraphMember member = byId.get(id);
        if (member == null || member.kind() != GraphMember.Kind.MASTER) {
            return member == null ? "" : member.etag();
        }
        var text = new StringBuilder(member.etag());
        byId.entrySet().stream().filter(e -> e.getValue().seriesMasterId().equals(id))
                .map(e -> e.getKey() + "=" + e.getValue().etag()).sorted()
                .forEach(line -> text.append('\n').append(line));
        return "series-" + sha256(text.toString());
    }

    /** The item's UID: the transactionId Tandem created the event with, else Graph's iCalUId. */
    static String uidOf(JsonObject event) {
        return GraphJson.text(event, "transactionId").filter(t -> !t.isBlank())
                .or(() -> GraphJson.text(event, "iCalUId")).orElse("");
    }

    /** {@code @odata.etag}, which is {@code W/"<changeKey>"}; built from changeKey when a response lacks it. */
    static String etagOf(JsonObject event) {
        return GraphJson.text(event, "@odata.etag")
                .or(() -> GraphJson.text(event, "changeKey").map(key -> "W/\"" + key + "\"")).orElse("");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
