package dev.tandem.calendar.control.twoway;

import dev.tandem.calendar.control.crm.CalendarEntries;
import dev.tandem.calendar.control.crm.CalendarIdentity;
import dev.tandem.calendar.control.crm.CrmItemStore;
import dev.tandem.calendar.control.crm.NewEventMail;
import dev.tandem.calendar.control.ical.ICalendarCodec;
import dev.tandem.calendar.control.item.ItemKind;
import dev.tandem.calendar.control.item.ProviderItemStore;
import dev.tandem.connection.control.Ledger;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a {@link KindSync} together for a user and a provider store, whichever protocol the store speaks: the CRM
 * store, the statuses and ledger in the database, the mass-deletion guard's setting and the "new event" mail.
 */
@ApplicationScoped
public class KindSyncs {

    @Inject
    CalendarEntries entries;

    @Inject
    SyncStatusRows statuses;

    @Inject
    Ledger ledger;

    @Inject
    NewEventMail mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tandem.calendar.max-delete-share", defaultValue = "0.5")
    double maxDeleteShare;

    /** A run between the user's CRM items of {@code kind} and {@code provider}, built without writing anything. */
    public KindSync between(AppUser user, CalendarIdentity me, ItemKind kind, ProviderItemStore provider) {
        long userId = user.getId();
        var crm = new CrmItemStore(entries, userId, kind, me, new ICalendarCodec(clock, ZoneOffset.UTC));
        return new KindSync(kind, crm, provider, new DatabaseStatusStore(statuses, userId, kind),
                new CalendarLedger(ledger, userId), maxDeleteShare, event -> mail.send(user.getEmail(), event));
    }
}
