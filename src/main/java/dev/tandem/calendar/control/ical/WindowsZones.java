package dev.tandem.calendar.control.ical;

import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Outlook and Exchange name zones by their Windows ids ({@code Romance Standard Time}, {@code W. Europe Standard
 * Time}). The IANA zone each stands for comes from CLDR's windowsZones mapping as ICU4J carries it (the territory
 * "001" entry, the one clients use when they know no region), so Tandem does not keep a table of its own.
 */
final class WindowsZones {

    private WindowsZones() {
    }

    /** The IANA zone of a Windows zone id, e.g. Europe/Paris for "Romance Standard Time". */
    static Optional<ZoneId> findIanaZone(String windowsId) {
        String iana = TimeZone.getIDForWindowsID(windowsId.strip(), null);
        if (iana == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(iana));
        } catch (DateTimeException unknownToTheJdk) {
            return Optional.empty();
        }
    }
}
