package dev.tandem.sync.mail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Domains anyone can get an address at. Two people at gmail.com share a provider, not an employer, so these
 * domains never link a mail to a company. A pattern is a domain ({@code gmail.com}) or a name followed by
 * {@code .*} for every country domain of that provider ({@code gmx.*} covers gmx.de, gmx.net, gmx.co.uk).
 */
public final class FreeMailDomains {

    private static final List<String> DEFAULTS = List.of(
            "gmail.com", "googlemail.com", "outlook.*", "hotmail.*", "live.*", "msn.com", "passport.com",
            "yahoo.*", "ymail.com", "rocketmail.com", "icloud.com", "me.com", "mac.com", "aol.*", "gmx.*",
            "web.de", "t-online.de", "freenet.de", "mail.com", "proton.me", "protonmail.*", "pm.me",
            "tutanota.*", "tuta.io", "zoho.com", "zohomail.*", "yandex.*", "ya.ru", "mail.ru", "fastmail.*",
            "hey.com", "laposte.net", "orange.fr", "free.fr", "libero.it", "qq.com", "163.com", "126.com");

    private final List<String> patterns;
    private final Set<String> exact = new HashSet<>();
    private final Set<String> anyCountry = new HashSet<>();

    private FreeMailDomains(Collection<String> patterns) {
        this.patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            String p = pattern.strip().toLowerCase(Locale.ROOT);
            if (p.endsWith(".*")) {
                anyCountry.add(p.substring(0, p.length() - 2));
            } else {
                exact.add(p);
            }
        }
    }

    /** The well-known free-mail providers of Europe, the Americas and China. */
    public static FreeMailDomains defaults() {
        return new FreeMailDomains(DEFAULTS);
    }

    public static FreeMailDomains of(Collection<String> patterns) {
        return new FreeMailDomains(patterns);
    }

    /** These domains plus more, e.g. the defaults plus what an administrator configured. */
    public FreeMailDomains with(Collection<String> morePatterns) {
        var all = new ArrayList<>(patterns);
        all.addAll(morePatterns);
        return new FreeMailDomains(all);
    }

    public boolean contains(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (exact.contains(d)) {
            return true;
        }
        int dot = d.indexOf('.');
        return dot > 0 && anyCountry.contains(d.substring(0, dot));
    }
}
