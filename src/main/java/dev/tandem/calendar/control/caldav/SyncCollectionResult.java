package dev.tandem.calendar.control.caldav;

import java.net.URI;
import java.util.List;

/**
 * What changed in a collection since a sync token (RFC 6578 §3.4). Keep {@link #syncToken()} only after the
 * changes are stored: it is the cursor of the next call.
 *
 * @param changed new or modified members with their current ETag
 * @param deleted members removed since the token
 */
public record SyncCollectionResult(List<CalendarObjectRef> changed, List<URI> deleted, String syncToken) {

    public SyncCollectionResult {
        changed = List.copyOf(changed);
        deleted = List.copyOf(deleted);
    }
}
