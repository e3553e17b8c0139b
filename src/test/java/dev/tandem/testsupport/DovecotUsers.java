package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The test users of one Dovecot and their passwords, kept as Dovecot's {@code passwd-file}. */
final class DovecotUsers {

    private final Map<String, String> passwords = new LinkedHashMap<>();

    /** True when this changed the password of a user already known. */
    synchronized boolean put(String user, String password) {
        requireFieldSafe(user, "user");
        requireFieldSafe(password, "password");
        String previous = passwords.put(user, password);
        return previous != null && !previous.equals(password);
    }

    synchronized String getPassword(String user) {
        return Optional.ofNullable(passwords.get(user))
                .orElseThrow(() -> new IllegalArgumentException("No Dovecot user " + user));
    }

    /**
     * Writes one passwd-file per user into {@code directory}: Dovecot re-reads a changed passwd-file at most once
     * a second, but opens the file of a user it has not seen yet at once. Each file is replaced in one rename, so
     * Dovecot never sees a half-written one.
     */
    synchronized void writeTo(Path directory) {
        passwords.forEach((user, password) -> write(directory.resolve(user), user + ":{PLAIN}" + password + "\n"));
    }

    private static void write(Path file, String line) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.readString(file).equals(line)) {
                return;
            }
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, line);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * A colon separates the fields of a passwd-file line and a line break would start another user; a user name
     * is also a file name.
     */
    private static void requireFieldSafe(String value, String what) {
        if (value == null || value.isEmpty() || value.matches("(?s).*[:/\\r\\n].*") || value.startsWith(".")) {
            throw new IllegalArgumentException("A Dovecot test " + what + " must be non-empty, without ':', '/', line breaks or a leading dot");
        }
    }
}
