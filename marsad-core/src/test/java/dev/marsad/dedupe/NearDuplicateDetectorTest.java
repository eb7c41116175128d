package dev.marsad.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.fixtures.ArabicStories;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
    private final NearDuplicateDetector detector = new NearDuplicateDetector(DedupeConfig.DEFAULT);

    @Test
    void wireCopyWithOutletTrailerIsDuplicate() {
        detector.offer(ArabicStories.KIM_1);
        assertThat(detector.offer(ArabicStories.KIM_1 + " تابعونا على تويتر.")).contains(0);
    }

    @Test
    void hamzaAndPersianYehVariantsOfOneCopyAreDuplicates() {
        detector.offer(ArabicStories.QUAKE_1);
        String variant = ArabicStories.QUAKE_1.replace("أكثر", "اكثر").replace("إقليم", "اقليم").replace('ي', '\u06CC');
        assertThat(detector.offer(variant)).contains(0);
    }

    @Test
    void rewriteOfTheSameEventIsNotDuplicate() {
        detector.offer(ArabicStories.KIM_1);
        assertThat(detector.offer(ArabicStories.KIM_2)).isEmpty();
    }

    @Test
    void differentStoryIsNotDuplicate() {
        detector.offer(ArabicStories.KIM_1);
        assertThat(detector.offer(ArabicStories.FOOTBALL)).isEmpty();
    }

    @Test
    void emptyTextsAreNeverDuplicates() {
        assertThat(detector.offer("")).isEmpty();
        assertThat(detector.offer("")).isEmpty();
        assertThat(detector.size()).isEqualTo(2);
    }

    @Test
    void duplicatePointsAtTheEarliestCopy() {
        detector.offer(ArabicStories.QUAKE_2);
        detector.offer(ArabicStories.QUAKE_2);
        assertThat(detector.offer(ArabicStories.QUAKE_2)).isEqualTo(Optional.of(0));
    }

    @Test
    void identicalSignaturesHaveSimilarityOne() {
        MinHasher hasher = new MinHasher(64, 3);
        assertThat(MinHasher.similarity(hasher.signature(ArabicStories.KIM_3), hasher.signature(ArabicStories.KIM_3)))
                .isEqualTo(1.0);
    }

    @Test
    void onlyEligibleArticlesAreOffered() {
        detector.offer(ArabicStories.QUAKE_2);
        detector.offer(ArabicStories.QUAKE_2);
        assertThat(detector.offer(ArabicStories.QUAKE_2, other -> other != 0)).isEqualTo(Optional.of(1));
        assertThat(detector.offer(ArabicStories.QUAKE_2, other -> false)).isEmpty();
    }

    @Test
    void aForgottenArticleIsNoLongerHeldNorFound() {
        detector.offer(ArabicStories.QUAKE_2);
        detector.offer(ArabicStories.KIM_1);
        assertThat(detector.held()).isEqualTo(2);
        detector.forget(0);
        detector.forget(0);
        assertThat(detector.held()).isEqualTo(1);
        assertThat(detector.offer(ArabicStories.QUAKE_2)).isEmpty();
        assertThat(detector.offer(ArabicStories.KIM_1)).isEqualTo(Optional.of(1));
        assertThat(detector.size()).isEqualTo(4);
    }
}
