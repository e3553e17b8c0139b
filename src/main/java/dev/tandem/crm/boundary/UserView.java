package dev.tandem.crm.boundary;

import dev.tandem.crm.entity.AppUser;
import dev.tandem.crm.entity.Role;
import java.util.List;

/** A user as the API shows it: never the password or its hash. */
public record UserView(long id, String username, String displayName, String email, List<String> roles) {

    static UserView of(AppUser user) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles().stream().map(Role::name).sorted().toList());
    }
}
