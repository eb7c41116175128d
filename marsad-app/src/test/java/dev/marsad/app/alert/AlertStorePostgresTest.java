package dev.marsad.app.alert;

import dev.marsad.adapter.store.Database;
import dev.marsad.adapter.store.DatabaseConfig;
import java.util.Optional;

/** {@link AlertStoreTest} on PostgreSQL ({@code MARSAD_TEST_PG_URL}, as CI sets it); skipped when unset. */
class AlertStorePostgresTest extends AlertStoreTest {
    @Override
    Database open() throws Exception {
        if (database == null) {
            return AlertFixtures.postgres(); // a fresh schema
        }
        String url = System.getenv(AlertFixtures.PG_ENV); // a reopen keeps the data
        return Database.open(DatabaseConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + AlertFixtures.PG_SCHEMA, Optional.empty(), Optional.empty()));
    }
}
