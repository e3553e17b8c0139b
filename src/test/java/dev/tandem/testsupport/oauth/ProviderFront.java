package dev.tandem.testsupport.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The provider's HTTP front, as Tandem sees it, on 127.0.0.1: {@code /token/<issuer>} passes token requests to the
 * real OAuth server (remembering what it grants, and answering {@code invalid_grant} once a consent is withdrawn,
 * RFC 6749 §5.2), and every other path is the provider's CalDAV, which accepts only a bearer token the OAuth server
 * granted (RFC 6750 §3: 401 otherwise) and passes the request on to Radicale as that account's calendar user.
 */
final class ProviderFront implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "authorization", "transfer-encoding");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final IssuedTokens tokens;
    private final Function<String, URI> tokenEndpoint;
    private final Map<String, OAuthAccount> accounts;
    private final URI calendarServer;

    ProviderFront(IssuedTokens tokens, Function<String, URI> tokenEndpoint, Map<String, OAuthAccount> accounts,
                  URI calendarServer) {
        this.tokens = tokens;
        this.tokenEndpoint = tokenEndpoint;
        this.accounts = Map.copyOf(accounts);
        this.calendarServer = calendarServer;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/token/")) {
                token(exchange, path.substring("/token/".length()));
            } else {
                calendar(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void token(HttpExchange exchange, String issuerId) throws IOException, InterruptedException {
        tokens.counted(issuerId);
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (tokens.isRevoked(issuerId)) {
            reply(exchange, 400, "application/json",
                    "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
            return;
        }
        var forward = HttpRequest.newBuilder(tokenEndpoint.apply(issuerId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        copyHeaders(exchange, forward, true);
        HttpResponse<String> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
            tokens.issued(issuerId, Json.createReader(new StringReader(answer.body())).readObject()
                    .getString("access_token"), scopeOf(new String(body, StandardCharsets.UTF_8)));
        }
        reply(exchange, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("application/json"),
                answer.body());
    }

    /** The {@code scope} of a form-encoded token request (RFC 6749 §6), or null when it asks for none. */
    private static String scopeOf(String form) {
        for (String pair : form.split("&")) {
            if (pair.startsWith("scope=")) {
                return java.net.URLDecoder.decode(pair.substring("scope=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void calendar(HttpExchange exchange) throws IOException, InterruptedException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        var account = authorization != null && authorization.startsWith("Bearer ")
                ? tokens.findGrant(authorization.substring(7)).map(grant -> accounts.get(grant.issuerId()))
                : java.util.Optional.<OAuthAccount>empty();
        if (account.isEmpty()) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            reply(exchange, 401, "text/plain", "invalid token");
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        var forward = HttpRequest.newBuilder(calendarServer.resolve(exchange.getRequestURI().getRawPath()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", basic(account.get()));
        copyHeaders(exchange, forward, false);
        HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        byte[] payload = answer.body();
        exchange.sendResponseHeaders(answer.statusCode(), payload.length == 0 ? -1 : payload.length);
        exchange.getResponseBody().write(payload);
    }

    private static void copyHeaders(HttpExchange exchange, HttpRequest.Builder forward, boolean withAuthorization) {
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean authorization = "authorization".equals(lower);
            if ((!NOT_FORWARDED.contains(lower) || (authorization && withAuthorization))) {
                values.forEach(value -> forward.header(name, value));
            }
        });
    }

    private static String basic(OAuthAccount account) {
        String pair = account.calendarUser() + ":" + account.calendarPassword();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
