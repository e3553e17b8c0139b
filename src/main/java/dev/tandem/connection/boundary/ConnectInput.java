package dev.tandem.connection.boundary;

import dev.tandem.connection.control.MailSecurity;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/me/sync}. Classes with public fields, not records: Payara's OpenAPI generator fails on
 * constraints of record components. Passwords are write-only: no view ever carries them back.
 */
public class ConnectInput {

    @NotNull
    public Provider provider;

    @NotNull
    public SyncMode mode;

    @Valid
    public ImapInput imap;

    @Valid
    public CalDavInput caldav;

    /** How many past days of mail the first sync reads (default: the server's {@code tandem.mail.first-sync-days}). */
    @Min(1)
    @Max(3650)
    public Integer firstSyncDays;

    /** The IMAP server data; host and port may be left out for providers with a preset. */
    public static class ImapInput extends LoginInput {
        @Size(max = 253)
        public String host;

        public Integer port;

        public MailSecurity security;
    }

    /** The CalDAV server or principal URL; it may be left out for providers with a preset. */
    public static class CalDavInput extends LoginInput {
        @Size(max = 2000)
        @Pattern(regexp = "https?://.+", message = "must be an http:// or https:// address")
        public String url;
    }
}
