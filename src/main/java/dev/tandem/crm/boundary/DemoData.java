package dev.tandem.crm.boundary;

import dev.tandem.crm.control.Companies;
import dev.tandem.crm.control.Contacts;
import dev.tandem.crm.control.Contacts.ContactData;
import dev.tandem.crm.control.UserDirectory;
import dev.tandem.crm.control.UserDirectory.NewUser;
import dev.tandem.crm.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code TANDEM_DEMO_DATA=true}, a first start fills an empty instance with two users and a small CRM, so
 * that Tandem can be tried at once. README lists the credentials; they are demo-only.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "InitialUsers"})
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "tandem.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    UserDirectory users;

    @Inject
    Companies companies;

    @Inject
    Contacts contacts;

    @PostConstruct
    void load() {
        if (!enabled || users.findByUsername("alice").isPresent()) {
            return;
        }
        users.create(new NewUser("alice", "alice-demo-1", "Alice Martín", "alice@tandem.test",
                Set.of(Role.USER, Role.ADMIN)));
        users.create(new NewUser("bob", "bob-demo-1", "Bob Smith", "bob@tandem.test", Set.of(Role.USER)));
        long acme = companies.create("Acme Corp", List.of("acme.com")).getId();
        long globex = companies.create("Globex", List.of("globex.example", "globex.com")).getId();
        contacts.create(new ContactData("Ana García", List.of("ana@acme.com"), acme));
        contacts.create(new ContactData("Pedro Ruiz", List.of("pedro@acme.com", "pedro.ruiz@gmail.com"), acme));
        contacts.create(new ContactData("Hank Scorpio", List.of("hank@globex.com"), globex));
        contacts.create(new ContactData("Laura Vidal", List.of("laura.vidal@outlook.com"), null));
        LOG.info("Loaded demo data: users alice and bob, 2 companies, 4 contacts");
    }
}
