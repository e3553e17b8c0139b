package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.item.ProviderItemStore;
import dev.tandem.sync.spi.FetchedItem;
import dev.tandem.sync.spi.ItemNotFoundException;
import dev.tandem.sync.spi.ItemRef;
import dev.tandem.sync.spi.ItemStoreException;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The provider side of two-way sync for Microsoft Graph: the events of the signed-in user's default calendar,
 * items keyed by UID ({@code transactionId} for events Tandem created, else {@code iCalUId}) with iCalendar
 * content rendered from Graph's JSON. Listing follows the calendar view's delta link (see {@link GraphDeltaRound}),
 * so an unchanged calendar costs one request; the events it reports come with their data and are rendered then.
 * Writes are conditional and minimal (see {@link GraphWrites}). Recurring series are read-only here, as the CRM
 * shows provider series; a series can still be deleted as a whole.
 * <p>
 * A failure that says the whole session is doomed (the token was refused, Graph keeps throttling or cannot be
 * reached, the address is refused) breaks the store: later calls fail at once without a request, so a long plan
 * does not become a retry storm, and {@link #findSessionFailure()} tells the session why. One instance per run.
 */
public final class GraphItemStore implements ProviderItemStore {

    private final GraphApi api;
    private final GraphStateStore stateStore;
    private final GraphViewRange range;
    private final GraphEventRenderer events;
    private final GraphSeriesRenderer series;
    private final List<String> myAddresses;
    private GraphRun run;
    private GraphException broken;

    /** @param myAddresses the addresses the user appears under, the Microsoft account's first */
    public GraphItemStore(GraphApi api, GraphStateStore stateStore, GraphViewRange range, List<String> myAddresses) {
        this.api = api;
        this.stateStore = stateStore;
        this.range = range;
        this.myAddresses = List.copyOf(myAddresses);
        this.events = new GraphEventRenderer(new GraphEventReader(myAddresses));
        this.series = new GraphSeriesRenderer(events);
    }

    @Override
    public Map<String, ItemRef> list() {
        return guarded(this::read);
    }

    private Map<String, ItemRef> read() {
        GraphCalendarState before = stateStore.find().orElse(GraphCalendarState.UNKNOWN);
        GraphDeltaRound.Changes changes = new GraphDeltaRound(api).read(before, range.now());
        run = new GraphRun(changes.window(), changes.deltaLink(), GraphMembers.after(before, changes));
        changes.changed().forEach(e -> GraphJson.text(e, "id").ifPresent(id -> run.fetched(id, e)));
        new GraphRemovals(api, run).confirm();
        new GraphSeriesRefresh(api, run).run();
        new GraphRendering(run, before, this::render).renderChanged(api);
        var items = new LinkedHashMap<String, ItemRef>();
        run.members.all().forEach((id, m) -> {
            if (m.kind() != GraphMember.Kind.INSTANCE && !m.uid().isEmpty()) {
                items.putIfAbsent(m.uid(), new ItemRef(api.hrefOf(id), run.members.versionOf(id)));
            }
        });
        return items;
    }

    @Override
    public FetchedItem get(String href) {
        String id = api.findId(href).orElseThrow(() -> new ItemNotFoundException(href));
        FetchedItem cached = current().rendered.get(id);
        return cached != null ? cached : guarded(() -> render(id, href));
    }

    /** Renders one event or series from this run's JSON of it, else from Graph's. */
    private FetchedItem render(String id, String href) {
        Optional<GraphMember> member = run.members.find(id);
        JsonObject event = Optional.ofNullable(run.fetched.get(id)).or(() -> api.findEvent(id))
                .orElseThrow(() -> new ItemNotFoundException(href));
        if (member.filter(m -> m.kind() == GraphMember.Kind.MASTER).isPresent()) {
            String content = series.render(event, member.get().uid(), api.instances(id, run.window), run.window);
            return new FetchedItem(new ItemRef(href, run.members.versionOf(id)), content);
        }
        String uid = member.map(GraphMember::uid).filter(u -> !u.isEmpty()).orElse(GraphMembers.uidOf(event));
        return new FetchedItem(new ItemRef(href, GraphMembers.etagOf(event)), events.single(event, uid));
    }

    @Override
    public ItemRef create(String uid, String content) {
        return guarded(() -> writes().create(uid, content));
    }

    @Override
    public ItemRef update(String href, String content, String ifMatchEtag) {
        return guarded(() -> writes().update(href, content, ifMatchEtag));
    }

    @Override
    public void delete(String href, String ifMatchEtag) {
        guarded(() -> {
            writes().delete(href, ifMatchEtag);
            return href;
        });
    }

    @Override
    public void saveState() {
        if (run != null && broken == null) {
            stateStore.save(run.state());
        }
    }

    @Override
    public Map<String, String> unreadable() {
        return run == null ? Map.of() : Map.copyOf(run.unreadable);
    }

    /** The failure that stopped this store from sending anything more, if one did. */
    public Optional<GraphException> findSessionFailure() {
        return Optional.ofNullable(broken);
    }

    private GraphWrites writes() {
        return new GraphWrites(api, current(), events, myAddresses);
    }

    /** This run's knowledge; a store written to before it was listed lists first, to know the calendar's UIDs. */
    private GraphRun current() {
        if (run == null) {
            list();
        }
        return run;
    }

    /** Runs a call unless the store is broken; a call that fails for the whole session breaks it. */
    private <T> T guarded(Supplier<T> call) {
        if (broken != null) {
            throw new ItemStoreException("not sent: " + broken.getMessage());
        }
        try {
            return call.get();
        } catch (GraphException e) {
            if (e.isUnauthorized() || e.isTemporary() || e.findRefusedHost().isPresent()) {
                broken = e;
            }
            throw e;
        }
    }
}
