package dev.tandem.connection.control;

import dev.tandem.connection.entity.SyncConnection;
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
        SyncConnection connection = getOrCreateLocked(userId);
        if (connection.isSyncing()) {
            throw ConnectionException.alreadyActive();
        }
        connection.activate(command.provider(), command.mode(), account, StoredAccounts.settingsJson(command),
                encryptedSecret);
        return connection;
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
