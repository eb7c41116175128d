package dev.marsad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feature template ids: the trained model stores its weights under them, so none may be shared or renumbered. */
class FeatureTemplateTest {
    @Test
    void noTwoTemplatesShareAnId() {
        assertThat(Arrays.stream(FeatureTemplate.values()).map(FeatureTemplate::id))
                .as("a reused id merges two templates' weights in the model")
                .doesNotHaveDuplicates();
    }

    @Test
    void idsAreThoseTheShippedModelWasTrainedWith() {
        // ner-ar.bin.gz was trained with these numbers; changing one silently voids that template's weights.
        // A new template takes a new id (above 48); a renumbering needs `./marsad train ner` and new figures.
        Map<FeatureTemplate, Integer> trained = new EnumMap<>(FeatureTemplate.class);
        int[] ids = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
            28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 40, 41, 42, 43, 44, 45, 46, 47, 48};
        String[] names = {"BIAS", "WORD", "STEM", "PROCLITIC", "PREV_WORD", "NEXT_WORD", "PREV2_WORD", "NEXT2_WORD",
            "PREV_STEM", "NEXT_STEM", "PREV_WORD_PAIR", "NEXT_WORD_PAIR", "SUFFIX2", "SUFFIX3", "PREFIX2", "PREFIX3",
            "SHAPES", "LENGTH", "FLAGS", "STEM_FLAGS", "PREV_FLAGS", "NEXT_FLAGS", "PHRASE_TAG", "PREV_CUES",
            "PREV2_CUES", "CONTEXT", "NEXT_CUES", "CUES", "SENTENCE_START", "CUE_STEM_PAIR", "SUFFIX4", "PREFIX4",
            "PREV_STEM_PAIR", "PREV_SUFFIX2", "NEXT_SUFFIX2", "CUE_FLAGS_PAIR", "TRIGRAM", "WORD_CLASS",
            "WORD_CLUSTER", "PREV_WORD_CLASS", "PREV_WORD_CLUSTER", "NEXT_WORD_CLASS", "NEXT_WORD_CLUSTER", "DOC_CONTEXT",
            "HEAD_CHAIN", "PRED_CONTEXT"};
        for (int i = 0; i < ids.length; i++) {
            trained.put(FeatureTemplate.valueOf(names[i]), ids[i]);
        }
        assertThat(trained).hasSize(FeatureTemplate.values().length);
        for (FeatureTemplate t : FeatureTemplate.values()) {
            assertThat(t.id()).as(t.name()).isEqualTo(trained.get(t));
        }
    }

    @Test
    void aKeyIsTheTemplateMixedWithTheValue() {
        assertThat(FeatureTemplate.WORD.key(7L)).isEqualTo(Hashing.mix(2, 7L));
        assertThat(FeatureTemplate.PREV_WORD_PAIR.key(3L, 4L)).isEqualTo(Hashing.mix(Hashing.mix(11, 3L), 4L));
        assertThat(FeatureTemplate.WORD.key(7L)).isNotEqualTo(FeatureTemplate.STEM.key(7L));
    }
}
