package dev.tandem.calendar.control.graph;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Graph event JSON as Outlook writes it, for tests: the shapes of learn.microsoft.com's event resource page. */
public final class GraphJsonSamples {

    private GraphJsonSamples() {
    }

    /** A meeting on 2026-12-15 from 10:00 to 11:00 in Madrid, organised by the user. */
    public static JsonObjectBuilder meeting(String subject) {
        return Json.createObjectBuilder().add("subject", subject)
                .add("body", Json.createObjectBuilder().add("contentType", "text").add("content", "Agenda"))
                .add("location", Json.createObjectBuilder().add("displayName", "Room 1"))
                .add("start", time("2026-12-15T10:00:00", "Europe/Madrid"))
                .add("end", time("2026-12-15T11:00:00", "Europe/Madrid"))
                .add("isAllDay", false).add("showAs", "busy");
    }

    public static JsonObject time(String local, String zone) {
        return Json.createObjectBuilder().add("dateTime", local).add("timeZone", zone).build();
    }

    public static JsonObject person(String address, String name) {
        return Json.createObjectBuilder().add("emailAddress", Json.createObjectBuilder().add("address", address)
                .add("name", name)).build();
    }

    /** @param response Graph's responseType: none, accepted, tentativelyAccepted, declined… */
    public static JsonObject attendee(String address, String type, String response) {
        return Json.createObjectBuilder(person(address, address.substring(0, address.indexOf('@'))))
                .add("type", type).add("status", Json.createObjectBuilder().add("response", response)).build();
    }

    public static JsonArrayBuilder array(JsonObject... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject value : values) {
            array.add(value);
        }
        return array;
    }
}
