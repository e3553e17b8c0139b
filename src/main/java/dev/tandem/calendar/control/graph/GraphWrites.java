package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStoreException;
import dev.tandem.sync.spi.PreconditionFailedException;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * The conditional writes of a {@link GraphItemStore}. Graph's POST has no If-None-Match: a create is refused when
 * this run's listing already holds the UID, and Graph itself drops a repeated POST with the same
 * {@code transactionId}. Updates and deletes send {@code If-Match} with the event's {@code @odata.etag}; Graph
 * answers 412 (ErrorIrresolvableConflict) when the event changed since, 404 when it went. An update sends only the
 * properties that changed ({@link GraphChanges}), and none at all when nothing Graph holds changed.
 */
final class GraphWrites {

    private static final ICalendarCodec CODEC = new ICalendarCodec();

    private final GraphApi api;
    private final GraphRun run;
    private final GraphEventRenderer events;
    private final List<String> myAddresses;

    GraphWrites(GraphApi api, GraphRun run, GraphEventRenderer events, List<String> myAddresses) {
        this.api = api;
        this.run = run;
        this.events = events;
        this.myAddresses = myAddresses;
    }

    ItemRef create(String uid, String content) {
        if (run.members.findIdOfUid(uid).isPresent()) {
            throw new PreconditionFailedException("the Microsoft Graph calendar already has an event with UID " + uid);
        }
        GraphContent wanted = GraphContent.parse(content, CODEC);
        JsonObject created;
        try {
            created = api.create(GraphEventWriter.create(uid, wanted.item(), wanted.recurrence()));
        } catch (IllegalArgumentException | GraphRecurrenceWriter.UnsupportedRecurrenceException refused) {
            throw new ItemStoreException(refused.getMessage(), refused);
        }
        String id = GraphJson.text(created, "id").orElseThrow(() -> new ItemStoreException("Graph created an event"
                + " without id"));
        if (run.members.find(id).isPresent()) {
            throw new PreconditionFailedException("Graph answered with an event it already had for UID " + uid);
        }
        return remember(id, created, uid);
    }

    ItemRef update(String href, String content, String ifMatchEtag) {
        String id = singleEvent(href, "changed");
        JsonObject current = current(id, href);
        if (!GraphMembers.etagOf(current).equals(ifMatchEtag)) {
            throw stale(href);
        }
        String uid = run.members.find(id).map(GraphMember::uid).filter(u -> !u.isEmpty())
                .orElse(GraphMembers.uidOf(current));
        CalendarItem now = events.item(current, uid);
        JsonObject changes = GraphChanges.between(now, GraphContent.parse(content, CODEC).item(), current,
                Set.copyOf(myAddresses));
        if (changes.isEmpty()) {
            return new ItemRef(href, ifMatchEtag);
        }
        try {
            return remember(id, api.update(id, changes, ifMatchEtag), uid);
        } catch (GraphException e) {
            throw e.isPreconditionFailed() || e.isNotFound() ? stale(href) : e;
        }
    }

    /** A series goes as a whole: its master is deleted at the master's own etag once the series' version matched. */
    void delete(String href, String ifMatchEtag) {
        String id = api.findId(href).orElseThrow(() -> stale(href));
        GraphMember member = run.members.find(id).orElse(null);
        String etag = ifMatchEtag;
        if (member != null && member.kind() == GraphMember.Kind.MASTER) {
            if (!run.members.versionOf(id).equals(ifMatchEtag)) {
                throw stale(href);
            }
            etag = member.etag();
        }
        try {
            api.delete(id, etag);
        } catch (GraphException e) {
            throw e.isPreconditionFailed() || e.isNotFound() ? stale(href) : e;
        }
        run.members.forget(id);
        run.fetched.remove(id);
        run.rendered.remove(id);
    }

    private String singleEvent(String href, String verb) {
        String id = api.findId(href).orElseThrow(() -> stale(href));
        if (run.members.find(id).filter(m -> m.kind() != GraphMember.Kind.SINGLE).isPresent()) {
            throw new ItemStoreException("a recurring series from Microsoft Graph is read-only in Tandem and was not "
                    + verb);
        }
        return id;
    }

    private JsonObject current(String id, String href) {
        if (run.fetched.containsKey(id)) {
            return run.fetched.get(id);
        }
        return api.findEvent(id).orElseThrow(() -> stale(href));
    }

    private ItemRef remember(String id, JsonObject event, String uid) {
        run.members.seen(event, uid);
        run.fetched(id, event);
        return new ItemRef(api.hrefOf(id), run.members.versionOf(id));
    }

    private static PreconditionFailedException stale(String href) {
        return new PreconditionFailedException(href + " changed or disappeared in the Microsoft Graph calendar");
    }
}
