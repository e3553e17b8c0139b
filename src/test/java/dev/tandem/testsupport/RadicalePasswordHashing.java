package dev.tandem.testsupport;

/** How {@link RadicaleServer} stores passwords in its htpasswd file; Radicale must be told the same. */
public enum RadicalePasswordHashing {
    /** {@code user:password}, written directly: Debian's htpasswd writes plain text only on Windows. */
    PLAIN("plain"),
    /** {@code htpasswd -B}; Radicale verifies it through passlib. */
    BCRYPT("bcrypt");

    private final String radicaleName;

    RadicalePasswordHashing(String radicaleName) {
        this.radicaleName = radicaleName;
    }

    /** The value of Radicale's {@code [auth] htpasswd_encryption} setting. */
    String radicaleName() {
        return radicaleName;
    }
}
