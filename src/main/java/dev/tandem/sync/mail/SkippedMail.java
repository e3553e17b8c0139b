package dev.tandem.sync.mail;

import java.util.Objects;

/** A message the sync saw and will not log, with the reason the ledger shows. */
public record SkippedMail(MailHeader header, MailDecision.Skip decision) {

    public SkippedMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(decision, "decision");
    }

    public String reason() {
        return decision.reason();
    }
}
