package dev.tandem.mail.boundary;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/me/mail-preferences}, and its answer. */
public class MailPreferencesInput {

    /** Log mail sent to lists (List-Unsubscribe, Precedence: bulk) like any other; off by default. */
    @NotNull
    public Boolean logBulkMail;
}
