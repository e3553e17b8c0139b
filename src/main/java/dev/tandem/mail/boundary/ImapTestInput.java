package dev.tandem.mail.boundary;

import dev.tandem.connection.boundary.LoginInput;
import dev.tandem.connection.control.MailSecurity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/imap-test}: the server data to check (a class, not a record: see CompanyInput). */
public class ImapTestInput extends LoginInput {

    @NotBlank
    @Size(max = 253)
    public String host;

    @NotNull
    public Integer port;

    @NotNull
    public MailSecurity security;
}
