package dev.marsad.adapter.store;

import dev.marsad.model.Story;
import dev.marsad.port.StoryStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link StoryStore} in a SQL database through plain JDBC. {@link #replaceAll} swaps the whole set in one
 * transaction, so readers see either the old stories or the new ones, never a mix. Each story is kept as
 * explicit JSON ({@link StoryJson}); the order given is kept. Thread-safe.
 */
public final class JdbcStoryStore implements StoryStore {
    private final Database database;

    public JdbcStoryStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void replaceAll(List<Story> stories) {
        List<Story> copy = List.copyOf(Objects.requireNonNull(stories, "stories"));
        database.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM story")) {
                delete.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO story (position, id, json_format, body) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < copy.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, copy.get(i).id());
                    ps.setInt(3, StoryJson.FORMAT);
                    ps.setString(4, StoryJson.write(copy.get(i)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Story> stories() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json_format, body FROM story ORDER BY position");
                 ResultSet rs = ps.executeQuery()) {
                List<Story> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
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

    private static Story row(ResultSet rs) throws SQLException {
        int format = rs.getInt("json_format");
        if (format != StoryJson.FORMAT) {
            throw new StoreException("story has unknown format " + format);
        }
        return StoryJson.read(rs.getString("body"));
    }
}
