package dev.tandem.mail.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST …/blocklist} and its dry run: an address ({@code ana@acme.com}) or a domain ({@code acme.com}). */
public class BlocklistInput {

    @NotNull
    @Size(min = 1, max = 320)
    public String entry;
}
