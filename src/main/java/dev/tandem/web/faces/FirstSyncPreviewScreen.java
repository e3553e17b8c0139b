package dev.tandem.web.faces;

import dev.tandem.connection.control.FirstSyncPreview;
import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.entity.Company;
import dev.tandem.crm.entity.Contact;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** The first-sync preview as the setup screen shows it: counts, and contacts and companies by name, most mail first. */
public record FirstSyncPreviewScreen(int days, boolean mail, int messages, int toLog, List<Named> contacts,
                                     List<Named> companies, boolean calendar, FirstSyncPreview.SideCounts events,
                                     FirstSyncPreview.SideCounts tasks) implements Serializable {

    /** A contact or company and its mails to log. */
    public record Named(String name, int mails) implements Serializable {
    }

    static FirstSyncPreviewScreen of(FirstSyncPreview preview, Contacts contacts, Companies companies) {
        var none = new FirstSyncPreview.SideCounts(0, 0);
        var mail = preview.mail();
        return new FirstSyncPreviewScreen(preview.firstSyncDays(), mail.isPresent(),
                mail.map(FirstSyncPreview.MailPreview::messages).orElse(0),
                mail.map(FirstSyncPreview.MailPreview::toLog).orElse(0),
                mail.map(m -> named(m.byContact(), id -> contacts.find(id).map(Contact::getName).orElse("")))
                        .orElse(List.of()),
                mail.map(m -> named(m.byCompany(), id -> companies.find(id).map(Company::getName).orElse("")))
                        .orElse(List.of()),
                preview.calendar().isPresent(),
                preview.calendar().map(FirstSyncPreview.CalendarPreview::events).orElse(none),
                preview.calendar().map(FirstSyncPreview.CalendarPreview::tasks).orElse(none));
    }

    private static List<Named> named(Map<Long, Integer> byId, LongFunction<String> name) {
        return byId.entrySet().stream().map(e -> new Named(name.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Named::mails).reversed().thenComparing(Named::name)).toList();
    }
}
