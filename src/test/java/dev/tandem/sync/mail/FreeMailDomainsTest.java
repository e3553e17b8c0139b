package dev.tandem.sync.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreeMailDomainsTest {

    private final FreeMailDomains free = FreeMailDomains.defaults();

    @Test
    void knowsTheBigProviders() {
        for (String domain : List.of("gmail.com", "GoogleMail.com", "outlook.com", "hotmail.com", "live.com",
                "msn.com", "yahoo.com", "yahoo.es", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
                "protonmail.com")) {
            assertTrue(free.contains(domain), domain);
        }
    }

    @Test
    void countryWildcardCoversEveryCountryButNotLookalikes() {
        assertTrue(free.contains("gmx.de"));
        assertTrue(free.contains("gmx.net"));
        assertTrue(free.contains("yahoo.co.uk"));
        assertFalse(free.contains("gmxtools.com"));
        assertFalse(free.contains("mail.gmx.example"));
    }

    @Test
    void companyDomainsAreNotFreeMail() {
        assertFalse(free.contains("acme.com"));
        assertFalse(free.contains("gmail.acme.com"));
    }

    @Test
    void administratorCanAddDomains() {
        assertTrue(free.with(List.of("posteo.*")).contains("posteo.de"));
        assertTrue(free.with(List.of("posteo.*")).contains("gmail.com"));
        FreeMailDomains custom = FreeMailDomains.of(List.of("example.org")).with(List.of("example.net"));
        assertTrue(custom.contains("example.org"));
        assertFalse(custom.contains("gmail.com"));
    }
}
