package dev.tandem.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on 127.0.0.1 that keeps the path of every request and answers it with an empty 200 (or an HTML
 * page given by {@link #servePage}): the "outside world" a test mail points at (a tracking image, a script's
 * beacon), so that a test sees whether a page reached out.
 */
public final class RequestRecorder implements AutoCloseable {

    private final HttpServer server;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, String> pages = new java.util.concurrent.ConcurrentHashMap<>();

    private RequestRecorder(HttpServer server) {
        this.server = server;
    }

    public static RequestRecorder start() {
        try {
            var recorder = new RequestRecorder(HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
            recorder.server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                recorder.paths.add(path);
                byte[] page = recorder.pages.getOrDefault(path, "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length == 0 ? -1 : page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            recorder.server.start();
            return recorder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From now on answers {@code /<path>} with this HTML page. */
    public void servePage(String path, String html) {
        pages.put("/" + path, html);
    }

    /** {@code http://127.0.0.1:<port>/<path>}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** The paths asked for so far, in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
