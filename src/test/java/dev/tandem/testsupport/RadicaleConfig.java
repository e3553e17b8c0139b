package dev.tandem.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the Radicale configuration file: loopback only, htpasswd users, owner-only rights, no web UI. */
final class RadicaleConfig {

    static final String USERS_FILE = "users";

    private RadicaleConfig() {
    }

    static Path write(Path home, int port, RadicalePasswordHashing hashing) throws IOException {
        String config = String.join("\n",
                "[server]",
                "hosts = 127.0.0.1:" + port,
                "[auth]",
                "type = htpasswd",
                "htpasswd_filename = " + home.toAbsolutePath().resolve(USERS_FILE),
                "htpasswd_encryption = " + hashing.radicaleName(),
                "delay = 0",
                "[rights]",
                "type = owner_only",
                "[storage]",
                "filesystem_folder = " + home.toAbsolutePath().resolve("collections"),
                "[web]",
                "type = none",
                "[logging]",
                "level = warning",
                "");
        Path file = home.resolve("config");
        Files.writeString(file, config);
        return file;
    }
}
