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
        assertEquals(new MailDecision.Skip("no CRM contact among stranger@gmail.com", List.of("stranger@gmail.com")),
                decision);
        assertFalse(domainsAsked.contains("gmail.com"));
    }

    @Test
    void contactWithAFreeMailAddressStillMatches() {
        assertEquals(List.of(3L), logged(header("ana.private@gmail.com", "alice@tandem.test")).contactIds());
    }

    @Test
    void ownAddressIsNeverAMatchNorListed() {
        MailDecision decision = matcher.decide(header("alice@tandem.test", "x@y.com", "z@w.org"), own);
        assertEquals(new MailDecision.Skip("no CRM contact among x@y.com, z@w.org", List.of("x@y.com", "z@w.org")),
                decision);
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

    @Test
    void aBlockedAddressAnywhereOnTheMailKeepsItOutAndTheReasonSaysWhichList() {
        var rules = new MailRules(new Blocklist(List.of(new Blocklist.Entry("Ana@Acme.com", false, false))),
                Set.of(), true);
        MailDecision decision = new MailMatcher(crm, FreeMailDomains.defaults(), rules)
                .decide(header("bob@beta.io", "alice@tandem.test", "ana@acme.com"), own);
        assertEquals(new MailDecision.Skip("ana@acme.com is on your blocklist (address ana@acme.com)"), decision);
    }

    @Test
    void aBlockedDomainCoversItsSubdomainsButNotLookAlikes() {
        var rules = new MailRules(new Blocklist(List.of(new Blocklist.Entry("acme.com", true, true))), Set.of(), true);
        var matcher = new MailMatcher(crm, FreeMailDomains.defaults(), rules);
        MailDecision decision = matcher.decide(header("news@mail.acme.com", "alice@tandem.test"), own);
        assertEquals(new MailDecision.Skip("news@mail.acme.com is on the CRM's blocklist (domain acme.com)"), decision);
        assertInstanceOf(MailDecision.Log.class, matcher.decide(header("bob@beta.io", "alice@tandem.test"), own));
        assertInstanceOf(MailDecision.Skip.class, matcher.decide(header("x@notacme.com", "alice@tandem.test"), own));
    }

    @Test
    void bulkMailFromAContactIsSkippedUnlessTheUserLogsBulkMail() {
        MailHeader bulk = new MailHeader(1, "<m@x>", "News", OffsetDateTime.now(), MailAddress.of("ana@acme.com"),
                List.of(MailAddress.of("alice@tandem.test")), List.of(), 10, true);
        var off = new MailMatcher(crm, FreeMailDomains.defaults(), new MailRules(Blocklist.empty(), Set.of(), false));
        assertEquals(new MailDecision.Skip("bulk mail (List-Unsubscribe or Precedence: bulk); logging bulk mail is off"),
                off.decide(bulk, own));
        var on = new MailMatcher(crm, FreeMailDomains.defaults(), new MailRules(Blocklist.empty(), Set.of(), true));
        assertInstanceOf(MailDecision.Log.class, on.decide(bulk, own));
    }

    @Test
    void mailOnlyAmongColleaguesIsSkippedUnlessAContactIsOnIt() {
        var rules = new MailRules(Blocklist.empty(), Set.of("bob@acme.com", "carol@acme.com"), true);
        var matcher = new MailMatcher(crm, FreeMailDomains.defaults(), rules);
        assertEquals(new MailDecision.Skip("only users of this CRM are on this message, and no contact"),
                matcher.decide(header("bob@acme.com", "alice@tandem.test", "carol@acme.com"), own));
        assertEquals(List.of(3L), logged(matcher, header("bob@acme.com", "alice@tandem.test", "ana@acme.com"))
                .contactIds());
    }

    private static MailDecision.Log logged(MailMatcher matcher, MailHeader header) {
        return assertInstanceOf(MailDecision.Log.class, matcher.decide(header, Set.of("alice@tandem.test")));
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
