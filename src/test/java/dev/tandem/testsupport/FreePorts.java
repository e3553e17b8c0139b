package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Loopback TCP ports that were free a moment ago, for servers a test starts as child processes. The operating
 * system picks them (bind to port 0), so parallel tests and other engineers' servers do not collide; a port can
 * still be taken between this call and the child's bind, so callers retry a failed start with fresh ports.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** {@code count} distinct ports, all held open together while they are chosen so none repeats. */
    public static List<Integer> allocate(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        } finally {
            held.forEach(FreePorts::closeQuietly);
        }
    }

    /** One free loopback port. */
    public static int next() {
        return allocate(1).get(0);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Only ever a port we just opened: nothing to report.
        }
    }
}
