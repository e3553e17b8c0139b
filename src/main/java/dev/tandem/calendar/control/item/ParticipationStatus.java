package dev.tandem.calendar.control.item;

import java.util.Locale;

/** An attendee's answer (RFC 5545 §3.2.12 PARTSTAT) as far as the CRM shows it. */
public enum ParticipationStatus {
    NEEDS_ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED;

    /** Unknown and missing values read as NEEDS-ACTION, the RFC's default. */
    public static ParticipationStatus fromPartstat(String value) {
        if (value == null) {
            return NEEDS_ACTION;
        }
        try {
            return valueOf(value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return NEEDS_ACTION;
        }
    }

    public String toPartstat() {
        return name().replace('_', '-');
    }
}
