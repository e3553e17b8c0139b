package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarPerson;
import java.util.Locale;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * The person an ORGANIZER or ATTENDEE names. Usually the value is a {@code mailto:} address; Apple's servers
 * write {@code urn:uuid:…} or a principal URL instead and put the address in the EMAIL parameter (RFC 7986 §6.2),
 * which then is the address the CRM matches contacts and the user by.
 */
final class CalAddresses {

    private CalAddresses() {
    }

    static CalendarPerson personOf(Property property) {
        String name = property.getParameter(Parameter.CN).map(Parameter::getValue).orElse(null);
        return CalendarPerson.fromCalAddress(calAddressOf(property), name);
    }

    private static String calAddressOf(Property property) {
        String value = property.getValue().strip();
        if (value.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            return value;
        }
        return property.getParameter(Parameter.EMAIL).map(Parameter::getValue).filter(email -> email.contains("@"))
                .orElse(value);
    }
}
