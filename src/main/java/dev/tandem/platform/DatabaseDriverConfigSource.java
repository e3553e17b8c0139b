package dev.tandem.platform;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code tandem.db.datasource-class} from the JDBC URL the administrator configured, so that nobody has to
 * know JDBC class names. It reads the same places MicroProfile Config would (system property, then environment) and
 * sits below every other source: an explicit {@code TANDEM_DB_DATASOURCE_CLASS} still wins.
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    static final String KEY = "tandem.db.datasource-class";
    private static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    private static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public String getName() {
        return "tandem-database-driver";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    static String dataSourceClassFor(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String fromProperty = System.getProperty("tandem.db.url");
        return fromProperty != null ? fromProperty : System.getenv("TANDEM_DB_URL");
    }
}
