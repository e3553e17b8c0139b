package dev.tandem.connection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credential key: {@code TANDEM_SECRET_KEY} (base64 of 32 bytes) when the administrator provides one (e.g. from
 * a secret store), else {@code secret.key} in the data folder, created on first start readable by its owner only.
 * Losing the key only means users sign in to their mail again; logged activities are not encrypted with it.
 */
@ApplicationScoped
public class VaultKeySource {

    private static final Logger LOG = Logger.getLogger(VaultKeySource.class.getName());
    private static final int KEY_BYTES = 32;

    @Inject
    @ConfigProperty(name = "tandem.secret.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "tandem.data.dir")
    String dataDir;

    SecretKey loadOrCreate() {
        byte[] raw = configuredKey.filter(k -> !k.isBlank()).map(k -> Base64.getDecoder().decode(k.strip()))
                .orElseGet(this::fromKeyFile);
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException("tandem.secret.key must be the base64 of exactly 32 bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private byte[] fromKeyFile() {
        Path file = Path.of(dataDir).toAbsolutePath().resolve("secret.key");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credential key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            LOG.info(() -> "Created a new credential key at " + file);
        } catch (FileAlreadyExistsException raced) {
            LOG.fine("Another start created the credential key first");
        }
    }
}
