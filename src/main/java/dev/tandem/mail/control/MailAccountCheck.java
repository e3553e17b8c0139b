package dev.tandem.mail.control;

import dev.tandem.connection.control.ConnectionException;
import dev.tandem.connection.control.ImapAccount;
import dev.tandem.connection.control.SyncFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.imap.IMAPStore;

/** Checks an IMAP account with a real login and folder listing before a connection is saved. */
@ApplicationScoped
public class MailAccountCheck {

    public String verify(ImapAccount account) {
        try (IMAPStore store = ImapSessions.connect(account)) {
            var folders = MailFolders.toSync(store);
            return "Signed in to " + account.host() + "; syncing "
                    + String.join(" and ", folders.stream().map(f -> f.getFullName()).toList());
        } catch (SyncFailure failure) {
            throw ConnectionException.verificationFailed(failure.getMessage(), null);
        } catch (MessagingException e) {
            throw ConnectionException.verificationFailed(ImapFailures.of(e, "list the folders").getMessage(), null);
        }
    }
}
