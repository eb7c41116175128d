package dev.marsad.adapter.store;

import java.nio.file.Path;

/**
 * A child process for {@link KillDuringIngestTest}: stores numbered inputs 0..N-1 into an H2 data directory,
 * printing {@code stored N} after each committed input, until it is killed.
 */
public final class IngestLoop {
    private IngestLoop() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Database database = Database.open(DatabaseConfig.h2(dataDir))) {
            JdbcArticleStore store = new JdbcArticleStore(database);
            for (int n = 0; n < count; n++) {
                store.put(StoreFixtures.numbered(n));
                System.out.println("stored " + n);
                System.out.flush();
            }
        }
    }
}
