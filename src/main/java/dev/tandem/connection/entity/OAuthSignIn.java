package dev.tandem.connection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An OAuth sign-in under way: who started it, for which provider and what to sync, and the PKCE verifier
 * (encrypted) that the code exchange must present. Found by its {@code state}, which the provider sends back.
 */
@Entity
@Table(name = "oauth_sign_in")
public class OAuthSignIn {

    @Id
    private String state;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SyncMode mode;

    @Column(name = "redirect_uri", nullable = false)
    private String redirectUri;

    @Column(name = "code_verifier", nullable = false)
    private String encryptedCodeVerifier;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OAuthSignIn() {
    }

    public OAuthSignIn(String state, long userId, Provider provider, SyncMode mode, String redirectUri,
                       String encryptedCodeVerifier, OffsetDateTime createdAt) {
        this.state = state;
        this.userId = userId;
        this.provider = provider;
        this.mode = mode;
        this.redirectUri = redirectUri;
        this.encryptedCodeVerifier = encryptedCodeVerifier;
        this.createdAt = createdAt;
    }

    public String getState() {
        return state;
    }

    public long getUserId() {
        return userId;
    }

    public Provider getProvider() {
        return provider;
    }

    public SyncMode getMode() {
        return mode;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getEncryptedCodeVerifier() {
        return encryptedCodeVerifier;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
