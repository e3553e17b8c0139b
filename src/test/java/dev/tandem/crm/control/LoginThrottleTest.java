package dev.tandem.crm.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = throttle(3, 10);

    @Test
    void anAccountIsRefusedAfterItsFailuresUntilTheOldestLeavesTheWindow() {
        fail("ana", "10.0.0.1", 3);

        assertEquals(Optional.of(Duration.ofSeconds(300)), throttle.findWait("ana", "10.0.0.2"));
        assertEquals(Optional.of(Duration.ofSeconds(300)), throttle.findWait("ANA ", "10.0.0.2"), "case and spaces");
        assertEquals(Optional.empty(), throttle.findWait("bob", "10.0.0.2"), "other accounts go on");
        clock.advance(Duration.ofSeconds(300));
        assertEquals(Optional.empty(), throttle.findWait("ana", "10.0.0.2"));
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedForAllOfThem() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }

        assertTrue(throttle.findWait("someone-else", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.findWait("someone-else", "10.0.0.8"));
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        fail("ana", "10.0.0.1", 2);
        throttle.recordSuccess("ana");
        fail("ana", "10.0.0.1", 2);

        assertEquals(Optional.empty(), throttle.findWait("ana", "10.0.0.1"));
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, address);
        }
    }

    private LoginThrottle throttle(int perAccount, int perAddress) {
        var created = new LoginThrottle();
        created.perAccount = perAccount;
        created.perAddress = perAddress;
        created.windowSeconds = 300;
        created.clock = clock;
        created.start();
        return created;
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
