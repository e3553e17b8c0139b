package dev.tandem.calendar.control.dav;

/**
 * Recognises a request that died on a pooled connection the server had already closed. Radicale answers
 * HTTP/1.0 and closes every connection, yet the JDK client pools it since no {@code Connection: close} came; the
 * next request on it fails before the server reads it. The JDK retries only GET and HEAD itself; every method
 * Tandem sends is idempotent (RFC 9110 §9.2.2; REPORT and PROPFIND are safe) and its writes are conditional, so
 * {@link CalDavHttp} retries them on a fresh connection.
 */
final class StaleConnection {

    private static final String JDK_MESSAGE = "header parser received no bytes";

    private StaleConnection() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t.getClass().getSimpleName().equals("ConnectionExpiredException")
                    || message != null && message.contains(JDK_MESSAGE)) {
                return true;
            }
        }
        return false;
    }
}
