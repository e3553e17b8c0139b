package dev.tandem.calendar.control.caldav;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A calendar collection found by discovery (RFC 4791 §4.2) with what sync needs to decide whether to look inside.
 *
 * @param href       the collection URL, ending with a slash
 * @param components supported component names (VEVENT, VTODO…); empty when the server did not say, which
 *                   RFC 4791 §5.2.3 reads as "all of them"
 * @param ctag       CalendarServer {@code getctag}, changes whenever any member changes; null when not offered
 * @param syncToken  RFC 6578 {@code DAV:sync-token}; null when the server has no sync-collection
 */
public record CalendarCollection(URI href, String displayName, Set<String> components, String ctag,
                                 String syncToken) {

    public CalendarCollection {
        Objects.requireNonNull(href, "href");
        components = Set.copyOf(components);
    }

    public boolean supports(String component) {
        return components.isEmpty() || components.contains(component);
    }

    public boolean supportsEvents() {
        return supports("VEVENT");
    }

    public boolean supportsTasks() {
        return supports("VTODO");
    }

    public Optional<String> findDisplayName() {
        return Optional.ofNullable(displayName);
    }

    public Optional<String> findCtag() {
        return Optional.ofNullable(ctag);
    }

    public Optional<String> findSyncToken() {
        return Optional.ofNullable(syncToken);
    }
}
