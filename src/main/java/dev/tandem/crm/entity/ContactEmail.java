package dev.tandem.crm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * One address of a contact, kept as it was written, with the lower-cased key that matching and uniqueness use
 * (mail providers treat the local part case-insensitively in practice).
 */
@Embeddable
public class ContactEmail {

    @Column(name = "email", nullable = false)
    private String address;

    @Column(name = "match_key", nullable = false)
    private String matchKey;

    protected ContactEmail() {
    }

    public ContactEmail(String address) {
        this.address = address;
        this.matchKey = address.strip().toLowerCase(Locale.ROOT);
    }

    public String getAddress() {
        return address;
    }

    public String getMatchKey() {
        return matchKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactEmail that && matchKey.equals(that.matchKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(matchKey);
    }
}
