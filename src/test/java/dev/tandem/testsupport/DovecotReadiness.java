package dev.tandem.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Waits until a starting Dovecot greets IMAP and POP3 clients as ready. Binding the ports is not enough: until the
 * auth process answers, Dovecot greets with "Waiting for authentication process to respond".
 */
final class DovecotReadiness {

    private static final int POLL_MILLIS = 20;

    private DovecotReadiness() {
    }

    /** False when the process died (a port was taken, say) or the timeout passed. */
    static boolean await(Process process, DovecotPorts ports, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (process.isAlive() && System.currentTimeMillis() < deadline) {
            if (greets(ports.imap(), "* OK") && greets(ports.pop3(), "+OK")) {
                return true;
            }
            pause();
        }
        return false;
    }

    private static boolean greets(int port, String okPrefix) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DovecotServer.HOST, port), 200);
            socket.setSoTimeout(1000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = in.readLine();
            return greeting != null && greeting.startsWith(okPrefix) && greeting.contains(DovecotConfig.GREETING);
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Dovecot was starting", e);
        }
    }
}
