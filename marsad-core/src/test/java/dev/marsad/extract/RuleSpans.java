package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder;
import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the rule tests need: a rule's spans as "TYPE:surface", the word index of a word, a name finder double. */
final class RuleSpans {
    private RuleSpans() {
    }

    /** A rule applied at one word: the words consumed, its spans in {@code out}. */
    interface RuleAt {
        int apply(Words w, int i, List<NameSpan> out);
    }

    /** The spans of {@code rule} applied at the first word {@code word} of {@code text}, as "TYPE:surface". */
    static List<String> at(String text, String word, RuleAt rule) {
        Words w = Words.of(text);
        List<NameSpan> out = new ArrayList<>();
        rule.apply(w, index(w, word), out);
        return surfaces(text, out);
    }

    /** The words {@code rule} consumes at the first word {@code word} of {@code text}. */
    static int taken(String text, String word, RuleAt rule) {
        Words w = Words.of(text);
        return rule.apply(w, index(w, word), new ArrayList<>());
    }

    static int index(Words w, String word) {
        for (int i = 0; i < w.size(); i++) {
            if (w.tokens().get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no word " + word);
    }

    static List<String> surfaces(String text, List<NameSpan> spans) {
        return spans.stream().map(s -> s.type() + ":" + text.substring(s.start(), s.end())).toList();
    }

    /** A span over the first occurrence of {@code surface} in {@code text}. */
    static NameSpan span(String text, String surface, EntityType type) {
        int start = text.indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException("no " + surface);
        }
        return new NameSpan(start, start + surface.length(), type, 0.9);
    }

    /**
     * A name finder that finds nothing and knows the given common words and first names, compared folded as a
     * trained one compares them.
     */
    static NameFinder knowing(Set<String> commonWords, Set<String> firstNames) {
        Set<String> common = commonWords.stream().map(ArabicNormalizer::fold).collect(Collectors.toSet());
        Set<String> first = firstNames.stream().map(ArabicNormalizer::fold).collect(Collectors.toSet());
        return new NameFinder() {
            @Override
            public List<NameSpan> find(String text) {
                return List.of();
            }

            @Override
            public boolean isCommonWord(String word) {
                return common.contains(ArabicNormalizer.fold(word));
            }

            @Override
            public boolean isFirstName(String word) {
                return first.contains(ArabicNormalizer.fold(word));
            }
        };
    }
}
