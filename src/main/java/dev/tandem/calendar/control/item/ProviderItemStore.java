package dev.tandem.calendar.control.item;

import dev.tandem.sync.spi.ItemStore;
import java.util.Map;

/**
 * The provider side of a calendar sync (a CalDAV collection, a Microsoft Graph calendar): an item store whose
 * listing reads a cursor (an RFC 6578 sync-token, a Graph delta link) that is kept between runs. The cursor is saved
 * by {@link #saveState()} only after the run, once the items it covers have been written and their statuses
 * committed, so a run cut short starts again from the old cursor. One instance per run.
 */
public interface ProviderItemStore extends ItemStore {

    /** Keeps what this run learnt of the provider's calendar, the cursor included, for the next run. */
    void saveState();

    /**
     * The objects this run found but cannot sync (a CalDAV object without UID, a Graph event that is no readable
     * event), by href, each with the sentence the ledger records it FAILED with.
     */
    Map<String, String> unreadable();
}
