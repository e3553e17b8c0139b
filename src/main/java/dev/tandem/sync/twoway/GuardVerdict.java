package dev.tandem.sync.twoway;

import java.util.Objects;
import java.util.Optional;

/** Whether a plan may run; when not, a sentence for the connection's status saying why. */
public record GuardVerdict(Optional<String> refusal) {

    public GuardVerdict {
        Objects.requireNonNull(refusal, "refusal");
    }

    public static GuardVerdict allow() {
        return new GuardVerdict(Optional.empty());
    }

    public static GuardVerdict refuse(String reason) {
        return new GuardVerdict(Optional.of(reason));
    }

    public boolean allowed() {
        return refusal.isEmpty();
    }
}
