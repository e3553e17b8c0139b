package dev.tandem.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code detail} and extension members. */
public final class Problem {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://tandem.dev/problems/";

    private final Map<String, Object> members = new LinkedHashMap<>();

    private Problem(String slug, String title, int status, String detail) {
        members.put("type", TYPE_BASE + slug);
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), title, status,
                detail);
    }

    public Problem with(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public Problem withAll(Map<String, Object> extensions) {
        members.putAll(extensions);
        return this;
    }

    public Response toResponse() {
        return Response.status((int) members.get("status")).type(MEDIA_TYPE).entity(members).build();
    }
}
