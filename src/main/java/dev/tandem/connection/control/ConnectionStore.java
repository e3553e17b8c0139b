package dev.tandem.connection.control;

import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncConnection;
import dev.tandem.connection.entity.SyncMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Loads and creates connections; the one place that queries the connection table. */
@ApplicationScoped
@Transactional
public class ConnectionStore {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<SyncConnection> findByUser(long userId) {
        return em.createQuery("SELECT c FROM SyncConnection c WHERE c.userId = :user", SyncConnection.class)
                .setParameter("user", userId).getResultStream().findFirst();
    }

    /** The user's connection row, created (NOT_CONNECTED) on first use and locked for this transaction. */
    public SyncConnection getOrCreateLocked(long userId) {
        SyncConnection connection = findByUser(userId).orElseGet(() -> {
            var created = new SyncConnection(userId, OffsetDateTime.now(clock));
            em.persist(created);
            em.flush();
            return created;
        });
        em.lock(connection, LockModeType.PESSIMISTIC_WRITE);
        return connection;
    }

    /** Saves verified accounts and starts syncing; refuses if the user's connection became active meanwhile. */
    public SyncConnection activate(long userId, ConnectCommand command, String account, String encryptedSecret) {
        return activate(userId, command.provider(), command.mode(), account, StoredAccounts.settingsJson(command),
                encryptedSecret);
    }

    /** @param settingsJson the server data as {@link StoredAccounts} writes it */
    public SyncConnection activate(long userId, Provider provider, SyncMode mode, String account,
                                   String settingsJson, String encryptedSecret) {
        SyncConnection connection = getOrCreateLocked(userId);
        if (connection.isSyncing()) {
            throw ConnectionException.alreadyActive();
        }
        connection.activate(provider, mode, account, settingsJson, encryptedSecret);
        return connection;
    }

    /**
     * Keeps renewed credentials (a refreshed OAuth token) of a connection that is still syncing; a connection
     * stopped meanwhile keeps no secret.
     */
    public void renewSecret(long connectionId, String encryptedSecret) {
        find(connectionId).filter(SyncConnection::isSyncing).ifPresent(c -> c.renewSecret(encryptedSecret));
    }

    public Optional<SyncConnection> find(long connectionId) {
        return Optional.ofNullable(em.find(SyncConnection.class, connectionId));
    }

    public List<SyncConnection> findSyncing() {
        return em.createQuery("SELECT c FROM SyncConnection c WHERE c.state IN "
                        + "(dev.tandem.connection.entity.ConnectionState.ACTIVE, "
                        + "dev.tandem.connection.entity.ConnectionState.ERROR)", SyncConnection.class)
                .getResultList();
    }
}
