package dev.tandem.crm.boundary;

import dev.tandem.crm.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an admin sends to create a user; the password is write-only (a class, not a record: see CompanyInput). */
public class NewUserInput {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
    public String username;

    @NotBlank
    @Size(min = 8, max = 200)
    public String password;

    @NotBlank
    @Size(max = 200)
    public String displayName;

    @NotBlank
    @Email
    @Size(max = 320)
    public String email;

    public Set<Role> roles;

    public Set<Role> rolesOrDefault() {
        return roles == null || roles.isEmpty() ? Set.of(Role.USER) : roles;
    }

    @Override
    public String toString() {
        return "NewUserInput[username=" + username + "]";
    }
}
