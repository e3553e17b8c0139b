package dev.tandem.sync.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailMatcherTest {

    private final List<String> domainsAsked = new ArrayList<>();
    private final CrmDirectory crm = new CrmDirectory() {
        private final Map<String, Long> contacts = Map.of("ana@acme.com", 3L, "ana.private@gmail.com", 3L,
                "bob@beta.io", 4L);
        private final Map<String, Long> companies = Map.of("acme.com", 7L, "gmail.com", 99L);

        @Override
        public Optional<Long> findContactIdByEmail(String email) {
            return Optional.ofNullable(contacts.get(email));
        }

        @Override
        public Optional<Long> findCompanyIdByDomain(String domain) {
            domainsAsked.add(domain);
            return Optional.ofNullable(companies.get(domain));
        }
    };
    private final MailMatcher matcher = new MailMatcher(crm, FreeMailDomains.defaults());
    private final Set<String> own = Set.of("Alice@Tandem.test");

    @Test
    void contactAsSenderIsLoggedAsReceived() {
        MailDecision.Log log = logged(header("Ana <ANA@acme.com>", "alice@tandem.test"));
        assertEquals(List.of(3L), log.contactIds());
        assertEquals(List.of(7L), log.companyIds());
        assertEquals(MailDirection.RECEIVED, log.direction());
    }

    @Test
    void mailFromTheUserIsSentAndMatchesEveryRecipient() {
        MailDecision.Log log = logged(header("alice@TANDEM.test", "bob@beta.io", "x@acme.com"));
        assertEquals(List.of(4L), log.contactIds());
        assertEquals(List.of(7L), log.companyIds());
        assertEquals(MailDirection.SENT, log.direction());
    }

    @Test
    void unknownPersonAtAKnownCompanyIsLoggedOnTheCompany() {
        MailDecision.Log log = logged(header("carla@acme.com", "alice@tandem.test"));
        assertEquals(List.of(), log.contactIds());
        assertEquals(List.of(7L), log.companyIds());
    }

    @Test
    void freeMailDomainNeverMatchesACompany() {
        MailDecision decision = matcher.decide(header("stranger@gmail.com", "alice@tandem.test"), own);
        assertEquals(new MailDecision.Skip("no CRM contact among stranger@gmail.com"), decision);
        assertFalse(domainsAsked.contains("gmail.com"));
    }

    @Test
    void contactWithAFreeMailAddressStillMatches() {
        assertEquals(List.of(3L), logged(header("ana.private@gmail.com", "alice@tandem.test")).contactIds());
    }

    @Test
    void ownAddressIsNeverAMatchNorListed() {
        MailDecision decision = matcher.decide(header("alice@tandem.test", "x@y.com", "z@w.org"), own);
        assertEquals(new MailDecision.Skip("no CRM contact among x@y.com, z@w.org"), decision);
        MailMatcher everyoneIsACompany = new MailMatcher(crm, FreeMailDomains.of(List.of()));
        assertInstanceOf(MailDecision.Skip.class,
                everyoneIsACompany.decide(header("alice@tandem.test", "alice@tandem.test"), own));
    }

    @Test
    void mailToOneselfOnlyIsSkippedWithAClearReason() {
        MailDecision decision = matcher.decide(header("alice@tandem.test", "alice@tandem.test"), own);
        assertEquals(new MailDecision.Skip("only your own addresses are on this message"), decision);
    }

    @Test
    void ccCountsAndContactIdsAreNotRepeated() {
        MailHeader header = new MailHeader(1, "<m@x>", "Hi", OffsetDateTime.now(), MailAddress.of("x@y.com"),
                List.of(MailAddress.of("ana@acme.com")), List.of(MailAddress.of("ana.private@gmail.com")), 10);
        assertEquals(List.of(3L), logged(header).contactIds());
    }

    private MailDecision.Log logged(MailHeader header) {
        return assertInstanceOf(MailDecision.Log.class, matcher.decide(header, own));
    }

    static MailHeader header(String from, String... to) {
        return new MailHeader(1, "<m@x>", "Hi", OffsetDateTime.now(), address(from),
                java.util.Arrays.stream(to).map(MailMatcherTest::address).toList(), List.of(), 10);
    }

    private static MailAddress address(String text) {
        int lt = text.indexOf('<');
        return lt < 0 ? MailAddress.of(text)
                : new MailAddress(text.substring(lt + 1, text.length() - 1), text.substring(0, lt));
    }
}
