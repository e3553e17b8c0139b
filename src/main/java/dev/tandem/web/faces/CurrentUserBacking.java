package dev.tandem.web.faces;

import dev.tandem.crm.control.CurrentUser;
import dev.tandem.crm.entity.AppUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who is signed in, for the top bar: the name and the initials the user icon shows. */
@Named
@RequestScoped
public class CurrentUserBacking {

    @Inject
    CurrentUser currentUser;

    public String getDisplayName() {
        AppUser user = currentUser.get();
        return user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername()
                : user.getDisplayName();
    }

    /** The first letters of the first two words of the name ("Ana Ruiz" → "AR"), as avatars do. */
    public String getInitials() {
        return initialsOf(getDisplayName());
    }

    static String initialsOf(String name) {
        String initials = Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining());
        return initials.isEmpty() ? "?" : initials.toUpperCase(Locale.ROOT);
    }
}
