package dev.tandem.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A throw-away database on the machine's PostgreSQL (127.0.0.1:5432, trust authentication, user {@code postgres}):
 * created under a random name, dropped on {@link #close()} even while connections are open ({@code WITH (FORCE)},
 * PostgreSQL 13+).
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;
    private static final String USER = "postgres";

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    /** Whether anything listens on 127.0.0.1:5432; tests skip themselves when not. */
    public static boolean isListening() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }

    /** Creates {@code <prefix>_<random>}; the prefix must be a plain SQL identifier. */
    public static PostgresDatabase create(String prefix) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var database = new PostgresDatabase(prefix + "_" + suffix);
        database.administer("CREATE DATABASE " + database.name);
        return database;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public String user() {
        return USER;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    @Override
    public void close() {
        administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void administer(String sql) {
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (var connection = DriverManager.getConnection(url, USER, "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }
}
