package dev.tandem.crm.boundary;

import dev.tandem.crm.control.UserDirectory;
import dev.tandem.crm.control.UserDirectory.NewUser;
import dev.tandem.crm.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A deployment without demo data still needs a way in: when the user table is empty at start-up, the first admin is
 * created from {@code TANDEM_ADMIN_USER} / {@code TANDEM_ADMIN_PASSWORD}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class InitialUsers {

    private static final Logger LOG = Logger.getLogger(InitialUsers.class.getName());

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "tandem.admin.user")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "tandem.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void createFirstAdmin() {
        if (adminUser.isEmpty() || adminPassword.isEmpty() || !users.isEmpty()) {
            return;
        }
        users.create(new NewUser(adminUser.get(), adminPassword.get(), "Administrator",
                adminUser.get().contains("@") ? adminUser.get() : adminUser.get() + "@localhost",
                Set.of(Role.ADMIN, Role.USER)));
        LOG.info(() -> "Created the first administrator, " + adminUser.get());
    }
}
