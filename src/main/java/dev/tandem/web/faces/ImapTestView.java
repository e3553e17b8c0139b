package dev.tandem.web.faces;

import dev.tandem.mail.control.diagnosis.ImapTestReport;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The connectivity test as the sync screen shows it: one green or red row per step with its time, what it found in
 * the user's language ({@code diagnosis.<REASON>}), and the English technical detail (host, port, the server's
 * answer) below it. Serializable, since it lives in a view-scoped bean.
 */
public record ImapTestView(boolean ok, ArrayList<Step> steps) implements Serializable {

    /**
     * One step; {@code warning} marks a passing step with something to know (e.g. no TLS).
     *
     * @param reason what the step found, translated; empty when the report gave no reason code
     * @param detail the same in English with the particulars
     */
    public record Step(String name, String label, boolean ok, long millis, String reason, String detail,
                       boolean warning)
            implements Serializable {

        /** Green when passed, red when failed; a passing step with a warning gets a third class too. */
        public String cssClass() {
            return (ok ? "step-ok" : "step-failed") + (warning ? " step-warning" : "");
        }

        public String mark() {
            return warning ? "⚠" : ok ? "✔" : "✘";
        }
    }

    static ImapTestView of(ImapTestReport report, Locale locale) {
        List<Step> steps = report.steps().stream().map(step -> step(step, locale)).toList();
        return new ImapTestView(report.ok(), new ArrayList<>(steps));
    }

    private static Step step(ImapTestReport.StepView step, Locale locale) {
        String code = step.reasonCode();
        String reason = code == null ? "" : FacesTexts.text(locale, "diagnosis." + code);
        boolean warning = step.ok() && code != null && !"OK".equals(code);
        return new Step(step.name(), FacesTexts.text(locale, "sync.test.step." + step.name()), step.ok(),
                step.millis(), reason, step.detail(), warning);
    }
}
