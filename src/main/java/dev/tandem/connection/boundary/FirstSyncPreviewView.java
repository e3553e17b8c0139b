package dev.tandem.connection.boundary;

import dev.tandem.connection.control.FirstSyncPreview;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * {@code POST /api/me/sync/preview}: what the first sync would do. Contacts and companies come with their names and
 * most mails first; {@code mail} or {@code calendar} is null when the mode leaves that half out.
 */
public record FirstSyncPreviewView(int firstSyncDays, MailView mail, CalendarView calendar) {

    /** @param toLog mails that would become activities, of {@code messages} in the window */
    public record MailView(int messages, int toLog, List<Count> contacts, List<Count> companies) {
    }

    /** One contact or company and how many mails would be logged for it. */
    public record Count(long id, String name, int mails) {
    }

    public record CalendarView(FirstSyncPreview.SideCounts events, FirstSyncPreview.SideCounts tasks) {
    }

    static FirstSyncPreviewView of(FirstSyncPreview preview, LongFunction<String> contactName,
                                   LongFunction<String> companyName) {
        return new FirstSyncPreviewView(preview.firstSyncDays(),
                preview.mail().map(m -> new MailView(m.messages(), m.toLog(), counts(m.byContact(), contactName),
                        counts(m.byCompany(), companyName))).orElse(null),
                preview.calendar().map(c -> new CalendarView(c.events(), c.tasks())).orElse(null));
    }

    private static List<Count> counts(Map<Long, Integer> byId, LongFunction<String> name) {
        return byId.entrySet().stream().map(e -> new Count(e.getKey(), name.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Count::mails).reversed().thenComparing(Count::name))
                .toList();
    }
}
