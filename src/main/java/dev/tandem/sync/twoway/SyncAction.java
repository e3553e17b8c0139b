package dev.tandem.sync.twoway;

import dev.tandem.sync.SyncOutcome;
import dev.tandem.sync.spi.Side;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a two-way sync plan for one item, with the reason the ledger shows.
 *
 * @param reason a sentence for people, e.g. "new at the provider"
 */
public record SyncAction(Kind kind, String uid, String reason) {

    public SyncAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(reason, "reason");
    }

    /** What to do; vdirsyncer's A is the CRM, B the provider. */
    public enum Kind {
        COPY_TO_CRM(Side.CRM, SyncOutcome.ADDED),
        COPY_TO_PROVIDER(Side.PROVIDER, SyncOutcome.ADDED),
        UPDATE_CRM(Side.CRM, SyncOutcome.UPDATED),
        UPDATE_PROVIDER(Side.PROVIDER, SyncOutcome.UPDATED),
        DELETE_ON_CRM(Side.CRM, SyncOutcome.DELETED),
        DELETE_ON_PROVIDER(Side.PROVIDER, SyncOutcome.DELETED),
        /** Gone on both sides: only the status row goes. */
        FORGET_STATUS(null, null),
        /** New etags but the same content (own writes, server rewrites): only the status row is updated. */
        REFRESH_STATUS(null, null);

        private final Side target;
        private final SyncOutcome outcome;

        Kind(Side target, SyncOutcome outcome) {
            this.target = target;
            this.outcome = outcome;
        }

        /** The side this action writes to; empty for the actions that only touch the status. */
        public Optional<Side> findTarget() {
            return Optional.ofNullable(target);
        }

        /** What the ledger records when a writing action succeeds; empty for status-only actions. */
        public Optional<SyncOutcome> findOutcome() {
            return Optional.ofNullable(outcome);
        }

        public static Kind copyTo(Side side) {
            return side == Side.CRM ? COPY_TO_CRM : COPY_TO_PROVIDER;
        }

        public static Kind update(Side side) {
            return side == Side.CRM ? UPDATE_CRM : UPDATE_PROVIDER;
        }

        public static Kind deleteOn(Side side) {
            return side == Side.CRM ? DELETE_ON_CRM : DELETE_ON_PROVIDER;
        }
    }
}
