package dev.tandem.crm.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every API call, and a deliberately slow PBKDF2 check on each would make the
 * API slow. A successful check is remembered for a minute under an HMAC of user and password with a key that lives
 * only in this process's memory: neither the password nor a reusable hash of it is kept.
 */
@ApplicationScoped
public class VerifiedCredentialsCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Instant> verifiedUntil = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock = Clock.systemUTC();

    public VerifiedCredentialsCache() {
        new SecureRandom().nextBytes(key);
    }

    public boolean isVerified(String username, String password) {
        Instant until = verifiedUntil.get(fingerprint(username, password));
        return until != null && until.isAfter(clock.instant());
    }

    public void remember(String username, String password) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            verifiedUntil.clear();
        }
        verifiedUntil.put(fingerprint(username, password), clock.instant().plus(TTL));
    }

    public void forgetAll() {
        verifiedUntil.clear();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
