package dev.tandem.calendar.control.item;

import java.util.Locale;
import java.util.Objects;

/**
 * An organizer or attendee by e-mail address (the {@code mailto:} of a CAL-ADDRESS, RFC 5545 §3.3.3) and the
 * CN parameter when present. The address is lower-cased: the CRM matches contacts by it.
 */
public record CalendarPerson(String email, String name) {

    public CalendarPerson {
        Objects.requireNonNull(email, "email");
        email = email.strip().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** Strips a {@code mailto:} scheme, case-insensitively. */
    public static CalendarPerson fromCalAddress(String calAddress, String commonName) {
        String address = calAddress.strip();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
        }
        return new CalendarPerson(address, commonName);
    }

    public String toCalAddress() {
        return "mailto:" + email;
    }
}
