package dev.tandem.mail.control.diagnosis;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The CAPABILITY step (RFC 9051 §6.1.1): which IMAP the server speaks and which extensions it offers. */
final class CapabilityCheck {

    /** The extensions the mail sync uses when they are there, in the order details list them. */
    static final List<String> SYNC_EXTENSIONS = List.of("IDLE", "CONDSTORE", "QRESYNC", "SPECIAL-USE", "UIDPLUS",
            "MOVE");

    private static final Pattern RESPONSE_CODE = Pattern.compile("\\[CAPABILITY ([^\\]]*)\\]",
            Pattern.CASE_INSENSITIVE);

    private CapabilityCheck() {
    }

    static StepOutcome<Set<String>> check(ImapProbe probe, DiagnosisRun run) throws StepFailure {
        Set<String> capabilities = request(probe, run);
        if (!capabilities.contains("IMAP4REV1") && !capabilities.contains("IMAP4REV2")) {
            throw new StepFailure(DiagnosisReason.NOT_IMAP4, "The server supports neither IMAP4rev1 (RFC 3501) "
                    + "nor IMAP4rev2 (RFC 9051); it announced: " + String.join(" ", capabilities));
        }
        String version = capabilities.contains("IMAP4REV2") ? "IMAP4rev2" : "IMAP4rev1";
        return StepOutcome.passed(capabilities, version + ". Sync extensions announced before login: "
                + announced(capabilities) + " (servers often announce more after login).");
    }

    /** Sends CAPABILITY and collects every capability the answer names, upper-cased. */
    static Set<String> request(ImapProbe probe, DiagnosisRun run) throws StepFailure {
        int timeout = run.remainingMillis();
        try {
            List<String> lines = probe.command("CAPABILITY", timeout);
            String tagged = lines.get(lines.size() - 1);
            if (!tagged.toUpperCase(Locale.ROOT).matches("\\S+ OK.*")) {
                throw new StepFailure(DiagnosisReason.PROTOCOL_ERROR, "The server refused CAPABILITY: " + tagged);
            }
            return parse(lines);
        } catch (SocketTimeoutException e) {
            throw new StepFailure(DiagnosisReason.SERVER_TIMEOUT,
                    "The server did not answer CAPABILITY within " + run.seconds() + ".");
        } catch (IOException e) {
            throw new StepFailure(DiagnosisReason.CONNECTION_CLOSED, "The connection broke: " + e.getMessage());
        }
    }

    static Set<String> parse(List<String> lines) {
        Set<String> capabilities = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.toUpperCase(Locale.ROOT).startsWith("* CAPABILITY ")) {
                addAll(capabilities, line.substring("* CAPABILITY ".length()));
            }
            Matcher code = RESPONSE_CODE.matcher(line);
            if (code.find()) {
                addAll(capabilities, code.group(1));
            }
        }
        return capabilities;
    }

    /** "IDLE yes, CONDSTORE no, …" for the extensions the sync uses. */
    static String features(Set<String> capabilities) {
        return SYNC_EXTENSIONS.stream()
                .map(name -> name + (capabilities.contains(name) ? " yes" : " no"))
                .collect(Collectors.joining(", "));
    }

    private static String announced(Set<String> capabilities) {
        String present = SYNC_EXTENSIONS.stream().filter(capabilities::contains).collect(Collectors.joining(", "));
        return present.isEmpty() ? "none" : present;
    }

    private static void addAll(Set<String> capabilities, String spaceSeparated) {
        Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .filter(token -> !token.isEmpty())
                .map(token -> token.toUpperCase(Locale.ROOT))
                .forEach(capabilities::add);
    }
}
