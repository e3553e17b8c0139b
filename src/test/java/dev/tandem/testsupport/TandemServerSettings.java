package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@link TandemServer} starts with: its data folder and Tandem settings by their MicroProfile Config keys
 * ({@code tandem.demo.data}, {@code tandem.db.url}, …). The server receives them as environment variables
 * ({@code TANDEM_DEMO_DATA}, …), the way a Docker deployment configures Tandem. Immutable: every {@code with…}
 * returns a copy.
 */
public record TandemServerSettings(Path dataDir, Map<String, String> settings) {

    public TandemServerSettings {
        dataDir = dataDir.toAbsolutePath();
        settings = Map.copyOf(settings);
    }

    /** A new, empty data folder under {@code tandem.itData} (target/it-data), named after the test. */
    public static TandemServerSettings inFreshDataDir(String name) {
        Path root = Path.of(System.getProperty("tandem.itData", "target/it-data"));
        try {
            Files.createDirectories(root);
            return inDataDir(Files.createTempDirectory(root, name + "-").resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loopback allowed (tandem.net.allowed-networks), since the test peers listen there. */
    public static TandemServerSettings inDataDir(Path dataDir) {
        return new TandemServerSettings(dataDir, Map.of("tandem.net.allowed-networks", "127.0.0.0/8,::1/128"));
    }

    public TandemServerSettings with(String key, String value) {
        var copy = new LinkedHashMap<>(settings);
        copy.put(key, value);
        return new TandemServerSettings(dataDir, copy);
    }

    /** Users alice/alice-demo-1 (ADMIN, USER) and bob/bob-demo-1 (USER), two companies, four contacts. */
    public TandemServerSettings withDemoData() {
        return with("tandem.demo.data", "true");
    }

    public TandemServerSettings withFirstAdmin(String username, String password) {
        return with("tandem.admin.user", username).with("tandem.admin.password", password);
    }

    public TandemServerSettings withDatabase(String jdbcUrl, String user, String password) {
        return with("tandem.db.url", jdbcUrl).with("tandem.db.user", user).with("tandem.db.password", password);
    }

    /** The server's environment: {@code TANDEM_DATA_DIR} and every setting, named as MicroProfile Config maps them. */
    Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("TANDEM_DATA_DIR", dataDir.toString());
        settings.forEach((key, value) -> environment.put(environmentName(key), value));
        return environment;
    }

    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
