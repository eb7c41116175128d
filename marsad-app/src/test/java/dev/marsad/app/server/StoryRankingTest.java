package dev.marsad.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marsad.model.ArticleRef;
import dev.marsad.model.Story;
import dev.marsad.model.StoryArticle;
import dev.marsad.model.StoryStanding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoryRankingTest {
    private static Story story(String id, String... outletAndTime) {
        List<StoryArticle> articles = new ArrayList<>();
        for (int i = 0; i < outletAndTime.length; i += 2) {
            articles.add(new StoryArticle(new ArticleRef(id + "-" + i, 0), Optional.of("عنوان"),
                    Optional.of(outletAndTime[i]), Optional.of(outletAndTime[i + 1])));
        }
        return new Story(id, "عنوان", articles, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    // Stored order (the contract's): size, then recency.
    private final Story bigOneOutlet = story("big", "عكاظ", "2023-09-01T08:00:00Z", "عكاظ", "2023-09-01T09:00:00Z",
            "عكاظ", "2023-09-01T10:00:00Z", "عكاظ", "2023-09-01T11:00:00Z");
    private final Story breaking = story("breaking", "الجزيرة نت", "2023-09-10T06:00:00Z", "العربية", "2023-09-10T08:00:00Z",
            "هسبريس", "2023-09-10T09:30:00Z");
    private final Story slow = story("slow", "الجزيرة نت", "2023-09-05", "العربية", "2023-09-07");
    private final List<StoryStanding> stored = Stream.of(bigOneOutlet, breaking, slow).map(StoryStanding::of).toList();
    private final Optional<java.time.Instant> newest = StoryRanking.newest(stored);

    @Test
    void sortsBySizeOutletsOrRecency() {
        assertThat(StoryRanking.rank(stored, StoryRanking.Sort.SIZE, Optional.empty(), newest)).extracting(StoryStanding::id)
                .containsExactly("big", "breaking", "slow");
        assertThat(StoryRanking.rank(stored, StoryRanking.Sort.OUTLETS, Optional.empty(), newest)).extracting(StoryStanding::id)
                .containsExactly("breaking", "slow", "big");
        assertThat(StoryRanking.rank(stored, StoryRanking.Sort.RECENT, Optional.empty(), newest)).extracting(StoryStanding::id)
                .containsExactly("breaking", "slow", "big");
    }

    @Test
    void aWindowCountsBackFromTheNewestStoredArticle() {
        assertThat(StoryRanking.rank(stored, StoryRanking.Sort.SIZE, Optional.of(1), newest)).extracting(StoryStanding::id)
                .containsExactly("breaking");
        assertThat(StoryRanking.rank(stored, StoryRanking.Sort.SIZE, Optional.of(7), newest)).extracting(StoryStanding::id)
                .containsExactly("breaking", "slow");
    }

    @Test
    void breakingMeansThreeOutletsWithinADayAndStillFresh() {
        assertThat(StoryRanking.breaking(StoryStanding.of(breaking), newest)).isTrue();
        assertThat(StoryRanking.breaking(StoryStanding.of(bigOneOutlet), newest)).as("one outlet").isFalse();
        assertThat(StoryRanking.breaking(StoryStanding.of(slow), newest)).as("two outlets over two days").isFalse();
        var muchLater = StoryRanking.newest(List.of(StoryStanding.of(story("later", "عكاظ", "2023-09-20T00:00:00Z"))));
        assertThat(StoryRanking.breaking(StoryStanding.of(breaking), muchLater)).as("ten days old").isFalse();
    }

    @Test
    void anUnknownSortIsABadRequest() {
        assertThatThrownBy(() -> StoryRanking.Sort.of("random")).isInstanceOf(ApiException.class);
    }
}
