package dev.tandem.crm.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing for the form login and HTTP Basic alike: after too many failures for one account, or
 * from one client address, further attempts are refused without checking the password until the window has moved
 * on. Per account stops a slow attack on one user from many addresses; per address stops one client trying many
 * users. A successful sign-in clears the account's count, never the address's. Kept in memory: a restart resets it,
 * which is acceptable for a brake that lasts minutes.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "tandem.login.max-failures-per-account", defaultValue = "5")
    int perAccount;

    @Inject
    @ConfigProperty(name = "tandem.login.max-failures-per-address", defaultValue = "20")
    int perAddress;

    @Inject
    @ConfigProperty(name = "tandem.login.window-seconds", defaultValue = "300")
    long windowSeconds;

    @Inject
    Clock clock;

    private FailureWindow accounts;
    private FailureWindow addresses;

    @PostConstruct
    void start() {
        accounts = new FailureWindow(perAccount, Duration.ofSeconds(windowSeconds));
        addresses = new FailureWindow(perAddress, Duration.ofSeconds(windowSeconds));
    }

    /** How long this attempt must wait, if the account or the address has failed too often lately. */
    public Optional<Duration> findWait(String username, String clientAddress) {
        var now = clock.instant();
        Optional<Duration> account = accounts.findWait(key(username), now);
        Optional<Duration> address = addresses.findWait(clientAddress, now);
        if (account.isPresent() && address.isPresent()) {
            return Optional.of(account.get().compareTo(address.get()) > 0 ? account.get() : address.get());
        }
        return account.or(() -> address);
    }

    public void recordFailure(String username, String clientAddress) {
        var now = clock.instant();
        accounts.recordFailure(key(username), now);
        addresses.recordFailure(clientAddress, now);
    }

    public void recordSuccess(String username) {
        accounts.forget(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
