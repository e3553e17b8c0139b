package dev.tandem.mail.control.diagnosis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of an IMAP connection test: the steps in the order they ran, up to the first that failed.
 *
 * @param ok           every step passed, through {@link DiagnosisStepName#FOLDERS}
 * @param capabilities the IMAP extensions the sync cares about (IDLE, CONDSTORE, QRESYNC, SPECIAL-USE, UIDPLUS,
 *                     MOVE) that the server announced, after login when the test got that far
 * @param sentFolder   the full name of the folder holding sent mail, or {@code null} when none was found
 */
public record ImapDiagnosis(boolean ok, List<DiagnosisStep> steps, Set<String> capabilities, String sentFolder) {

    public ImapDiagnosis {
        steps = List.copyOf(steps);
        capabilities = Set.copyOf(capabilities);
    }

    /** The step that failed, if one did. */
    public Optional<DiagnosisStep> findFailure() {
        return steps.stream().filter(step -> !step.ok()).findFirst();
    }

    public Optional<DiagnosisStep> findStep(DiagnosisStepName name) {
        return steps.stream().filter(step -> step.name() == name).findFirst();
    }

    public Optional<String> findSentFolder() {
        return Optional.ofNullable(sentFolder);
    }
}
