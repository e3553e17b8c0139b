package dev.tandem.web.faces;

import dev.tandem.mail.control.ImapTestReport;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The connectivity test as the sync screen shows it: one green or red row per step with its time and what it found.
 * Serializable, since it lives in a view-scoped bean.
 */
public record ImapTestView(boolean ok, ArrayList<Step> steps) implements Serializable {

    /** One step; {@code warning} marks a passing step with something to know (e.g. no TLS). */
    public record Step(String name, String label, boolean ok, long millis, String detail, boolean warning)
            implements Serializable {

        /** Green when passed, red when failed; a passing step with a warning gets a third class too. */
        public String cssClass() {
            return (ok ? "step-ok" : "step-failed") + (warning ? " step-warning" : "");
        }

        public String mark() {
            return warning ? "⚠" : ok ? "✔" : "✘";
        }
    }

    static ImapTestView of(ImapTestReport report) {
        List<Step> steps = report.steps().stream().map(step -> new Step(step.name(),
                FacesTexts.text("sync.test.step." + step.name()), step.ok(), step.millis(), step.detail(),
                step.ok() && step.reasonCode() != null && !"OK".equals(step.reasonCode()))).toList();
        return new ImapTestView(report.ok(), new ArrayList<>(steps));
    }
}
