package dev.tandem.connection.control;

import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.SyncConnection;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.platform.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;

/**
 * A user's connection lifecycle: connect (accounts checked by a real login before anything is saved), change what
 * is synced, stop (credentials erased, logged data kept). Scheduling is left to {@link SessionScheduling}.
 */
@ApplicationScoped
public class Connections {

    @Inject
    ConnectionStore store;

    @Inject
    CredentialVault vault;

    @Inject
    MailSyncPort mail;

    @Inject
    CalendarSyncPort calendar;

    @Inject
    SessionScheduling scheduling;

    @Inject
    ProviderCatalog catalog;

    @Inject
    UserDirectory users;

    @ConfigProperty(name = "tandem.mail.first-sync-days", defaultValue = "90")
    int defaultFirstSyncDays;

    public Optional<SyncConnection> find(long userId) {
        return store.findByUser(userId);
    }

    /** Checks the accounts over the network first (outside any transaction), then saves and schedules. */
    public SyncConnection connect(long userId, ConnectCommand command) {
        ConnectRules.check(command);
        ICloudAccountRule.check(command, registeredEmail(userId, command));
        store.findByUser(userId).filter(SyncConnection::isSyncing).ifPresent(active -> {
            throw ConnectionException.alreadyActive();
        });
        if (command.mode().includesMail()) {
            mail.verify(command.imap().orElseThrow());
        }
        if (command.mode().includesCalendar()) {
            verifyCalendar(command.caldav().orElseThrow());
        }
        SyncConnection saved = save(userId, command);
        scheduling.startSoon(saved.getId());
        return saved;
    }

    /**
     * Connects with what an OAuth sign-in gave: the accounts are checked with the access token (IMAP by XOAUTH2,
     * the calendar by a bearer request) before anything is saved, as a password connect checks its password.
     */
    public SyncConnection connectSignedIn(long userId, SignedInAccounts accounts) {
        store.findByUser(userId).filter(SyncConnection::isSyncing).ifPresent(active -> {
            throw ConnectionException.alreadyActive();
        });
        accounts.imap().ifPresent(mail::verify);
        accounts.calendar().ifPresent(this::verifyCalendar);
        SyncConnection saved = store.activate(userId, accounts.provider(), accounts.mode(), accounts.email(),
                StoredAccounts.settingsJson(accounts),
                vault.encrypt(userId, StoredAccounts.secretsJson(accounts.tokens(), accounts.calendarTokens())));
        scheduling.startSoon(saved.getId());
        return saved;
    }

    /**
     * What the first sync would do with these accounts and this mail window, read from the servers without saving
     * anything: not the accounts, not an activity, not a ledger line. The user then connects, or asks again with
     * another window.
     */
    public FirstSyncPreview preview(long userId, ConnectCommand command) {
        ConnectRules.check(command);
        ICloudAccountRule.check(command, registeredEmail(userId, command));
        int days = command.firstSyncDays().orElse(defaultFirstSyncDays);
        Optional<FirstSyncPreview.MailPreview> mailPreview = command.mode().includesMail()
                ? Optional.of(previewMail(userId, command.imap().orElseThrow(), days)) : Optional.empty();
        Optional<FirstSyncPreview.CalendarPreview> calendarPreview = command.mode().includesCalendar()
                ? Optional.of(previewCalendar(userId, command.caldav().orElseThrow())) : Optional.empty();
        return new FirstSyncPreview(days, mailPreview, calendarPreview);
    }

    private FirstSyncPreview.MailPreview previewMail(long userId, ImapAccount account, int days) {
        mail.verify(account);
        try {
            return mail.preview(userId, account, java.time.Duration.ofDays(days));
        } catch (SyncFailure failure) {
            throw ConnectionException.verificationFailed(failure.getMessage(), null,
                    failure.findUserMessage().orElse(null));
        }
    }

    private FirstSyncPreview.CalendarPreview previewCalendar(long userId, CalendarAccount account) {
        verifyCalendar(account);
        try {
            return calendar.preview(userId, account);
        } catch (SyncFailure failure) {
            throw ConnectionException.verificationFailed(failure.getMessage(), null,
                    failure.findUserMessage().orElse(null));
        }
    }

    private Optional<String> registeredEmail(long userId, ConnectCommand command) {
        return command.provider() == Provider.ICLOUD ? Optional.ofNullable(users.getById(userId).getEmail())
                : Optional.empty();
    }

    private SyncConnection save(long userId, ConnectCommand command) {
        String account = command.imap().map(ImapAccount::username)
                .orElseGet(() -> command.caldav().map(CalDavAccount::username).orElse(null));
        return store.activate(userId, command, account, vault.encrypt(userId, StoredAccounts.secretsJson(command)));
    }

    @Transactional
    public SyncConnection changeMode(long userId, SyncMode mode) {
        SyncConnection connection = store.findByUser(userId).filter(SyncConnection::isSyncing)
                .orElseThrow(ConnectionException::notConnected);
        var settings = StoredAccounts.settings(connection.getSettings());
        if (mode.includesMail() && settings.imapHost == null) {
            throw ConnectionException.invalid("mode: this connection has no IMAP server; connect again with one to "
                    + "sync mail.", UserMessage.of("sync.refused.noImapServer"));
        }
        if (settings.signsInWithOAuth() && !covers(settings.grantedMode, mode)) {
            throw ConnectionException.invalid("mode: you allowed " + connection.getProvider() + " access for "
                    + settings.grantedMode + " only; stop and sync again to allow more.",
                    UserMessage.of("sync.refused.consentNarrower"));
        }
        if (mode.includesCalendar() && !StoredAccounts.hasCalendar(settings)) {
            throw ConnectionException.invalid("mode: " + connection.getProvider() + " has no calendar here; "
                    + "IMAP gives mail only.", UserMessage.of("sync.refused.noCalendar"));
        }
        connection.changeMode(mode);
        scheduling.startSoon(connection.getId());
        return connection;
    }

    private static boolean covers(SyncMode granted, SyncMode wanted) {
        return granted == SyncMode.MAIL_AND_CALENDAR || granted == wanted;
    }

    @Transactional
    public SyncConnection stop(long userId) {
        SyncConnection connection = store.findByUser(userId)
                .filter(c -> c.getState() != ConnectionState.STOPPED && c.getState() != ConnectionState.NOT_CONNECTED)
                .orElseThrow(ConnectionException::notConnected);
        connection.stop();
        scheduling.stop(connection.getId());
        return connection;
    }

    public SyncConnection runNow(long userId) {
        SyncConnection connection = store.findByUser(userId).filter(SyncConnection::isSyncing)
                .orElseThrow(ConnectionException::notConnected);
        scheduling.startSoon(connection.getId());
        return connection;
    }

    private void verifyCalendar(CalendarAccount account) {
        try {
            calendar.verify(account);
        } catch (SyncFailure failure) {
            throw ConnectionException.verificationFailed(failure.getMessage(), null,
                    failure.findUserMessage().orElse(null));
        }
    }
}
