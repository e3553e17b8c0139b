package dev.tandem.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Moments as people read them: in the view's language ("6 dic 2026, 13:11" / "Dec 6, 2026, 1:11 PM") and in the
 * server's time zone (users have no zone of their own yet). Faces' converter prints java.time values in ISO form.
 */
@Named
@ApplicationScoped
public class DisplayTimes {

    public String of(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesTexts.locale()).format(moment.atZoneSameInstant(zone()));
    }

    /** A day as people read it: "6 dic 2026" / "Dec 6, 2026". */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(FacesTexts.locale()).format(day);
    }

    /** A time of day as people read it, in the screens' zone: "10:00" / "10:00 AM". */
    public String time(OffsetDateTime moment) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(FacesTexts.locale())
                .format(moment.atZoneSameInstant(zone()));
    }

    /** The zone the screens show times in, and the calendar lays days out in. */
    static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
