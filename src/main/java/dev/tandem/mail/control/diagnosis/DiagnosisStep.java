package dev.tandem.mail.control.diagnosis;

import java.util.Objects;

/**
 * One check of a connection test and how it went.
 *
 * @param detail what happened, in English a user understands; never contains the password
 * @param reason {@link DiagnosisReason#OK}, a warning on a passing step, or why the step failed
 */
public record DiagnosisStep(DiagnosisStepName name, boolean ok, long millis, String detail, DiagnosisReason reason) {

    public DiagnosisStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(reason, "reason");
    }
}
