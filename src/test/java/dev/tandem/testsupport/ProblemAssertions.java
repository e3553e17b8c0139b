package dev.tandem.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;

/** Checks that an answer is an RFC 9457 problem document a client can act on, and that it leaks no internals. */
public final class ProblemAssertions {

    /** Traces of a stack trace or of server classes, which a problem detail must not show. */
    private static final List<String> INTERNALS = List.of("\tat ", "at dev.tandem.", "java.lang.", "Exception",
            "jakarta.", "org.eclipse.", "org.glassfish.", "org.hibernate.");

    private ProblemAssertions() {
    }

    /**
     * The answer has this status, is {@code application/problem+json} with type, title, status and a detail that
     * mentions {@code detailMentions} (e.g. the field name), and shows no stack trace or Java class names.
     *
     * @return the problem document, for further checks
     */
    public static JsonObject assertProblem(ApiResponse response, int status, String detailMentions) {
        assertEquals(status, response.status(), () -> "status of " + response);
        assertEquals("application/problem+json", response.mediaType(), () -> "media type of " + response);
        JsonObject problem = response.json();
        assertEquals(status, problem.getInt("status"), () -> "status member of " + response);
        assertTrue(problem.containsKey("type") && problem.containsKey("title"), () -> "type and title: " + response);
        String detail = problem.getString("detail", "");
        assertTrue(detail.contains(detailMentions), () -> "detail should mention '" + detailMentions + "': "
                + response);
        assertNoInternals(response.body());
        return problem;
    }

    private static void assertNoInternals(String body) {
        for (String leak : INTERNALS) {
            assertFalse(body.contains(leak), () -> "internals ('" + leak + "') in: " + body);
        }
    }
}
