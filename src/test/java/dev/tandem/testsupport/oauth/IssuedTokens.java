package dev.tandem.testsupport.oauth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The provider's memory of what it granted: the access token each issuer gave last (the only one its mailbox and
 * calendar accept, as a provider invalidates nothing sooner but the test wants to see the newest used), which
 * consents were withdrawn, and how many token requests each issuer answered.
 */
final class IssuedTokens {

    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final BiConsumer<String, String> onIssued;

    /** @param onIssued told (issuer, access token) each time a token is granted */
    IssuedTokens(BiConsumer<String, String> onIssued) {
        this.onIssued = onIssued;
    }

    void issued(String issuerId, String accessToken) {
        latest.put(issuerId, accessToken);
        onIssued.accept(issuerId, accessToken);
    }

    void counted(String issuerId) {
        requests.computeIfAbsent(issuerId, id -> new AtomicInteger()).incrementAndGet();
    }

    int requests(String issuerId) {
        return requests.getOrDefault(issuerId, new AtomicInteger()).get();
    }

    Optional<String> findIssuerOf(String accessToken) {
        return latest.entrySet().stream().filter(e -> e.getValue().equals(accessToken) && !revoked.contains(e.getKey()))
                .map(Map.Entry::getKey).findFirst();
    }

    void revoke(String issuerId) {
        revoked.add(issuerId);
        latest.remove(issuerId);
    }

    boolean isRevoked(String issuerId) {
        return revoked.contains(issuerId);
    }
}
