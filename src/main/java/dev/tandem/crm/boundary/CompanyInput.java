package dev.tandem.crm.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A company as clients send it. Input types are classes with public fields, not records: Payara's OpenAPI generator
 * fails on Bean Validation annotations of record components.
 */
public class CompanyInput {

    @NotBlank
    @Size(max = 200)
    public String name;

    @Size(max = 50)
    public List<@NotNull @Size(max = 253)
            @Pattern(regexp = "\\s*@?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+\\s*", message = "must be a domain like acme.com")
            String> domains;

    public List<String> domainsOrEmpty() {
        return domains == null ? List.of() : domains;
    }
}
