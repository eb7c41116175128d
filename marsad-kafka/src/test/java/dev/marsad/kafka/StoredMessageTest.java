package dev.marsad.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.app.alert.AlertFixtures;
import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.StoredArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored topic's records: what is read back is the article stored, and anything else is refused in one line. */
class StoredMessageTest {
    private static final StoredArticle ARTICLE = AlertFixtures.article("abc123", "بوتين يزور بكين", "وكالة",
            "2024-01-02T08:00:00Z", "وصل فلاديمير بوتين إلى بكين صباح اليوم.",
            Instant.parse("2026-12-02T07:50:47.123456Z"),
            List.of(new Entity("فلاديمير بوتين", EntityType.PERSON, "PER:putin", 4, 18)));

    @Test
    void aStoredArticleReadsBackAsItWasStoredAndWritesAgainToTheSameBytes() {
        String json = StoredMessage.write(ARTICLE);
        StoredArticle read = StoredMessage.read(json, "t-0@0");
        assertThat(read).isEqualTo(ARTICLE);
        assertThat(StoredMessage.write(read)).isEqualTo(json);
    }

    @Test
    void aRecordOfAnotherFormatOrNotJsonIsRefusedWithOneLineNamingIt() {
        String other = StoredMessage.write(ARTICLE).replace("\"format\":1", "\"format\":2");
        assertThatThrownBy(() -> StoredMessage.read(other, "marsad.stored-1@7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("marsad.stored-1@7: not a Marsad stored article of format 1");
        assertThatThrownBy(() -> StoredMessage.read("{not json", "marsad.stored-0@3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("marsad.stored-0@3: not JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        String broken = StoredMessage.write(ARTICLE).replace("\"storedAt\":\"2026-12-02T07:50:47.123456Z\"",
                "\"storedAt\":\"yesterday\"");
        assertThatThrownBy(() -> StoredMessage.read(broken, "marsad.stored-2@0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("marsad.stored-2@0: a broken stored article");
    }
}
