package dev.tandem.mail.control.diagnosis;

/** What a passing step produced for the next ones, and what it reports. */
record StepOutcome<T>(T value, String detail, DiagnosisReason reason) {

    static <T> StepOutcome<T> passed(T value, String detail) {
        return new StepOutcome<>(value, detail, DiagnosisReason.OK);
    }
}
