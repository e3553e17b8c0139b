package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.caldav.CalDavFailures;
import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.graph.GraphApi;
import dev.tandem.calendar.control.graph.GraphException;
import dev.tandem.calendar.control.graph.GraphFailures;
import dev.tandem.calendar.control.graph.GraphItemStore;
import dev.tandem.calendar.control.graph.GraphStateRows;
import dev.tandem.calendar.control.graph.GraphViewRange;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.connection.control.GraphAccount;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calendar sync through Microsoft Graph (Exchange Online, Outlook.com), with the OAuth access token the account
 * carries: the events of the user's default calendar run through the same {@link KindSync} as a CalDAV calendar.
 * Only events: Outlook's tasks live in Microsoft To Do, another API, and are not synced. Graph errors end the
 * session as a {@link dev.tandem.connection.control.SyncFailure} (see {@link GraphFailures}); a mass-deletion
 * refusal as REFUSED.
 */
@ApplicationScoped
public class GraphCalendarSync {

    /** What verify adds to the calendar's name, so the user sees what is and is not synced. */
    static final String EVENTS_ONLY = " (events; tasks are in Microsoft To Do, which Tandem does not sync)";

    @Inject
    SyncStatusRows statuses;

    @Inject
    GraphStateRows states;

    @Inject
    UserDirectory users;

    @Inject
    KindSyncs kindSyncs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tandem.calendar.graph.past-days", defaultValue = "365")
    int pastDays;

    @Inject
    @ConfigProperty(name = "tandem.calendar.graph.future-days", defaultValue = "730")
    int futureDays;

    public String verify(GraphAccount account) {
        try {
            return "Microsoft Graph calendar " + api(account).describeDefaultCalendar() + EVENTS_ONLY;
        } catch (GraphException e) {
            throw GraphFailures.of(e);
        }
    }

    /**
     * Runs the events' two-way sync. A first sync in a Microsoft account (or after its state was lost) starts from
     * no sync status at all, so that what another account or calendar left cannot be taken for deletions; items on
     * both sides then meet by UID.
     */
    public void sync(long userId, GraphAccount account) {
        AppUser user = users.getById(userId);
        String scope = scope(account);
        if (states.find(userId, scope).isEmpty()) {
            states.forgetAll(userId);
            statuses.forgetAll(userId, ItemKind.EVENT);
        }
        GraphApi api = api(account);
        statuses.forgetOtherCollections(userId, ItemKind.EVENT, api.hrefPrefix());
        GraphItemStore provider = store(api, user, account);
        Optional<String> refusal;
        try {
            refusal = plannedSync(user, account, provider).run();
        } catch (GraphException e) {
            throw GraphFailures.of(provider.findSessionFailure().orElse(e));
        }
        Optional<GraphException> broken = provider.findSessionFailure();
        if (broken.isPresent()) {
            throw GraphFailures.of(broken.get());
        }
        refusal.ifPresent(reason -> {
            throw CalDavFailures.refused(reason);
        });
    }

    public FirstSyncPreview.CalendarPreview preview(long userId, GraphAccount account) {
        AppUser user = users.getById(userId);
        try {
            var events = plannedSync(user, account, store(api(account), user, account)).preview();
            return new FirstSyncPreview.CalendarPreview(events, new FirstSyncPreview.SideCounts(0, 0));
        } catch (GraphException e) {
            throw GraphFailures.of(e);
        }
    }

    private KindSync plannedSync(AppUser user, GraphAccount account, GraphItemStore provider) {
        var me = CalendarIdentity.forUser(user.getEmail(), account.username());
        return kindSyncs.between(user, me, ItemKind.EVENT, provider);
    }

    private GraphItemStore store(GraphApi api, AppUser user, GraphAccount account) {
        return new GraphItemStore(api, states.storeFor(user.getId(), scope(account)),
                new GraphViewRange(clock, pastDays, futureDays), List.of(account.username(), user.getEmail()));
    }

    /** The state of one user's calendar in one Microsoft account: another account starts afresh. */
    private static String scope(GraphAccount account) {
        return ItemKind.EVENT.name() + " " + account.baseUrl() + " " + account.username();
    }

    private static GraphApi api(GraphAccount account) {
        return GraphApi.of(account);
    }
}
