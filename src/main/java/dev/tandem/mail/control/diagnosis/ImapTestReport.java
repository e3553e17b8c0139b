package dev.tandem.mail.control.diagnosis;

import java.util.List;

/**
 * The connectivity test as users and the API see it: green when every step passed, else red at the first failing
 * step.
 */
public record ImapTestReport(boolean ok, List<StepView> steps, List<String> capabilities, String sentFolder) {

    /** One step: its name, whether it passed, how long it took and what it found or what to fix. */
    public record StepView(String name, boolean ok, long millis, String detail, String reasonCode) {
    }

    public static ImapTestReport of(ImapDiagnosis diagnosis) {
        return new ImapTestReport(diagnosis.ok(), diagnosis.steps().stream().map(ImapTestReport::step).toList(),
                diagnosis.capabilities().stream().sorted().toList(), diagnosis.findSentFolder().orElse(null));
    }

    private static StepView step(DiagnosisStep step) {
        return new StepView(step.name().name(), step.ok(), step.millis(), step.detail(),
                step.reason() == null ? null : step.reason().name());
    }
}
