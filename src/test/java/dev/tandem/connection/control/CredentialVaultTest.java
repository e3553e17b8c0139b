package dev.tandem.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialVaultTest {

    @TempDir
    Path dataDir;

    @Test
    void encryptsSoThatOnlyTheOwnerRowDecrypts() {
        CredentialVault vault = vaultIn(dataDir);
        String sealed = vault.encrypt(7, "{\"imapPassword\":\"s3cret\"}");
        assertFalse(sealed.contains("s3cret"));
        assertEquals("{\"imapPassword\":\"s3cret\"}", vault.decrypt(7, sealed));
        assertThrows(CredentialVault.VaultException.class, () -> vault.decrypt(8, sealed));
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        CredentialVault vault = vaultIn(dataDir);
        assertNotEquals(vault.encrypt(1, "same"), vault.encrypt(1, "same"));
    }

    @Test
    void tamperedCiphertextIsRefusedWithAReadableMessage() {
        CredentialVault vault = vaultIn(dataDir);
        String sealed = vault.encrypt(1, "secret");
        byte[] raw = java.util.Base64.getDecoder().decode(sealed.substring("v1:".length()));
        raw[raw.length / 2] ^= 0x01;
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(raw);
        var refused = assertThrows(CredentialVault.VaultException.class, () -> vault.decrypt(1, tampered));
        assertTrue(refused.getMessage().contains("sign in"));
    }

    @Test
    void theKeyFileIsCreatedOnceReadableByItsOwnerOnly() throws Exception {
        String sealed = vaultIn(dataDir).encrypt(3, "kept across restarts");
        Path keyFile = dataDir.resolve("secret.key");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keyFile));
        assertEquals("kept across restarts", vaultIn(dataDir).decrypt(3, sealed));
    }

    @Test
    void aConfiguredKeyWinsOverTheKeyFile() {
        var source = new VaultKeySource();
        source.dataDir = dataDir.toString();
        source.configuredKey = Optional.of(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        var vault = new CredentialVault();
        vault.keySource = source;
        vault.loadKey();
        assertEquals("x", vault.decrypt(1, vault.encrypt(1, "x")));
        assertFalse(Files.exists(dataDir.resolve("secret.key")));
    }

    static CredentialVault vaultIn(Path dir) {
        var source = new VaultKeySource();
        source.dataDir = dir.toString();
        source.configuredKey = Optional.empty();
        var vault = new CredentialVault();
        vault.keySource = source;
        vault.loadKey();
        return vault;
    }
}
