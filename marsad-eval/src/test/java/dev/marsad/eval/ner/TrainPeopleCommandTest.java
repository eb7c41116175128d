package dev.marsad.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.extract.ner.NameFinder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filters of {@code train people} that need no corpus. */
class TrainPeopleCommandTest {
    /** A finder that knows سوق and وزير as common words and وليد as a first name. */
    private static final NameFinder FINDER = new NameFinder() {
        @Override
        public List<NameSpan> find(String text) {
            return List.of();
        }

        @Override
        public boolean isCommonWord(String word) {
            return Set.of("سوق", "وزير", "ليد").contains(word);
        }

        @Override
        public boolean isFirstName(String word) {
            return word.equals("وليد");
        }
    };

    @Test
    void aNameIsItsFoldedWordsAndPunctuationInsideIsNoName() {
        assertThat(TrainPeopleCommand.foldedWords("مايك بومبيو")).contains(List.of("مايك", "بومبيو"));
        assertThat(TrainPeopleCommand.foldedWords("جينا، هاسبل")).isEqualTo(Optional.empty());
    }

    @Test
    void aCommonWordBehindAProcliticIsNoFirstName() {
        assertThat(TrainPeopleCommand.commonBehindProclitic("لسوق", FINDER)).isTrue();
        assertThat(TrainPeopleCommand.commonBehindProclitic("لميس", FINDER)).isFalse();
        // وليد is a first name even though ليد, behind و, were a common word.
        assertThat(TrainPeopleCommand.commonBehindProclitic("وليد", FINDER)).isFalse();
    }

    @Test
    void labelledQuoteSetsAreLeftOutByTheirKeys() throws Exception {
        // SaudiNewsNet articles by URL, ANT articles by docno: both kinds are there.
        assertThat(dev.marsad.eval.extract.NewsQuotes.labelledKeys()).hasSizeGreaterThan(150)
                .anyMatch(u -> u.startsWith("http")).anyMatch(u -> u.matches("[A-Z]{2}-\\w+-\\d+-\\d{8}"));
    }
}
