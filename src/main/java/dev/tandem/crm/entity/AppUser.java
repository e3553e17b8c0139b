package dev.tandem.crm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who logs in to Tandem. Only a PBKDF2 hash of the password is kept. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = AppUser.ALL_AFTER, query = "SELECT u FROM AppUser u WHERE u.id > :after ORDER BY u.id")
public class AppUser {

    public static final String BY_USERNAME = "AppUser.byUsername";
    public static final String ALL_AFTER = "AppUser.allAfter";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** BCP 47 tag of the screens' language the user chose; null: follow the browser. */
    @Column(name = "language")
    private String language;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, String email, Set<Role> roles,
                   OffsetDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        var parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }

    /** The screens' language the user chose in their profile; empty when the browser's language applies. */
    public Optional<Locale> findLanguage() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    public void chooseLanguage(Optional<Locale> chosen) {
        this.language = chosen.map(Locale::toLanguageTag).orElse(null);
    }
}
