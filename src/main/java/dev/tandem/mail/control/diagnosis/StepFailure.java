package dev.tandem.mail.control.diagnosis;

/**
 * Ends a connection test at the step that throws it. Internal to the test: it becomes a failed
 * {@link DiagnosisStep}, never reaches a caller, and carries no stack trace.
 */
final class StepFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final DiagnosisReason reason;

    StepFailure(DiagnosisReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    DiagnosisReason reason() {
        return reason;
    }

    String detail() {
        return getMessage();
    }
}
