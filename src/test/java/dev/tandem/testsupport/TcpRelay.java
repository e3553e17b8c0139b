package dev.tandem.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a fixed loopback port in front of a real server, that a test can take down and bring back on the
 * same port: an outage as the application under test sees it, without touching the server behind. It also keeps
 * what clients sent, line by line and per connection, so a test can count a protocol's round trips (for IMAP, one
 * tagged command line is one round trip unless the client pipelines). It can also slow the server's answers down to
 * a given rate, so that a long transfer (a first mail import) takes long enough to be watched.
 */
public final class TcpRelay implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Relayed> relayed = new CopyOnWriteArrayList<>();

    /**
     * One relayed connection: when it was accepted and when its client last ended a line ({@code System.nanoTime}),
     * and the lines the client sent.
     */
    public record Relayed(long openedNanos, java.util.concurrent.atomic.AtomicLong lastLineNanos, List<String> lines) {
    }
    private ServerSocket listener;
    private volatile int serverBytesPerSecond;

    private TcpRelay(int port, int targetPort) {
        this.port = port;
        this.targetPort = targetPort;
    }

    /** Relays a free loopback port to {@code targetPort} on 127.0.0.1. */
    public static TcpRelay to(int targetPort) {
        return new TcpRelay(FreePorts.next(), targetPort).up();
    }

    public int port() {
        return port;
    }

    /** Accepts connections again, on the same port. */
    public synchronized TcpRelay up() {
        try {
            listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            listener.setReuseAddress(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket accepting = listener;
        daemon(() -> acceptLoop(accepting));
        return this;
    }

    /** Refuses new connections and cuts the open ones, as a crashed server would. */
    public synchronized void down() {
        closeQuietly(listener);
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    /**
     * From now on, passes what the server sends to each connection at about {@code bytesPerSecond} (0: as fast as
     * it comes). What clients send is never slowed.
     */
    public TcpRelay throttleServerTo(int bytesPerSecond) {
        this.serverBytesPerSecond = bytesPerSecond;
        return this;
    }

    /** What each connection accepted so far sent, in the order they were opened; lines without their CRLF. */
    public List<List<String>> clientLines() {
        return relayed.stream().map(r -> List.copyOf(r.lines())).toList();
    }

    /** Every connection accepted so far, in order, with its timing. */
    public List<Relayed> connections() {
        return List.copyOf(relayed);
    }

    @Override
    public void close() {
        down();
    }

    private void acceptLoop(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                long now = System.nanoTime();
                var connection = new Relayed(now, new java.util.concurrent.atomic.AtomicLong(now),
                        new CopyOnWriteArrayList<>());
                relayed.add(connection);
                pipe(new LineTap(client.getInputStream(), connection), server);
                throttledPipe(server.getInputStream(), client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(InputStream from, Socket to) {
        daemon(() -> {
            try (InputStream in = from; OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                closeQuietly(to);
            }
            closeQuietly(to);
        });
    }

    /** As {@link #pipe}, in chunks spaced out to the rate of {@link #throttleServerTo(int)} while one is set. */
    private void throttledPipe(InputStream from, Socket to) {
        daemon(() -> {
            byte[] chunk = new byte[1024];
            try (InputStream in = from; OutputStream out = to.getOutputStream()) {
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    out.write(chunk, 0, n);
                    out.flush();
                    int rate = serverBytesPerSecond;
                    if (rate > 0) {
                        Thread.sleep(Math.max(1, n * 1000L / rate));
                    }
                }
            } catch (IOException | InterruptedException cut) {
                closeQuietly(to);
            }
            closeQuietly(to);
        });
    }

    /** Passes bytes through unchanged and keeps each line it saw (ISO-8859-1, so no byte is lost to decoding). */
    private static final class LineTap extends java.io.FilterInputStream {
        private final Relayed connection;
        private final StringBuilder line = new StringBuilder();

        LineTap(InputStream in, Relayed connection) {
            super(in);
            this.connection = connection;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i] & 0xff);
            }
            return n;
        }

        private void see(int b) {
            if (b == '\n') {
                connection.lines().add(line.toString().stripTrailing());
                connection.lastLineNanos().set(System.nanoTime());
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            return;
        }
    }
}
