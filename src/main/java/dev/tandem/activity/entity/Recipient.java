package dev.tandem.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One To or Cc mailbox of a logged mail, in the order the header listed it. */
@Embeddable
public class Recipient {

    /** To or Cc. */
    public enum Kind { TO, CC }

    @Column(name = "kind", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "name")
    private String name;

    protected Recipient() {
    }

    public Recipient(Kind kind, int ordinal, String email, String name) {
        this.kind = kind;
        this.ordinal = ordinal;
        this.email = email;
        this.name = name;
    }

    public Kind getKind() {
        return kind;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }
}
