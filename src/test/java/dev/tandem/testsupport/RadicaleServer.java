package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real Radicale 3 (Debian's {@code /usr/bin/radicale}) started as a child process on 127.0.0.1 and a free port,
 * with its configuration, htpasswd file and storage in a fresh folder under {@code target/}. Tests talk real
 * CalDAV to it; {@link #close()} stops the process and deletes the folder.
 *
 * <pre>{@code
 * try (var radicale = RadicaleServer.start()) {
 *     radicale.addUser("ana", "secret");
 *     URI calendar = radicale.createCalendar("ana", "work", "Work", "VEVENT", "VTODO");
 * }
 * }</pre>
 */
public final class RadicaleServer implements AutoCloseable {

    private final Path home;
    private final int port;
    private final RadicalePasswordHashing hashing;
    private final Process process;

    private RadicaleServer(Path home, int port, RadicalePasswordHashing hashing, Process process) {
        this.home = home;
        this.port = port;
        this.hashing = hashing;
        this.process = process;
    }

    public static RadicaleServer start() {
        return start(RadicalePasswordHashing.PLAIN);
    }

    /** Starts Radicale and returns once it answers HTTP, or fails after {@link RadicaleProcess#STARTUP_TIMEOUT}. */
    public static RadicaleServer start(RadicalePasswordHashing hashing) {
        try {
            Path home = Files.createTempDirectory(Path.of("target"), "radicale-");
            int port = freePort();
            Path config = RadicaleConfig.write(home, port, hashing);
            Files.createFile(home.resolve(RadicaleConfig.USERS_FILE));
            Process process = RadicaleProcess.launch(config, home.resolve("radicale.log"), port);
            return new RadicaleServer(home, port, hashing, process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server root, e.g. {@code http://127.0.0.1:5232/}: a starting point for CalDAV discovery. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Where Radicale puts a user's principal, which is also the user's calendar home. */
    public URI principalUri(String user) {
        return baseUri().resolve(user + "/");
    }

    public void addUser(String user, String password) {
        RadicaleUsers.add(home.resolve(RadicaleConfig.USERS_FILE), hashing, user, password);
    }

    /**
     * Creates a calendar collection the way Radicale stores one (a folder with {@code .Radicale.props}), so no
     * MKCALENDAR request is needed before the client under test is pointed at it.
     *
     * @param components the iCalendar component names it accepts (RFC 4791 §5.2.3), e.g. VEVENT, VTODO
     * @return the collection URL, ending with a slash
     */
    public URI createCalendar(String user, String name, String displayName, String... components) {
        Path folder = home.resolve("collections/collection-root").resolve(user).resolve(name);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(".Radicale.props"), calendarProps(displayName, components),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return principalUri(user).resolve(name + "/");
    }

    private static String calendarProps(String displayName, String... components) {
        String jsonName = displayName.replace("\\", "\\\\").replace("\"", "\\\"");
        return "{\"tag\": \"VCALENDAR\", \"D:displayname\": \"" + jsonName
                + "\", \"C:supported-calendar-component-set\": \"" + String.join(",", components) + "\"}";
    }

    private static int freePort() {
        return FreePorts.next();
    }

    @Override
    public void close() {
        RadicaleProcess.stop(process);
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
