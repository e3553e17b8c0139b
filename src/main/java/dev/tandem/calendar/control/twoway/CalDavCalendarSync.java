package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.caldav.CalDavFailures;
import dev.tandem.calendar.control.caldav.CalendarCollection;
import dev.tandem.calendar.control.caldav.CalendarHome;
import dev.tandem.calendar.control.caldav.CanonicalHref;
import dev.tandem.calendar.control.collection.CalDavItemStore;
import dev.tandem.calendar.control.collection.CollectionStateRows;
import dev.tandem.calendar.control.crm.CalendarEntries;
import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.CrmItemStore;
import dev.tandem.calendar.control.crm.NewEventMail;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.calendar.control.dav.CalDavException;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.connection.control.CalDavAccount;
import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.connection.control.Ledger;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calendar sync over CalDAV (with a password, or with an OAuth bearer token for Google): discovers the user's event and task calendars and runs one {@link KindSync} for each
 * (VEVENT, then VTODO). CalDAV errors end the session as a {@link dev.tandem.connection.control.SyncFailure}
 * (see {@link CalDavFailures}); a mass-deletion refusal ends it as REFUSED after both kinds had their chance.
 */
@ApplicationScoped
public class CalDavCalendarSync {

    @Inject
    CalendarEntries entries;

    @Inject
    SyncStatusRows statuses;

    @Inject
    CollectionStateRows collections;

    @Inject
    Ledger ledger;

    @Inject
    UserDirectory users;

    @Inject
    NewEventMail mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tandem.calendar.max-delete-share", defaultValue = "0.5")
    double maxDeleteShare;

    public String verify(CalDavAccount account) {
        CalendarHome home = discover(account);
        CalendarCollection events = home.findEventCalendar().orElseThrow(() -> CalDavFailures.of(
                new CalDavException("no calendar for events at " + home.home(), 404)));
        String tasks = home.findTaskCalendar().flatMap(CalendarCollection::findDisplayName)
                .map(name -> " and tasks '" + name + "'").orElse(" (no task list)");
        return "Calendar '" + events.findDisplayName().orElse(events.href().getPath()) + "'" + tasks + " at "
                + home.home();
    }

    public void sync(long userId, CalDavAccount account) {
        CalDavClient client = client(account);
        CalendarHome home = discover(account);
        AppUser user = users.getById(userId);
        var me = CalendarIdentity.forUser(user.getEmail(), account.username());
        var refusals = new ArrayList<String>();
        try {
            home.findEventCalendar().flatMap(c -> kindSync(client, user, me, ItemKind.EVENT, c).run())
                    .ifPresent(refusals::add);
            home.findTaskCalendar().flatMap(c -> kindSync(client, user, me, ItemKind.TASK, c).run())
                    .ifPresent(refusals::add);
        } catch (CalDavException e) {
            throw CalDavFailures.of(e);
        }
        if (!refusals.isEmpty()) {
            throw CalDavFailures.refused(String.join(" ", refusals));
        }
    }

    public FirstSyncPreview.CalendarPreview preview(long userId, CalDavAccount account) {
        CalDavClient client = client(account);
        CalendarHome home = discover(account);
        AppUser user = users.getById(userId);
        var me = CalendarIdentity.forUser(user.getEmail(), account.username());
        var none = new FirstSyncPreview.SideCounts(0, 0);
        try {
            return new FirstSyncPreview.CalendarPreview(
                    home.findEventCalendar().map(c -> plannedSync(client, user, me, ItemKind.EVENT, c).preview())
                            .orElse(none),
                    home.findTaskCalendar().map(c -> plannedSync(client, user, me, ItemKind.TASK, c).preview())
                            .orElse(none));
        } catch (CalDavException e) {
            throw CalDavFailures.of(e);
        }
    }

    private KindSync kindSync(CalDavClient client, AppUser user, CalendarIdentity me, ItemKind kind,
                              CalendarCollection collection) {
        statuses.forgetOtherCollections(user.getId(), kind, CanonicalHref.of(collection.href()));
        return plannedSync(client, user, me, kind, collection);
    }

    /** A run between the user's CRM items and the collection, built without writing anything yet. */
    private KindSync plannedSync(CalDavClient client, AppUser user, CalendarIdentity me, ItemKind kind,
                                 CalendarCollection collection) {
        long userId = user.getId();
        var provider = new CalDavItemStore(client, collection.href(), java.util.Set.of(kind),
                collections.storeFor(userId, kind.name() + " " + collection.href()));
        var crm = new CrmItemStore(entries, userId, kind, me, new ICalendarCodec(clock, ZoneOffset.UTC));
        return new KindSync(kind, crm, provider, new DatabaseStatusStore(statuses, userId, kind),
                new CalendarLedger(ledger, userId), maxDeleteShare, event -> mail.send(user.getEmail(), event));
    }

    private CalendarHome discover(CalDavAccount account) {
        try {
            return client(account).discover(startUri(account.url()));
        } catch (CalDavException e) {
            throw CalDavFailures.of(e);
        }
    }

    private static URI startUri(String url) {
        try {
            URI uri = URI.create(Optional.ofNullable(url).orElse("").strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw CalDavFailures.badUrl(url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw CalDavFailures.badUrl(url);
        }
    }

    private static CalDavClient client(CalDavAccount account) {
        return new CalDavClient(account.signsInWithToken()
                ? CalDavCredentials.bearer(account.username(), account.password())
                : new CalDavCredentials(account.username(), account.password()));
    }
}
