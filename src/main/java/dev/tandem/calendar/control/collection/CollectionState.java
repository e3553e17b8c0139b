package dev.tandem.calendar.control.collection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Tandem knows of a CalDAV collection between runs: the cursor to ask for changes (an RFC 6578 sync-token,
 * else the CalendarServer ctag) and every member by canonical href. It is a copy of the server's state, not of
 * what was synced (that is the sync status), so it may be saved as soon as it has been read.
 */
public record CollectionState(String syncToken, String ctag, Map<String, CollectionMember> members) {

    public static final CollectionState UNKNOWN = new CollectionState(null, null, Map.of());

    public CollectionState {
        members = Map.copyOf(Objects.requireNonNull(members, "members"));
    }

    public Optional<String> findSyncToken() {
        return Optional.ofNullable(syncToken).filter(token -> !token.isBlank());
    }

    public Optional<String> findCtag() {
        return Optional.ofNullable(ctag).filter(tag -> !tag.isBlank());
    }

    /** The same members with one changed or removed ({@code member} null). */
    public CollectionState withMember(String href, CollectionMember member) {
        var changed = new LinkedHashMap<>(members);
        if (member == null) {
            changed.remove(href);
        } else {
            changed.put(href, member);
        }
        return new CollectionState(syncToken, ctag, changed);
    }
}
