package dev.tandem.sync.mail;

import java.util.List;

/**
 * A batch of headers split in two: messages seen for the first time, and duplicates with the reason each was
 * dropped.
 */
public record DeduplicatedBatch(List<MailHeader> fresh, List<SkippedMail> duplicates) {

    public DeduplicatedBatch {
        fresh = List.copyOf(fresh);
        duplicates = List.copyOf(duplicates);
    }
}
