package dev.tandem.sync.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an IMAP adapter should fetch from one folder in this run.
 *
 * @param fetchAfterUid   fetch UIDs strictly greater than this ({@code UID FETCH n+1:*}); 0 for all
 * @param since           when present, limit the fetch to messages since this instant ({@code SEARCH SINCE})
 * @param cursorToKeep    the cursor the run starts from and advances; for FIRST_SYNC and RESCAN a fresh one
 * @param checkMessageIds whether the fetched messages may already be logged (first sync, rescan) so every
 *                        Message-ID must go through the {@link MessageIdDeduplicator} before logging
 * @param reason          a sentence for the status page and the log
 */
public record FolderPlan(FolderSyncKind kind, long fetchAfterUid, Optional<Instant> since, FolderCursor cursorToKeep,
                         boolean checkMessageIds, String reason) {

    public FolderPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(cursorToKeep, "cursorToKeep");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean needsFetch() {
        return kind != FolderSyncKind.NOTHING_NEW;
    }
}
