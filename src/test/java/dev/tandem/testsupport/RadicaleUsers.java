package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Adds users to Radicale's htpasswd file. Bcrypt hashes come from Apache's {@code htpasswd}, which reads the
 * password from stdin ({@code -i}) so that it never shows on a command line.
 */
final class RadicaleUsers {

    private RadicaleUsers() {
    }

    static void add(Path usersFile, RadicalePasswordHashing hashing, String user, String password) {
        try {
            if (hashing == RadicalePasswordHashing.PLAIN) {
                Files.writeString(usersFile, user + ":" + password + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            } else {
                runHtpasswd(usersFile, user, password);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runHtpasswd(Path usersFile, String user, String password) throws IOException {
        Process process = new ProcessBuilder("htpasswd", "-i", "-B", "-C", "5", usersFile.toString(), user)
                .redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(password.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("htpasswd could not add user " + user);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding user " + user, e);
        }
    }
}
