package dev.tandem.web.faces;

import dev.tandem.connection.entity.PartStatus;
import dev.tandem.connection.entity.SyncConnection;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * One half of a connection (mail or calendar) as the screen shows it; empty when the half is not part of the mode.
 *
 * @param progressPercent how far the first mail sync got, 0–100; {@code -1} for the calendar, which has none
 */
public record PartView(String state, String lastSync, String lastError, long imported, int progressPercent) {

    static Optional<PartView> mailOf(SyncConnection connection) {
        PartStatus mail = connection.getMail();
        return mail.findState().map(state -> new PartView(state.name(), when(mail), lastError(mail, locale()),
                connection.getMailImported(), (int) Math.round(connection.getMailProgress() * 100)));
    }

    static Optional<PartView> calendarOf(SyncConnection connection) {
        PartStatus calendar = connection.getCalendar();
        return calendar.findState().map(state -> new PartView(state.name(), when(calendar),
                lastError(calendar, locale()), 0, -1));
    }

    /**
     * The last error in the screen's language where it was stored with a text key; else the stored English text
     * (errors from before V4, or without a translation).
     */
    static String lastError(PartStatus part, Locale locale) {
        return part.findLastError().map(english -> FacesTexts.shown(part.findLastErrorMessage(), english, locale))
                .orElse(null);
    }

    private static Locale locale() {
        return FacesTexts.locale();
    }

    private static String when(PartStatus part) {
        return part.findLastSyncAt().map(PartView::format).orElse(null);
    }

    static String format(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(FacesTexts.locale()));
    }
}
