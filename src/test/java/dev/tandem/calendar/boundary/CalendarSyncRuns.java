package dev.tandem.calendar.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Runs a user's calendar sync now through the API and waits for it, as the calendar ITs need between steps. */
final class CalendarSyncRuns {

    private CalendarSyncRuns() {
    }

    /** Asks for a session now and waits until the calendar half reports a newer lastSyncAt or a new error. */
    static void runAndWait(TandemHttp api) {
        String before = lastSync(api);
        assertEquals(202, api.post("api/me/sync/run", null).status());
        long deadline = System.currentTimeMillis() + 60_000;
        while (lastSync(api).equals(before)) {
            assertTrue(System.currentTimeMillis() < deadline, "no calendar sync within 60 s");
            pause();
        }
    }

    /** The calendar half's status: lastSyncAt, lastError and the rest. */
    static JsonObject calendarStatus(TandemHttp api) {
        JsonObject status = api.get("api/me/sync").object();
        JsonObject calendar = status.getJsonObject("calendar");
        assertFalse(calendar == null, status.toString());
        return calendar;
    }

    private static String lastSync(TandemHttp api) {
        JsonObject calendar = calendarStatus(api);
        return (calendar.isNull("lastSyncAt") ? "" : calendar.getString("lastSyncAt")) + " "
                + (calendar.isNull("lastError") ? "" : calendar.getString("lastError"));
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
