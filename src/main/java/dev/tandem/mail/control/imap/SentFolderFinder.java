package dev.tandem.mail.control.imap;

import java.util.List;
import java.util.Optional;

/**
 * Finds the folder where a mail client files the mail it sends: the one marked {@code \Sent} (RFC 6154), else
 * the first of the names providers and clients commonly use, in this order of preference.
 */
public final class SentFolderFinder {

    static final List<String> USUAL_NAMES = List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail",
            "[Gmail]/Sent Mail", "[Google Mail]/Sent Mail", "Enviados", "Elementos enviados", "Gesendet",
            "Gesendete Elemente", "Envoyés", "Éléments envoyés", "Posta inviata", "Verzonden items");

    private SentFolderFinder() {
    }

    public static Optional<ListedFolder> find(List<ListedFolder> folders) {
        return folders.stream().filter(folder -> folder.hasAttribute("\\Sent")).findFirst()
                .or(() -> byUsualName(folders));
    }

    private static Optional<ListedFolder> byUsualName(List<ListedFolder> folders) {
        for (String name : USUAL_NAMES) {
            Optional<ListedFolder> match = folders.stream()
                    .filter(folder -> folder.fullName().equalsIgnoreCase(name)
                            || folder.leafName().equalsIgnoreCase(name))
                    .filter(folder -> !folder.hasAttribute("\\Noselect"))
                    .findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
