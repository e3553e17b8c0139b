package dev.tandem.web.faces;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.mail.control.blocklist.MailBlocklist;
import dev.tandem.mail.control.blocklist.MailPreferences;
import dev.tandem.mail.entity.BlockedAddress;
import dev.tandem.platform.TandemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The blocklist on the sync screen: type an address or domain, see what blocking it would remove (the dry run),
 * then confirm; admins can choose the whole CRM's list. Also the switch for bulk mail.
 */
@Named
@ViewScoped
public class BlocklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailBlocklist blocklist;

    @Inject
    MailPreferences preferences;

    @Inject
    CurrentUser currentUser;

    private String entry;
    private boolean crmWide;
    private MailBlocklist.Impact pending;
    private Boolean logBulkMail;

    /** One listed entry: {@code removable} when the caller may take it off (own entries; the CRM's for admins). */
    public record Row(long id, String entry, boolean crmWide, boolean removable) {
    }

    public void check() {
        try {
            pending = blocklist.dryRun(owner(), entry);
        } catch (TandemException refused) {
            pending = null;
            FacesTexts.error(refused);
        }
    }

    public void confirm() {
        try {
            var added = blocklist.add(owner(), pending.entry().value());
            FacesTexts.info("sync.blocklist.added", added.blocked().getEntry(), added.removed().activities(),
                    added.removed().attachments());
            entry = null;
        } catch (TandemException refused) {
            FacesTexts.error(refused);
        }
        pending = null;
    }

    public void cancel() {
        pending = null;
    }

    public void remove(Row row) {
        try {
            blocklist.remove(row.crmWide() ? null : currentUser.id(), row.id());
        } catch (TandemException refused) {
            FacesTexts.error(refused);
        }
    }

    public void saveBulk() {
        preferences.setLogBulkMail(currentUser.id(), isLogBulkMail());
        FacesTexts.info("sync.bulk.saved");
    }

    private Long owner() {
        return crmWide && currentUser.isAdmin() ? null : currentUser.id();
    }

    public List<Row> getEntries() {
        return blocklist.applyingTo(currentUser.id()).stream().map(this::row).toList();
    }

    private Row row(BlockedAddress blocked) {
        return new Row(blocked.getId(), blocked.getEntry(), blocked.isCrmWide(),
                !blocked.isCrmWide() || currentUser.isAdmin());
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    /** "Blocking x removes 3 logged mails and 1 attachment", in the view's language. */
    public String getImpactText() {
        return pending == null ? "" : FacesTexts.text("sync.blocklist.impact", pending.entry().value(),
                pending.activities(), pending.attachments());
    }

    public MailBlocklist.Impact getPending() {
        return pending;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public boolean isCrmWide() {
        return crmWide;
    }

    public void setCrmWide(boolean crmWide) {
        this.crmWide = crmWide;
    }

    public boolean isLogBulkMail() {
        if (logBulkMail == null) {
            logBulkMail = preferences.logsBulkMail(currentUser.id());
        }
        return logBulkMail;
    }

    public void setLogBulkMail(boolean logBulkMail) {
        this.logBulkMail = logBulkMail;
    }
}
