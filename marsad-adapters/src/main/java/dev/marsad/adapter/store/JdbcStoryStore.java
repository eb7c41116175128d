package dev.marsad.adapter.store;

import dev.marsad.model.Story;
import dev.marsad.pipeline.StoryRun;
import dev.marsad.port.StoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link StoryStore} in a SQL database through plain JDBC. Each story is a row of explicit JSON
 * ({@link StoryJson}) with its size and latest date, so readers get them in order; {@code story_member} maps each
 * article to its story. Writes hold the {@code story_clock} lock ({@link StoryClock}) and are refused when the
 * stories were made of another number of articles than the store holds; {@link #replaceAll} swaps the whole set
 * in one transaction, so readers see the old stories or the new ones, never a mix. Thread-safe.
 */
public final class JdbcStoryStore implements StoryStore {
    /** Article ids per look-up query: well under every database's parameter limit. */
    private static final int LOOKUP_BATCH = 500;
    private final Database database;

    public JdbcStoryStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void replaceAll(List<Story> stories, Map<String, String> storyOfArticle, int placed) {
        List<Story> copy = List.copyOf(Objects.requireNonNull(stories, "stories"));
        Map<String, String> members = Map.copyOf(Objects.requireNonNull(storyOfArticle, "storyOfArticle"));
        database.inTransaction(c -> {
            StoryClock.lockAt(c, placed);
            StoryClock.storiesWritten(c, placed);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM story")) {
                delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM story_member")) {
                delete.executeUpdate();
            }
            insert(c, copy);
            assign(c, members);
            return null;
        });
    }

    @Override
    public void putAll(List<Story> changed, int placed) {
        List<Story> copy = List.copyOf(Objects.requireNonNull(changed, "changed"));
        if (copy.isEmpty() && placed == ANY) {
            return;
        }
        database.inTransaction(c -> {
            StoryClock.lockAt(c, placed);
            StoryClock.storiesWritten(c, placed);
            if (copy.isEmpty()) {
                return null;
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM story WHERE id = ?")) {
                for (Story s : copy) {
                    delete.setString(1, s.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            insert(c, copy);
            return null;
        });
    }

    private static void insert(Connection c, List<Story> stories) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO story (id, size, latest, json_format, body) VALUES (?, ?, ?, ?, ?)")) {
            for (Story s : stories) {
                ps.setString(1, s.id());
                ps.setInt(2, s.articles().size());
                ps.setString(3, StoryRun.latest(s));
                ps.setInt(4, StoryJson.FORMAT);
                ps.setString(5, StoryJson.write(s));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Records each article's story (story id by article id), inside the caller's transaction. */
    static void assign(Connection c, Map<String, String> storyOfArticle) throws SQLException {
        if (storyOfArticle.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_member (article_id, story_id) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : storyOfArticle.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public boolean upToDate() {
        return database.inTransaction(StoryClock::storiesUpToDate);
    }

    @Override
    public List<Story> stories() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT json_format, body FROM story ORDER BY size DESC, latest DESC, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Story> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                // The database's collation may order ids otherwise than Java does: the order is the engine's.
                out.sort(StoryRun.ORDER);
                return out;
            }
        });
    }

    @Override
    public Optional<Story> story(String id) {
        Objects.requireNonNull(id, "id");
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json_format, body FROM story WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<String, String> storyIds(Collection<String> articleIds) {
        List<String> ids = List.copyOf(articleIds);
        Map<String, String> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH));
            database.inTransaction(c -> {
                String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT article_id, story_id FROM story_member WHERE article_id IN (" + marks + ")")) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                return null;
            });
        }
        return out;
    }

    private static Story row(ResultSet rs) throws SQLException {
        int format = rs.getInt("json_format");
        if (format != StoryJson.FORMAT) {
            throw new StoreException("story has unknown format " + format);
        }
        return StoryJson.read(rs.getString("body"));
    }
}
