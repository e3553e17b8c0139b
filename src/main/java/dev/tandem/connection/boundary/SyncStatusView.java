package dev.tandem.connection.boundary;

import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.PartStatus;
import dev.tandem.connection.entity.SyncConnection;
import java.time.OffsetDateTime;
import java.util.Optional;

/** {@code GET /api/me/sync}: where the caller's connection stands (api-v1.md, Sync). Never a credential. */
public record SyncStatusView(String state, String provider, String mode, String account, MailView mail,
                             CalendarView calendar, OffsetDateTime nextSyncAt) {

    /** The mail half. */
    public record MailView(String state, OffsetDateTime lastSyncAt, String lastError, long imported, double progress) {
    }

    /** The calendar half. */
    public record CalendarView(String state, OffsetDateTime lastSyncAt, String lastError) {
    }

    static SyncStatusView notConnected() {
        return new SyncStatusView(ConnectionState.NOT_CONNECTED.name(), null, null, null, null, null, null);
    }

    static SyncStatusView of(Optional<SyncConnection> connection) {
        return connection.map(SyncStatusView::of).orElseGet(SyncStatusView::notConnected);
    }

    static SyncStatusView of(SyncConnection c) {
        if (c.getState() == ConnectionState.NOT_CONNECTED) {
            return notConnected();
        }
        return new SyncStatusView(c.getState().name(), c.getProvider().name(), c.getMode().name(),
                c.findAccount().orElse(null), mail(c), calendar(c.getCalendar()),
                c.findNextSyncAt().orElse(null));
    }

    private static MailView mail(SyncConnection c) {
        PartStatus m = c.getMail();
        return m.findState().map(state -> new MailView(state.name(), m.findLastSyncAt().orElse(null),
                m.findLastError().orElse(null), c.getMailImported(), c.getMailProgress())).orElse(null);
    }

    private static CalendarView calendar(PartStatus s) {
        return s.findState().map(state -> new CalendarView(state.name(), s.findLastSyncAt().orElse(null),
                s.findLastError().orElse(null))).orElse(null);
    }
}
