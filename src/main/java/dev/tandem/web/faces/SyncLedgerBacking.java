package dev.tandem.web.faces;

import dev.tandem.connection.control.Ledger;
import dev.tandem.connection.entity.LedgerEntry;
import dev.tandem.crm.control.CurrentUser;
import dev.tandem.platform.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest lines of the sync ledger: what sync logged or left out, and why. */
@Named
@RequestScoped
public class SyncLedgerBacking {

    private static final int SHOWN = 15;

    @Inject
    Ledger ledger;

    @Inject
    CurrentUser currentUser;

    private List<Row> entries;

    /** One ledger line; {@code outcome} is the SyncOutcome name, for styling and translation. */
    public record Row(String at, String kind, String outcome, String summary, String reason) {
    }

    public List<Row> getEntries() {
        if (entries == null) {
            entries = ledger.list(currentUser.id(), null, PageRequest.first(SHOWN)).items().stream()
                    .map(SyncLedgerBacking::row).toList();
        }
        return entries;
    }

    private static Row row(LedgerEntry entry) {
        return new Row(PartView.format(entry.getAt()), entry.getKind().name(), entry.getOutcome().name(),
                entry.getSummary(), entry.findReason().orElse(""));
    }
}
