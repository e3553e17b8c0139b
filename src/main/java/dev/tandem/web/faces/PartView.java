package dev.tandem.web.faces;

import dev.tandem.connection.entity.ConnectionState;
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
 * @param imported         mails logged so far (the calendar has none)
 * @param progressPercent  how far the first mail sync got, 0–100; {@code -1} for the calendar, which cannot tell
 * @param firstSyncRunning the half is active and has not finished a session yet: its first sync is under way (or
 *                         about to start), which the screen shows and refreshes itself for
 */
public record PartView(String state, String lastSync, String lastError, long imported, int progressPercent,
                       boolean firstSyncRunning) {

    static Optional<PartView> mailOf(SyncConnection connection, Locale locale) {
        PartStatus mail = connection.getMail();
        return mail.findState().map(state -> new PartView(state.name(), when(mail, locale), lastError(mail, locale),
                connection.getMailImported(), (int) Math.floor(connection.getMailProgress() * 100),
                isFirstSyncRunning(mail)));
    }

    static Optional<PartView> calendarOf(SyncConnection connection, Locale locale) {
        PartStatus calendar = connection.getCalendar();
        return calendar.findState().map(state -> new PartView(state.name(), when(calendar, locale),
                lastError(calendar, locale), 0, -1, isFirstSyncRunning(calendar)));
    }

    /**
     * The last error in the screen's language where it was stored with a text key; else the stored English text
     * (errors from before V4, or without a translation).
     */
    static String lastError(PartStatus part, Locale locale) {
        return part.findLastError().map(english -> FacesTexts.shown(part.findLastErrorMessage(), english, locale))
                .orElse(null);
    }

    /** A failed first session is not "running": the half shows its error and waits for the retry instead. */
    private static boolean isFirstSyncRunning(PartStatus part) {
        return part.findState().filter(ConnectionState.ACTIVE::equals).isPresent()
                && part.findLastSyncAt().isEmpty();
    }

    private static String when(PartStatus part, Locale locale) {
        return part.findLastSyncAt().map(at -> format(at, locale)).orElse(null);
    }

    static String format(OffsetDateTime at) {
        return format(at, FacesTexts.locale());
    }

    private static String format(OffsetDateTime at, Locale locale) {
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale));
    }
}
