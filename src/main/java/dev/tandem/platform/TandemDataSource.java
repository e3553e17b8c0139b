package dev.tandem.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one database of Tandem. Its URL and credentials come from MicroProfile Config (environment
 * {@code TANDEM_DB_URL}, {@code TANDEM_DB_USER}, {@code TANDEM_DB_PASSWORD}); the default is an H2 file in the data
 * folder. The driver class follows from the URL ({@link DatabaseDriverConfigSource}), so switching to PostgreSQL is a
 * single setting.
 */
@Singleton
@DataSourceDefinition(
        name = TandemDataSource.JNDI_NAME,
        className = "${MPCONFIG=tandem.db.datasource-class}",
        url = "${MPCONFIG=tandem.db.url}",
        user = "${MPCONFIG=tandem.db.user}",
        password = "${MPCONFIG=tandem.db.password}",
        minPoolSize = 1,
        maxPoolSize = 20)
public class TandemDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/tandem";
}
