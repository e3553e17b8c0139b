package dev.tandem.connection.control;

/**
 * How control code asks for sessions without knowing about timers: the EJB timer boundary implements it.
 */
public interface SessionScheduling {

    /** Runs a session for the connection as soon as possible (after the current transaction commits). */
    void startSoon(long connectionId);

    /** No more sessions for the connection; a running one finishes. */
    void stop(long connectionId);
}
