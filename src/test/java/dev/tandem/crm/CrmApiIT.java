package dev.tandem.crm;

import static dev.tandem.crm.CrmJson.company;
import static dev.tandem.crm.CrmJson.contact;
import static dev.tandem.crm.CrmJson.idOf;
import static dev.tandem.crm.CrmJson.ids;
import static dev.tandem.crm.CrmJson.newUser;
import static dev.tandem.crm.CrmJson.note;
import static dev.tandem.crm.CrmJson.oversizedContact;
import static dev.tandem.crm.CrmJson.strings;
import static dev.tandem.testsupport.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CRM API over HTTP against the real build (ROOT.war) on Payara Micro, with the demo users alice (ADMIN) and
 * bob. One deployment for all methods; every method makes its own records with unique names and addresses, so
 * none depends on another or on their order.
 */
@ExtendWith(ArquillianExtension.class)
class CrmApiIT {

    private static final String CONTACTS = "api/contacts";

    @ArquillianResource
    URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive realBuild() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tandem.war")));
    }

    @Test
    void companiesAreCreatedReadUpdatedAndDeleted() {
        String domain = unique("acme") + ".example";
        ApiResponse created = alice().post("api/companies", company(unique("Acme"), domain.toUpperCase()));
        assertEquals(201, created.status(), created::toString);
        long id = idOf(created);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/companies/" + id));
        assertEquals(List.of(domain), strings(alice().get("api/companies/" + id).json(), "domains"));

        ApiResponse renamed = alice().put("api/companies/" + id, company("Renamed " + domain, domain));
        assertEquals("Renamed " + domain, renamed.json().getString("name"), renamed::toString);
        assertEquals(204, alice().delete("api/companies/" + id).status());
        assertProblem(alice().get("api/companies/" + id), 404, String.valueOf(id));
    }

    @Test
    void contactsBelongToACompanyAndAreCreatedReadUpdatedAndDeleted() {
        long companyId = idOf(alice().post("api/companies", company(unique("Globex"), unique("globex") + ".com")));
        String email = unique("ana") + "@acme.example";
        ApiResponse created = alice().post(CONTACTS, contact("Ana", email, companyId));
        assertEquals(201, created.status(), created::toString);
        long id = idOf(created);
        assertEquals(companyId, alice().get(CONTACTS + "/" + id).json().getJsonNumber("companyId").longValue());

        String newEmail = unique("ana.new") + "@acme.example";
        ApiResponse updated = alice().put(CONTACTS + "/" + id, contact("Ana María", newEmail, companyId));
        assertEquals(List.of(newEmail), strings(updated.json(), "emails"), updated::toString);
        assertEquals(204, alice().delete(CONTACTS + "/" + id).status());
        assertProblem(alice().get(CONTACTS + "/" + id), 404, String.valueOf(id));
    }

    @Test
    void aContactIsFoundByAnyCaseOfItsAddress() {
        String email = unique("Pedro.Ruiz") + "@Acme.example";
        long id = idOf(bob().post(CONTACTS, contact("Pedro", email, null)));

        ApiResponse found = bob().get(CONTACTS + "?email=" + encode(email.toUpperCase()));
        assertEquals(200, found.status(), found::toString);
        assertEquals(List.of(id), ids(found));
        assertEquals(List.of(), ids(bob().get(CONTACTS + "?email=" + encode(unique("nobody") + "@acme.example"))));
    }

    @Test
    void anAddressBelongsToOneContactOnly() {
        String email = unique("shared") + "@acme.example";
        assertEquals(201, alice().post(CONTACTS, contact("First", email, null)).status());

        assertProblem(alice().post(CONTACTS, contact("Second", email.toUpperCase(), null)), 409, "");
    }

    @Test
    void pagesWalkEveryContactOnceInIdOrder() {
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(idOf(alice().post(CONTACTS, contact("Paged " + i, unique("paged") + "@acme.example", null))));
        }
        List<Long> seen = new ArrayList<>();
        ApiResponse page = alice().get(CONTACTS + "?limit=2");
        assertTrue(page.next().isPresent(), "a first page of 2 out of 3+ contacts has a next cursor");
        while (true) {
            assertTrue(page.items().size() <= 2, page::toString);
            seen.addAll(ids(page));
            if (page.next().isEmpty()) {
                break;
            }
            page = alice().get(CONTACTS + "?limit=2&cursor=" + encode(page.next().get()));
        }
        assertEquals(seen.stream().sorted().distinct().toList(), seen, "ascending, no repeats");
        assertTrue(seen.containsAll(created), () -> seen + " should contain " + created);
    }

    @Test
    void notesAreWrittenReadUpdatedAndDeletedByTheirOwner() {
        long contactId = idOf(alice().post(CONTACTS, contact("Noted", unique("noted") + "@acme.example", null)));
        ApiResponse created = alice().post("api/activities", note("Call", contactId));
        assertEquals(201, created.status(), created::toString);
        long id = idOf(created);
        assertEquals("NOTE", created.json().getString("type"));

        ApiResponse updated = alice().put("api/activities/" + id, note("Call back", contactId));
        assertEquals("Call back", updated.json().getString("subject"), updated::toString);
        assertTrue(ids(alice().get("api/activities?contactId=" + contactId)).contains(id));
        assertEquals(204, alice().delete("api/activities/" + id).status());
        assertProblem(alice().get("api/activities/" + id), 404, String.valueOf(id));
    }

    @Test
    void anotherUsersNoteDoesNotExistForThem() {
        long id = idOf(alice().post("api/activities", note("Private", null)));

        assertProblem(bob().get("api/activities/" + id), 404, String.valueOf(id));
        assertProblem(bob().put("api/activities/" + id, note("Taken over", null)), 404, String.valueOf(id));
        assertProblem(bob().delete("api/activities/" + id), 404, String.valueOf(id));
        assertEquals("Private", alice().get("api/activities/" + id).json().getString("subject"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(alice().send("POST", CONTACTS, "{\"name\": \"Ana\", \"emails\": ["), 400, "JSON");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        String body = "{\"name\": \"Ana\", \"companyId\": \"seven\"}";

        assertProblem(alice().send("POST", CONTACTS, body), 400, "companyId");
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        String body = "{\"type\": \"MEETING\", \"subject\": \"Lunch\"}";

        JsonObject problem = assertProblem(alice().send("POST", "api/activities", body), 400, "type");
        assertTrue(problem.getString("detail").contains("MEETING"), problem::toString);
    }

    @Test
    void anUnknownEnumValueInAListIsNamed() {
        var user = Json.createObjectBuilder(newUser(unique("dave"), "dave-password-1"))
                .add("roles", Json.createArrayBuilder().add("USER").add("SUPERUSER")).build();

        assertProblem(alice().post("api/users", user), 400, "roles");
    }

    @Test
    void anUnknownEnumValueInTheQueryIsNamed() {
        assertProblem(alice().get("api/activities?type=MEETING"), 400, "type");
        assertProblem(alice().get("api/activities?contactId=ana"), 400, "contactId");
    }

    @Test
    void aBodyOverTheLimitIsRefusedByItsContentLength() {
        // With Expect: 100-continue (RFC 9110 §10.1.1) the client waits for the verdict before sending the body;
        // without it the server's early answer can be lost when it closes the connection on the unread body.
        var request = alice().request(CONTACTS).header("Content-Type", "application/json").expectContinue(true)
                .POST(BodyPublishers.ofByteArray(oversizedContact())).build();

        assertProblem(alice().send(request), 413, "limit");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileReading() {
        byte[] body = oversizedContact();
        var request = alice().request(CONTACTS).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        assertProblem(alice().send(request), 413, "limit");
    }

    @Test
    void deeplyNestedJsonIsABadRequestNotAServerError() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);

        assertProblem(alice().send("POST", CONTACTS, "{\"name\": \"Ana\", \"emails\": " + nested + "}"), 400, "");
        assertProblem(alice().send("POST", CONTACTS, nested), 400, "");
        assertEquals(200, alice().get(CONTACTS).status(), "the server keeps answering");
    }

    @Test
    void beanValidationNamesEveryField() {
        String body = "{\"name\": \" \", \"emails\": [\"ana@acme.example\", \"not-an-address\"]}";

        JsonObject problem = assertProblem(alice().send("POST", CONTACTS, body), 400, "emails[1]");
        assertTrue(problem.getString("detail").contains("name"), problem::toString);
        assertEquals(2, problem.getJsonArray("errors").size(), problem::toString);
    }

    @Test
    void badPagingParametersAreNamed() {
        assertProblem(alice().get(CONTACTS + "?limit=0"), 400, "limit");
        assertProblem(alice().get(CONTACTS + "?limit=501"), 400, "limit");
        assertProblem(alice().get(CONTACTS + "?limit=ten"), 400, "limit");
        assertProblem(alice().get(CONTACTS + "?cursor=not-ours"), 400, "cursor");
    }

    @Test
    void aMalformedAddressToSearchIsNamed() {
        assertProblem(alice().get(CONTACTS + "?email=not-an-address"), 400, "email");
    }

    @Test
    void theApiNeedsCredentials() {
        ApiResponse anonymous = api().get(CONTACTS);

        assertProblem(anonymous, 401, "");
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous::toString);
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        ApiResponse wrong = api().as("alice", "not-her-password").get("api/me");

        assertProblem(wrong, 401, "password");
        assertTrue(wrong.header("WWW-Authenticate").orElse("").startsWith("Basic"), wrong::toString);
    }

    @Test
    void onlyAdminsCreateUsers() {
        assertProblem(bob().post("api/users", newUser(unique("eve"), "eve-password-1")), 403, "administrators");
    }

    @Test
    void aUserCreatedByAnAdminCanLogIn() {
        String username = unique("carol");
        ApiResponse created = alice().post("api/users", newUser(username, "carol-password-1"));
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.body().contains("carol-password-1"), created::toString);

        ApiResponse me = api().as(username, "carol-password-1").get("api/me");
        assertEquals(username, me.json().getString("username"), me::toString);
        assertEquals(List.of("USER"), strings(me.json(), "roles"));
    }

    @Test
    void theServerIsReady() {
        ApiResponse ready = api().get("health/ready");

        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
    }

    @Test
    void theOpenApiDocumentDescribesTheContacts() {
        JsonObject paths = api().get("openapi").json().getJsonObject("paths");

        assertTrue(paths.getJsonObject("/api/contacts").keySet().containsAll(List.of("get", "post")), paths::toString);
        assertTrue(paths.getJsonObject("/api/contacts/{id}").keySet().containsAll(List.of("get", "put", "delete")),
                paths::toString);
        var listParameters = paths.getJsonObject("/api/contacts").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
        assertTrue(listParameters.containsAll(List.of("email", "limit", "cursor")), listParameters::toString);
    }

    private ApiClient api() {
        try {
            return ApiClient.to(deploymentUrl.toURI().resolve("/"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiClient alice() {
        return api().as("alice", "alice-demo-1");
    }

    private ApiClient bob() {
        return api().as("bob", "bob-demo-1");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
