package dev.tandem.testsupport.oauth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The provider's memory of what it granted: each access token with its issuer and the scope it was asked for
 * (none: everything the user consented to), which consents were withdrawn, and how many token requests each issuer
 * answered. A token is good until its consent is withdrawn, and only for the APIs its scope names, as with the
 * Microsoft identity platform, whose tokens serve one API each.
 */
final class IssuedTokens {

    /**
     * One grant: who issued the token and the scope asked for, null for the whole consent (which serves no API
     * where each API needs its own token).
     */
    record Grant(String issuerId, String scope, boolean tokenPerApi) {

        boolean covers(String api) {
            return scope != null ? scope.contains(api) : !tokenPerApi;
        }
    }

    /** Told of every grant, e.g. to let a mailbox accept its token. */
    interface Listener {
        void issued(String issuerId, String accessToken, Grant grant);
    }

    private final Map<String, Grant> granted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Listener listener;
    private final java.util.function.Predicate<String> tokenPerApi;

    /** @param tokenPerApi whether an issuer's tokens serve one API each */
    IssuedTokens(Listener listener, java.util.function.Predicate<String> tokenPerApi) {
        this.listener = listener;
        this.tokenPerApi = tokenPerApi;
    }

    void issued(String issuerId, String accessToken, String scope) {
        Grant grant = new Grant(issuerId, scope, tokenPerApi.test(issuerId));
        granted.put(accessToken, grant);
        listener.issued(issuerId, accessToken, grant);
    }

    void counted(String issuerId) {
        requests.computeIfAbsent(issuerId, id -> new AtomicInteger()).incrementAndGet();
    }

    int requests(String issuerId) {
        return requests.getOrDefault(issuerId, new AtomicInteger()).get();
    }

    /** The grant of a token whose consent still stands. */
    Optional<Grant> findGrant(String accessToken) {
        return Optional.ofNullable(granted.get(accessToken)).filter(grant -> !revoked.contains(grant.issuerId()));
    }

    void revoke(String issuerId) {
        revoked.add(issuerId);
    }

    boolean isRevoked(String issuerId) {
        return revoked.contains(issuerId);
    }
}
