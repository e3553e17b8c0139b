package dev.tandem.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * TCP ports that were free a moment ago, for servers a test starts as child processes. They are drawn at random
 * below the kernel's ephemeral range (32768-60999 on Linux): a port from bind(0) is an ephemeral one, which any
 * outgoing connection on the machine (a browser, Maven, another test) may take before the child binds it, and a
 * server then announced on that port was seen to be unreachable. A port can still be taken in between, so callers
 * retry a failed start with fresh ports.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private FreePorts() {
    }

    /** {@code count} distinct ports, all held open together while they are chosen so none repeats. */
    public static List<Integer> allocate(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            while (ports.size() < count) {
                int candidate = FIRST + RANDOM.nextInt(LAST - FIRST);
                tryHold(candidate).ifPresent(socket -> {
                    held.add(socket);
                    ports.add(candidate);
                });
            }
            return List.copyOf(ports);
        } finally {
            held.forEach(FreePorts::closeQuietly);
        }
    }

    /** One free loopback port. */
    public static int next() {
        return allocate(1).get(0);
    }

    /** Bound on every interface, as the servers under test bind. */
    private static java.util.Optional<ServerSocket> tryHold(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(false);
            socket.bind(new java.net.InetSocketAddress(port), 1);
            return java.util.Optional.of(socket);
        } catch (IOException taken) {
            return java.util.Optional.empty();
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Only ever a port we just opened: nothing to report.
        }
    }
}
