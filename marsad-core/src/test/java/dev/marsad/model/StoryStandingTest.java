package dev.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryStandingTest {
    private static Story story(String... outletAndPublished) {
        List<StoryArticle> articles = new ArrayList<>();
        for (int i = 0; i < outletAndPublished.length; i += 2) {
            articles.add(new StoryArticle(new ArticleRef("https://news.example/" + i, 0), Optional.of("عنوان"),
                    Optional.of(outletAndPublished[i]), Optional.ofNullable(outletAndPublished[i + 1])));
        }
        return new Story("s1", "عنوان", articles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void latestIsTheNewestInstantWhateverFormEachTimeHas() {
        StoryStanding standing = StoryStanding.of(story(
                "الجزيرة نت", "2023-09-14T23:30:00+03:00",
                "العربية", "2023-09-15 10:30",
                "عكاظ", "2023-09-14T21:00:00"));
        // The page metadata's "2023-09-15 10:30" counts as its day's midnight UTC, which is still the newest.
        assertThat(standing.latestAt()).hasValue(Instant.parse("2023-09-15T00:00:00Z"));
        assertThat(standing.latest()).isEqualTo("2023-09-15 10:30");
        assertThat(standing.outlets()).isEqualTo(3);
        assertThat(standing.recentOutlets()).isEqualTo(3);
    }

    @Test
    void recentOutletsAreThoseWithinTheBreakingSpanOfTheLatest() {
        StoryStanding standing = StoryStanding.of(story(
                "هسبريس", "2023-09-09",
                "الامة برس", "2023-09-10T21:00:00+03:00",
                "سكاي نيوز عربية", "2023-09-11T10:00:00+0300",
                "العربي الجديد", null));
        // +0300 is no ISO offset: that article stands at midnight of its day, the latest; 18:00Z the day before is
        // within 24 hours of it, the 9th is not; the undated article counts as an outlet only.
        assertThat(standing.latestAt()).hasValue(Instant.parse("2023-09-11T00:00:00Z"));
        assertThat(standing.outlets()).isEqualTo(4);
        assertThat(standing.recentOutlets()).isEqualTo(2);
    }

    @Test
    void aStoryWithoutReadableTimesHasNoLatestInstant() {
        StoryStanding standing = StoryStanding.of(story("بي بي سي عربي", "أمس", "اندبندنت عربية", null));
        assertThat(standing.latestAt()).isEmpty();
        assertThat(standing.recentOutlets()).isZero();
        assertThat(standing.latest()).isEqualTo("أمس");
    }
}
