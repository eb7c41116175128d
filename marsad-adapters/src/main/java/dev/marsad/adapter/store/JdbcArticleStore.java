package dev.marsad.adapter.store;

import dev.marsad.model.Analysis;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.model.ArticleRef;
import dev.marsad.model.StoredArticle;
import dev.marsad.port.ArticleStore;
import dev.marsad.port.PutReport;
import dev.marsad.port.StoryPlacement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link ArticleStore} in a SQL database (embedded H2 or PostgreSQL) through plain JDBC.
 *
 * <ul>
 *   <li>Idempotent: a row per content hash; storing an article already there returns the stored one.</li>
 *   <li>Atomic per input: all articles of one {@link Analysis} are stored in one transaction, so a killed
 *       process leaves each input either fully stored or not at all.</li>
 *   <li>Each row keeps the analysed article as explicit JSON ({@link ArticleJson}), its source and index,
 *       the content hash and the time it was first stored.</li>
 * </ul>
 * Thread-safe. Failures throw {@link StoreException}.
 */
public final class JdbcArticleStore implements ArticleStore {
    private static final String COLUMNS = "id, source, article_index, stored_at, json_format, body";
    private static final String INSERT = "INSERT INTO article (id, content_hash, source, article_index, title,"
            + " published, stored_at, json_format, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final Clock clock;

    public JdbcArticleStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public JdbcArticleStore(Database database) {
        this(database, Clock.systemUTC());
    }

    @Override
    public List<StoredArticle> put(Analysis analysis) {
        return putReporting(analysis).articles();
    }

    /** Stores every article of {@code analysis} in one transaction and says how many were new; places none. */
    public PutReport putReporting(Analysis analysis) {
        return put(analysis, (before, added) -> Map.of());
    }

    /**
     * Stores every article of {@code analysis} and their story assignments ({@code story_member}) in one
     * transaction, holding the {@code story_clock} lock, so writers in other processes wait their turn.
     */
    @Override
    public PutReport put(Analysis analysis, StoryPlacement placement) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(placement, "placement");
        try {
            return database.inTransaction(c -> insertAll(c, analysis, placement));
        } catch (StoreException e) {
            // Another process stored the same article between our look-up and insert: the input's transaction
            // was rolled back whole, and a second attempt finds the row and skips it.
            if (isUniqueViolation(e)) {
                return database.inTransaction(c -> insertAll(c, analysis, placement));
            }
            throw e;
        }
    }

    private PutReport insertAll(Connection c, Analysis analysis, StoryPlacement placement) throws SQLException {
        int before = StoryClock.lock(c);
        Instant now = clock.instant();
        List<StoredArticle> out = new ArrayList<>();
        List<StoredArticle> added = new ArrayList<>();
        for (int i = 0; i < analysis.articles().size(); i++) {
            AnalyzedArticle article = analysis.articles().get(i);
            String hash = ContentHash.of(article);
            Optional<StoredArticle> existing = byHash(c, hash);
            if (existing.isPresent()) {
                out.add(existing.get());
                continue;
            }
            StoredArticle stored = new StoredArticle(ContentHash.id(article), new ArticleRef(analysis.source(), i),
                    article, now);
            insert(c, stored, hash);
            out.add(stored);
            added.add(stored);
        }
        if (!added.isEmpty()) {
            JdbcStoryStore.assign(c, placement.place(before, added));
            StoryClock.advance(c, added.size());
        }
        return new PutReport(out, added.size());
    }

    private static void insert(Connection c, StoredArticle stored, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, stored.id());
            ps.setString(2, hash);
            ps.setString(3, clip(stored.ref().source(), 4096));
            ps.setInt(4, stored.ref().index());
            ps.setString(5, clip(stored.article().article().metadata().title().orElse(null), 4096));
            ps.setString(6, clip(stored.article().article().metadata().published().orElse(null), 64));
            ps.setObject(7, OffsetDateTime.ofInstant(stored.storedAt(), ZoneOffset.UTC));
            ps.setInt(8, ArticleJson.FORMAT);
            ps.setString(9, ArticleJson.write(stored.article()));
            ps.executeUpdate();
        }
    }

    private static Optional<StoredArticle> byHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE content_hash = ?")) {
            ps.setString(1, hash);
            return one(ps);
        }
    }

    @Override
    public List<StoredArticle> articles() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                List<StoredArticle> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    @Override
    public List<StoredArticle> articlesFrom(int offset) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article ORDER BY seq OFFSET ? ROWS")) {
                ps.setInt(1, Math.max(0, offset));
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredArticle> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public List<StoredArticle> articles(int offset, int limit) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article ORDER BY seq OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setInt(1, Math.max(0, offset));
                ps.setInt(2, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredArticle> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
                ps.setString(1, id);
                return one(ps);
            }
        });
    }

    /** True when some article was stored from {@code source} (an input path or URL as given). */
    public boolean hasSource(String source) {
        Objects.requireNonNull(source, "source");
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE source = ?")) {
                ps.setString(1, source);
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public int count() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static Optional<StoredArticle> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static StoredArticle row(ResultSet rs) throws SQLException {
        int format = rs.getInt("json_format");
        if (format != ArticleJson.FORMAT) {
            throw new StoreException("article " + rs.getString("id") + " has unknown format " + format);
        }
        Instant storedAt = rs.getObject("stored_at", OffsetDateTime.class).toInstant();
        return new StoredArticle(rs.getString("id"),
                new ArticleRef(rs.getString("source"), rs.getInt("article_index")),
                ArticleJson.read(rs.getString("body")), storedAt);
    }

    /** Clipped to the column's width, so an overlong value is stored shortened rather than failing the input. */
    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static boolean isUniqueViolation(StoreException e) {
        return e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }

    /** Closes the underlying database. */
    @Override
    public void close() {
        database.close();
    }
}
