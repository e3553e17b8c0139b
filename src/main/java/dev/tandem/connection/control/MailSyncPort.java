package dev.tandem.connection.control;

/**
 * What the connection feature needs from mail sync: check an account before it is saved, run one sync session, and
 * watch the inbox for new mail between sessions. The mail feature implements it.
 */
public interface MailSyncPort {

    /**
     * Logs in and lists the folders; returns a short description of what was found.
     *
     * @throws ConnectionException 400 for a POP3 server, 422 with the diagnosis when the check fails
     */
    String verify(ImapAccount account);

    /**
     * Runs one session over INBOX and Sent: logs matching mail, leaves a ledger entry per message.
     *
     * @throws SyncFailure when the session as a whole could not run
     */
    void sync(MailSyncTarget target);

    /** Starts (or restarts) watching INBOX (IMAP IDLE, RFC 2177) and calls {@code onNewMail} when mail arrives. */
    void watch(MailSyncTarget target, Runnable onNewMail);

    /** Stops watching the connection's inbox, if it was watched. */
    void unwatch(long connectionId);

    /**
     * Looks at the mail of the first sync's window without writing anything: how many mails it would log, for
     * which contacts and companies.
     *
     * @throws SyncFailure when the mailbox cannot be read
     */
    FirstSyncPreview.MailPreview preview(long userId, ImapAccount account, java.time.Duration window);

    /**
     * The connection and user a mail session works for, the account to read, and the first sync's window in days
     * (empty: the server's default).
     */
    record MailSyncTarget(long connectionId, long userId, ImapAccount account,
                          java.util.Optional<Integer> firstSyncDays) {

        public MailSyncTarget(long connectionId, long userId, ImapAccount account) {
            this(connectionId, userId, account, java.util.Optional.empty());
        }
    }
}
