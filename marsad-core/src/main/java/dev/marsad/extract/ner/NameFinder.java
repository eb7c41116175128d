package dev.marsad.extract.ner;

import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicTokenizer;
import dev.marsad.text.Token;
import java.util.List;
import java.util.Objects;

/** Finds named-entity spans in clean text. Implementations are thread-safe. */
public interface NameFinder {

    /**
     * A name found in text.
     *
     * @param start char offset of the name's first char (after any stripped clitic)
     * @param end   char offset one past its last char
     * @param type  person, location or organisation
     * @param score confidence in [0, 1]
     */
    record NameSpan(int start, int end, EntityType type, double score) {
        public NameSpan {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Names in {@code text}, in order, non-overlapping. */
    List<NameSpan> find(String text);

    /**
     * As {@link #find(String)}, for a caller that has already cut the text into {@link ArabicTokenizer} tokens:
     * a finder that works on those tokens need not cut it again.
     */
    default List<NameSpan> find(String text, List<Token> tokens) {
        return find(text);
    }

    /**
     * True for a word the finder knows as an ordinary word that is never part of a name (a trained model's
     * common words); the extract stage does not grow a name over it. False when the finder cannot tell.
     */
    default boolean isCommonWord(String word) {
        return false;
    }

    /**
     * {@link #isCommonWord}, or a word the finder knows as ordinary by its class in unlabelled news though its
     * training text never had it (إمارة، سموه): a broader test, for names the extract stage's rules propose (the
     * tagger does not read it). By default the same as {@link #isCommonWord}.
     */
    default boolean isCommonNewsWord(String word) {
        return isCommonWord(word);
    }

    /** True for a word the finder's name lists know as a person's first name (and not as a common word). */
    default boolean isFirstName(String word) {
        return false;
    }
}
