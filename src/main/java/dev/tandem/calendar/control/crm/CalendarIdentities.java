package dev.tandem.calendar.control.crm;

import dev.tandem.connection.control.Connections;
import dev.tandem.connection.control.StoredAccounts;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who "me" is when the API judges a user's events (their answer, whether an event is someone else's invitation):
 * the same {@link CalendarIdentity} calendar sync uses — the user's email and their CalDAV login when it is an
 * address. Otherwise an event the user organises under their calendar account would be shown, and refused to
 * PUT and DELETE, as someone else's invitation, and their answers would be missing from {@code myStatus}.
 */
@ApplicationScoped
public class CalendarIdentities {

    @Inject
    Connections connections;

    /** A stopped connection still names the account: the events it brought were addressed to it. */
    public CalendarIdentity of(AppUser user) {
        Optional<String> calDavLogin = connections.find(user.getId())
                .map(connection -> StoredAccounts.settings(connection.getSettings()).caldavUsername);
        return CalendarIdentity.forUser(user.getEmail(), calDavLogin.orElse(null));
    }
}
