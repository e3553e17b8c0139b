package dev.tandem.crm;

import dev.tandem.testsupport.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Request bodies of the CRM API as api-v1.md spells them, and the values tests read back from answers. */
final class CrmJson {

    private CrmJson() {
    }

    static JsonObject company(String name, String domain) {
        return Json.createObjectBuilder().add("name", name).add("domains", Json.createArrayBuilder().add(domain))
                .build();
    }

    static JsonObject contact(String name, String email, Long companyId) {
        var contact = Json.createObjectBuilder().add("name", name).add("emails", Json.createArrayBuilder().add(email));
        return (companyId == null ? contact.addNull("companyId") : contact.add("companyId", companyId)).build();
    }

    static JsonObject note(String subject, Long contactId) {
        var contacts = Json.createArrayBuilder();
        if (contactId != null) {
            contacts.add(contactId);
        }
        return Json.createObjectBuilder().add("subject", subject).add("text", "Talked about the offer.")
                .add("contactIds", contacts).build();
    }

    static JsonObject newUser(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password)
                .add("displayName", "New " + username).add("email", username + "@tandem.test").build();
    }

    static byte[] oversizedContact() {
        String name = "x".repeat(1_100_000);
        return ("{\"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    static long idOf(ApiResponse response) {
        return response.json().getJsonNumber("id").longValue();
    }

    static List<Long> ids(ApiResponse page) {
        return page.items().stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).stream().map(value -> ((JsonString) value).getString())
                .toList();
    }
}
