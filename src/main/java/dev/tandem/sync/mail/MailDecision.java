package dev.tandem.sync.mail;

import java.util.List;
import java.util.Objects;

/** What to do with one message: log it as an activity of some contacts and companies, or skip it and say why. */
public sealed interface MailDecision permits MailDecision.Log, MailDecision.Skip {

    boolean shouldLog();

    /** Log the message on these contacts and companies (ids in the order their addresses appear). */
    record Log(List<Long> contactIds, List<Long> companyIds, MailDirection direction) implements MailDecision {

        public Log {
            contactIds = List.copyOf(contactIds);
            companyIds = List.copyOf(companyIds);
            Objects.requireNonNull(direction, "direction");
            if (contactIds.isEmpty() && companyIds.isEmpty()) {
                throw new IllegalArgumentException("a logged mail needs at least one contact or company");
            }
        }

        @Override
        public boolean shouldLog() {
            return true;
        }
    }

    /**
     * @param reason     a sentence the user reads in the sync ledger, e.g. "no CRM contact among ana@x.com"
     * @param unknown    the addresses that kept the mail out only because no contact has them: once a contact
     *                   gets one of them, the mail is matched again (empty when another rule skipped it)
     */
    record Skip(String reason, List<String> unknown) implements MailDecision {

        public Skip {
            Objects.requireNonNull(reason, "reason");
            unknown = List.copyOf(unknown);
        }

        public Skip(String reason) {
            this(reason, List.of());
        }

        @Override
        public boolean shouldLog() {
            return false;
        }
    }
}
