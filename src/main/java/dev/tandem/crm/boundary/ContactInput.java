package dev.tandem.crm.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A contact as clients send it (a class, not a record: see {@link CompanyInput}). */
public class ContactInput {

    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(max = 20)
    public List<@NotNull @NotBlank @Email @Size(max = 320) String> emails;

    public Long companyId;

    public List<String> emailsOrEmpty() {
        return emails == null ? List.of() : emails;
    }
}
