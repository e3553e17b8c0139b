package dev.tandem.mail.boundary;

import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.MailSyncPort;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.mail.control.diagnosis.MailAccountCheck;
import dev.tandem.mail.control.imap.InboxWatchers;
import dev.tandem.mail.control.sync.MailFirstSyncPreview;
import dev.tandem.mail.control.sync.MailSyncSession;
import dev.tandem.connection.control.FirstSyncPreview;
import java.time.Duration;
import dev.tandem.sync.mail.MailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;

/** Mail sync over IMAP, as the connection feature sees it. */
@ApplicationScoped
public class ImapMailSync implements MailSyncPort {

    @Inject
    MailAccountCheck accountCheck;

    @Inject
    MailSyncSession session;

    @Inject
    InboxWatchers watchers;

    @Inject
    UserDirectory users;

    @Inject
    MailFirstSyncPreview preview;

    @Override
    public String verify(ImapAccount account) {
        return accountCheck.verify(account);
    }

    @Override
    public void sync(MailSyncTarget target) {
        session.run(target, ownAddresses(target.userId(), target.account()));
    }

    @Override
    public FirstSyncPreview.MailPreview preview(long userId, ImapAccount account, Duration window) {
        return preview.preview(userId, account, ownAddresses(userId, account), window);
    }

    @Override
    public void watch(MailSyncTarget target, Runnable onNewMail) {
        watchers.watch(target.connectionId(), target.account(), onNewMail);
    }

    @Override
    public void unwatch(long connectionId) {
        watchers.unwatch(connectionId);
    }

    /** The user's Tandem address and the mailbox's own login, when that is an address: never a CRM match. */
    private Set<String> ownAddresses(long userId, ImapAccount account) {
        var own = new LinkedHashSet<String>();
        own.add(MailAddress.normalise(users.getById(userId).getEmail()));
        if (account.username().contains("@")) {
            own.add(MailAddress.normalise(account.username()));
        }
        return own;
    }
}
