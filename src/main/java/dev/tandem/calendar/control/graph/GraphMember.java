package dev.tandem.calendar.control.graph;

import java.time.Instant;
import java.util.Objects;

/**
 * One Graph event as Tandem last saw it. A single event is one item; a recurring series is one item too (its
 * master), which Tandem learns of through the occurrences and exceptions the calendar view shows.
 *
 * @param uid            for singles and masters the item's UID: the {@code transactionId} Tandem created it with,
 *                       else Graph's {@code iCalUId}; empty for occurrences and exceptions
 * @param seriesMasterId for occurrences and exceptions, their master; else empty
 * @param start          when the event (for a master: its first instance) starts
 * @param end            when it ends; for a master the end of its first instance
 */
record GraphMember(Kind kind, String etag, String uid, String seriesMasterId, Instant start, Instant end) {

    enum Kind {
        SINGLE, INSTANCE, MASTER
    }

    GraphMember {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(seriesMasterId, "seriesMasterId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
