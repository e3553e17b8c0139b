package dev.tandem.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncSettingsTest {

    @Test
    void backOffDoublesFromTheBaseUpToAnHour() {
        var settings = new SyncSettings();
        settings.retryBaseSeconds = 30;
        assertEquals(Duration.ofSeconds(30), settings.backoffAfter(1));
        assertEquals(Duration.ofSeconds(60), settings.backoffAfter(2));
        assertEquals(Duration.ofSeconds(240), settings.backoffAfter(4));
        assertEquals(Duration.ofHours(1), settings.backoffAfter(9));
        assertEquals(Duration.ofHours(1), settings.backoffAfter(500));
    }
}
