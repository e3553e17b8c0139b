package dev.tandem.connection.control;

import dev.tandem.platform.UserMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts passwords and tokens before they reach the database: AES-256-GCM with a fresh 96-bit IV per value
 * (NIST SP 800-38D) and the owner's user id as associated data, so a ciphertext copied to another user's row does
 * not decrypt. The key comes from {@link VaultKeySource}.
 */
@ApplicationScoped
public class CredentialVault {

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    VaultKeySource keySource;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @PostConstruct
    void loadKey() {
        key = keySource.loadOrCreate();
    }

    public String encrypt(long ownerId, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, ownerId);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(long ownerId, String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new VaultException("The stored credentials have an unknown format.",
                    UserMessage.of("sync.lastError.credentialsFormat"));
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            byte[] iv = java.util.Arrays.copyOfRange(all, 0, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, ownerId);
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new VaultException("The stored credentials cannot be decrypted with this server's key; "
                    + "sign in to the mail account again.", UserMessage.of("sync.lastError.credentialsKey"));
        }
    }

    private Cipher cipher(int mode, byte[] iv, long ownerId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("tandem-user:" + ownerId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    /** Stored credentials that this server cannot read (another key, or tampered data). */
    public static class VaultException extends SyncFailure {
        VaultException(String message, UserMessage shown) {
            super(Category.AUTH, message, null, shown);
        }
    }
}
