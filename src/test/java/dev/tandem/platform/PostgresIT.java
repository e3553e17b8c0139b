package dev.tandem.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.PostgresDatabase;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import jakarta.json.Json;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tandem on the machine's PostgreSQL instead of H2: the same migrations run, and the API reads and writes there.
 * Skipped, with a message, only when nothing listens on 127.0.0.1:5432.
 */
class PostgresIT {

    /** PostgreSQL here trusts local connections and ignores it; it is set to check that it is never logged. */
    private static final String DB_PASSWORD = "pg-secret-" + System.nanoTime();

    private static PostgresDatabase database;
    private static TandemServer server;

    @BeforeAll
    static void startOnAFreshDatabase() {
        assumeTrue(PostgresDatabase.isListening(), "No PostgreSQL listens on 127.0.0.1:5432");
        database = PostgresDatabase.create("tandem_it");
        server = TandemServer.start(TandemServerSettings.inFreshDataDir("postgres").withDemoData()
                .withDatabase(database.jdbcUrl(), database.user(), DB_PASSWORD));
    }

    @AfterAll
    static void dropTheDatabase() {
        if (server != null) {
            server.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyMigrationRanOnPostgres() throws SQLException {
        ApiResponse ready = ApiClient.to(server.baseUri()).get("health/ready");
        assertEquals(200, ready.status(), ready::toString);

        assertEquals(migrationScriptVersions(), appliedMigrations());
    }

    @Test
    void contactsAreWrittenReadAndDeletedInPostgres() throws SQLException {
        var alice = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
        var input = Json.createObjectBuilder().add("name", "Olga").add("emails",
                Json.createArrayBuilder().add("Olga@PG.example")).build();
        long id = alice.post("api/contacts", input).json().getJsonNumber("id").longValue();

        assertEquals(List.of("Olga@pg.example"), emailsInTable(id), "stored with the domain lower-cased");
        var found = alice.get("api/contacts?email=OLGA@pg.example").items().getJsonObject(0);
        assertEquals(id, found.getJsonNumber("id").longValue());
        assertEquals(204, alice.delete("api/contacts/" + id).status());
        assertTrue(emailsInTable(id).isEmpty());
    }

    @Test
    void theDatabasePasswordIsNotLogged() {
        assertFalse(server.log().isEmpty());
        assertFalse(server.log().contains(DB_PASSWORD));
    }

    /** The versions of every script in db/migration: all of them must apply on PostgreSQL as they do on H2. */
    private static List<String> migrationScriptVersions() {
        try (var scripts = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> appliedMigrations() throws SQLException {
        return strings("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                + "ORDER BY installed_rank");
    }

    private static List<String> emailsInTable(long contactId) throws SQLException {
        return strings("SELECT email FROM contact_email WHERE contact_id = " + contactId);
    }

    private static List<String> strings(String sql) throws SQLException {
        try (var connection = database.connect(); var rows = connection.createStatement().executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
