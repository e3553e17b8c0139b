package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.ReadOnlyReason;
import dev.tandem.calendar.entity.Origin;
import java.util.Optional;

/**
 * The seed's rules on which items the CRM may change: its own always; provider items unless someone else organises
 * them (an invitation) or they recur. An invitation is reported as such even when it also recurs.
 */
public final class EditRule {

    private EditRule() {
    }

    public static Optional<ReadOnlyReason> findReadOnlyReason(Origin origin, CalendarItem item,
                                                              CalendarIdentity me) {
        if (origin == Origin.CRM) {
            return Optional.empty();
        }
        if (me.organisedBySomeoneElse(item)) {
            return Optional.of(ReadOnlyReason.EXTERNAL_INVITATION);
        }
        if (item.recurrence().isRecurring()) {
            return Optional.of(ReadOnlyReason.RECURRING);
        }
        return Optional.empty();
    }
}
