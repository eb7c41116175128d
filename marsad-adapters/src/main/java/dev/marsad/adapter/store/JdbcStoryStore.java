package dev.marsad.adapter.store;

import dev.marsad.model.Story;
import dev.marsad.model.StoryStanding;
import dev.marsad.pipeline.StoryRun;
import dev.marsad.port.StoryStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link StoryStore} in a SQL database through plain JDBC. Each story is a row of explicit JSON
 * ({@link StoryJson}) with its {@link StoryStanding} in columns, so a front page is ranked without reading the
 * bodies; {@code story_member} maps each article to its story; {@code story_clock.stories_written} counts the
 * writes of stories, for readers' caches. Writes hold the {@code story_clock} lock ({@link StoryClock}) and are refused when the
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
        Map<String, Story> byId = new LinkedHashMap<>();
        for (Story s : Objects.requireNonNull(stories, "stories")) {
            if (byId.put(s.id(), s) != null) {
                throw new StoreException("two stories with id " + s.id() + ": nothing written");
            }
        }
        Map<String, String> members = Map.copyOf(Objects.requireNonNull(storyOfArticle, "storyOfArticle"));
        database.inTransaction(c -> {
            StoryClock.lockAt(c, placed);
            StoryClock.storiesWritten(c, placed);
            // Only what differs is written: a replay at start or at the end of a batch with a late article tells
            // mostly the same stories, and rewriting them all would grow an H2 file by the whole set each time.
            Map<String, String> oldBodies = bodies(c);
            List<String> gone = oldBodies.keySet().stream().filter(id -> !byId.containsKey(id)).toList();
            List<Row> changed = new ArrayList<>();
            for (Story s : byId.values()) {
                Row row = Row.of(s);
                if (!row.body().equals(oldBodies.get(s.id()))) {
                    changed.add(row);
                }
            }
            List<String> stale = new ArrayList<>(gone);
            changed.stream().map(Row::id).filter(oldBodies::containsKey).forEach(stale::add);
            delete(c, "DELETE FROM story WHERE id = ?", stale);
            insert(c, changed);
            Map<String, String> oldMembers = members(c);
            delete(c, "DELETE FROM story_member WHERE article_id = ?", oldMembers.entrySet().stream()
                    .filter(e -> !e.getValue().equals(members.get(e.getKey()))).map(Map.Entry::getKey).toList());
            Map<String, String> added = new HashMap<>();
            members.forEach((article, story) -> {
                if (!story.equals(oldMembers.get(article))) {
                    added.put(article, story);
                }
            });
            assign(c, added);
            if (!stale.isEmpty() || !changed.isEmpty()) {
                written(c);
            }
            return null;
        });
    }

    @Override
    public void putAll(List<Story> changed, int placed) {
        List<Row> rows = Objects.requireNonNull(changed, "changed").stream().map(Row::of).toList();
        if (rows.isEmpty() && placed == ANY) {
            return;
        }
        database.inTransaction(c -> {
            StoryClock.lockAt(c, placed);
            StoryClock.storiesWritten(c, placed);
            if (rows.isEmpty()) {
                return null;
            }
            delete(c, "DELETE FROM story WHERE id = ?", rows.stream().map(Row::id).toList());
            insert(c, rows);
            written(c);
            return null;
        });
    }

    @Override
    public void rewrite(List<Story> changed, Collection<String> gone, Map<String, String> storyOfArticle,
                        Map<String, String> mergedInto, int placed) {
        List<Row> rows = Objects.requireNonNull(changed, "changed").stream().map(Row::of).toList();
        List<String> stale = new ArrayList<>(Objects.requireNonNull(gone, "gone"));
        Map<String, String> members = Map.copyOf(Objects.requireNonNull(storyOfArticle, "storyOfArticle"));
        Map<String, String> merged = Map.copyOf(Objects.requireNonNull(mergedInto, "mergedInto"));
        database.inTransaction(c -> {
            StoryClock.lockAt(c, placed);
            StoryClock.storiesWritten(c, placed);
            // Through the story_member_story index: one update per story merged away, whatever its size.
            try (PreparedStatement ps = c.prepareStatement("UPDATE story_member SET story_id = ? WHERE story_id = ?")) {
                for (Map.Entry<String, String> e : merged.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    ps.addBatch();
                }
                if (!merged.isEmpty()) {
                    ps.executeBatch();
                }
            }
            rows.stream().map(Row::id).forEach(stale::add);
            delete(c, "DELETE FROM story WHERE id = ?", stale);
            insert(c, rows);
            delete(c, "DELETE FROM story_member WHERE article_id = ?", List.copyOf(members.keySet()));
            assign(c, members);
            if (!stale.isEmpty()) {
                written(c);
            }
            return null;
        });
    }

    /** A story row as written: its body and its standing. */
    private record Row(String id, String body, StoryStanding standing) {
        static Row of(Story story) {
            return new Row(story.id(), StoryJson.write(story), StoryStanding.of(story));
        }
    }

    private static Map<String, String> bodies(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, json_format, body FROM story");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                // A row of another format is never equal to the new one, so it is rewritten.
                out.put(rs.getString(1), rs.getInt(2) == StoryJson.FORMAT ? rs.getString(3) : "");
            }
        }
        return out;
    }

    private static Map<String, String> members(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id FROM story_member");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static void delete(Connection c, String sql, List<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String key : keys) {
                ps.setString(1, key);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insert(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story (id, size, latest, json_format, body, "
                + "latest_second, latest_nano, outlets, recent_outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                StoryStanding st = row.standing();
                ps.setString(1, row.id());
                ps.setInt(2, st.size());
                ps.setString(3, st.latest());
                ps.setInt(4, StoryJson.FORMAT);
                ps.setString(5, row.body());
                setStanding(ps, st, 6);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets the standing's columns (latest_second, latest_nano, outlets, recent_outlets) from parameter {@code at}. */
    private static void setStanding(PreparedStatement ps, StoryStanding st, int at) throws SQLException {
        if (st.latestAt().isPresent()) {
            ps.setLong(at, st.latestAt().get().getEpochSecond());
            ps.setInt(at + 1, st.latestAt().get().getNano());
        } else {
            ps.setNull(at, Types.BIGINT);
            ps.setNull(at + 1, Types.INTEGER);
        }
        ps.setInt(at + 2, st.outlets());
        ps.setInt(at + 3, st.recentOutlets());
    }

    /** Counts one more write of stories, for readers' caches ({@link #version()}). */
    private static void written(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE story_clock SET stories_written = stories_written + 1 WHERE id = 1")) {
            ps.executeUpdate();
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
    public List<StoryStanding> standings() {
        List<StoryStanding> out = readStandings();
        if (out == null) {
            fillStandings();
            out = readStandings();
        }
        // The database's collation may order ids otherwise than Java does: the order is the engine's.
        List<StoryStanding> sorted = new ArrayList<>(out);
        sorted.sort(StoryStanding.ORDER);
        return sorted;
    }

    /** Every row's standing; null when a row written before the standing columns has none yet. */
    private List<StoryStanding> readStandings() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, size, latest, latest_second, latest_nano, "
                    + "outlets, recent_outlets FROM story");
                 ResultSet rs = ps.executeQuery()) {
                List<StoryStanding> out = new ArrayList<>();
                while (rs.next()) {
                    int outlets = rs.getInt(6);
                    if (rs.wasNull()) {
                        return null;
                    }
                    long second = rs.getLong(4);
                    Optional<Instant> latestAt = rs.wasNull() ? Optional.empty()
                            : Optional.of(Instant.ofEpochSecond(second, rs.getInt(5)));
                    out.add(new StoryStanding(rs.getString(1), rs.getInt(2), rs.getString(3), latestAt, outlets,
                            rs.getInt(7)));
                }
                return out;
            }
        });
    }

    /** Works out the standing of the rows written before the standing columns, from their bodies (once). */
    private void fillStandings() {
        database.inTransaction(c -> {
            StoryClock.lock(c);
            List<Story> missing = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT json_format, body FROM story WHERE outlets IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(row(rs));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE story SET latest_second = ?, latest_nano = ?, "
                    + "outlets = ?, recent_outlets = ? WHERE id = ?")) {
                for (Story s : missing) {
                    setStanding(ps, StoryStanding.of(s), 1);
                    ps.setString(5, s.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Story> stories(List<String> ids) {
        List<String> wanted = List.copyOf(ids);
        Map<String, Story> byId = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += LOOKUP_BATCH) {
            List<String> batch = wanted.subList(from, Math.min(wanted.size(), from + LOOKUP_BATCH));
            database.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT json_format, body FROM story WHERE id IN ("
                        + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")")) {
                    for (int i = 0; i < batch.size(); i++) {
                        ps.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Story s = row(rs);
                            byId.put(s.id(), s);
                        }
                    }
                }
                return null;
            });
        }
        return wanted.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long version() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT stories_written FROM story_clock WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("story_clock row missing: the store's schema is damaged");
                }
                return rs.getLong(1);
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
