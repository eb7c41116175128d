package dev.marsad.extract;

import dev.marsad.extract.ner.NameFinder.NameSpan;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sense per article for the tagger's one-word names: a word the article has already made clear is a person (named in
 * full before it came alone) or a place (written after a place noun) keeps that type where the tagger typed it
 * otherwise. Split from {@link EntityExtractor}; stateless.
 */
final class ArticleSenses {
    private ArticleSenses() {
    }

    /**
     * The spans with both senses applied, each span's words read once: people named first ({@link #peopleNamedFirst}),
     * then places ({@link #placesElsewhere}). Only types change, so the words stay each span's.
     */
    static List<NameSpan> resolved(String text, List<NameSpan> chosen, ExtractionRun run) {
        List<List<String>> words = new ArrayList<>(chosen.size());
        for (NameSpan s : chosen) {
            words.add(NameKey.words(text.substring(s.start(), s.end())));
        }
        return placesElsewhere(text, peopleNamedFirst(chosen, words, run), words, run);
    }

    /**
     * A one-word organisation that is the first or last word of a person this article named in full before it ever
     * met the word alone is that person (تعرضت البريطانية "ويندي باربر" لهجوم … وقالت "ويندي" إن: a foreign first name
     * alone reads to the tagger like a brand). Where the word came alone first (أعلنت سوني … ساعة سوني سمارت; بحق
     * ليفربول … ومواطنه ليفربول; لنادي فيورنتينا) the body was there before the "person" and stays; places keep their
     * type.
     */
    private static List<NameSpan> peopleNamedFirst(List<NameSpan> chosen, List<List<String>> wordsOf, ExtractionRun run) {
        Map<String, Integer> personFirstAt = new HashMap<>();
        Map<String, Integer> bodyFirstAt = new HashMap<>();
        for (int k = 0; k < chosen.size(); k++) {
            NameSpan s = chosen.get(k);
            List<String> words = wordsOf.get(k);
            if (s.type() == EntityType.PERSON && words.size() > 1 && !misreadBody(words.get(0))) {
                personFirstAt.putIfAbsent(NameKey.wordSkeleton(words.get(0)), s.start());
                personFirstAt.putIfAbsent(NameKey.wordSkeleton(words.get(words.size() - 1)), s.start());
            } else if (s.type() == EntityType.ORGANIZATION) {
                words.forEach(w -> bodyFirstAt.putIfAbsent(NameKey.wordSkeleton(w), s.start()));
            }
        }
        if (personFirstAt.isEmpty() || bodyFirstAt.isEmpty()) {
            return chosen;
        }
        return oneWordRetyped(chosen, wordsOf, EntityType.ORGANIZATION, EntityType.PERSON,
                (word, skeleton) -> personFirstAt.getOrDefault(skeleton, Integer.MAX_VALUE) < bodyFirstAt.getOrDefault(skeleton, -1)
                        && run.namedInThisArticle(word).isPresent());
    }

    /**
     * A one-word person that the article writes elsewhere as a place after a place noun (بمنطقة الباحة), and that is no
     * word of a person it names in full, is that place (المتحدث الرسمي للإدارة العامة للطرق بالباحة المهندس مسفر
     * المالكي: الباحة, read as a name before the title, is the region named so before): one sense per article. Only
     * after a place noun: the tagger also reads foreign surnames as places now and then (كميجاني), and those stay people.
     */
    private static List<NameSpan> placesElsewhere(String text, List<NameSpan> chosen, List<List<String>> wordsOf,
                                                  ExtractionRun run) {
        Set<String> places = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        for (int k = 0; k < chosen.size(); k++) {
            NameSpan s = chosen.get(k);
            List<String> words = wordsOf.get(k);
            if (s.type() == EntityType.LOCATION && words.size() == 1 && afterPlaceNoun(text, s.start())) {
                places.add(NameKey.wordSkeleton(words.get(0)));
            } else if (s.type() == EntityType.PERSON && words.size() > 1) {
                words.forEach(w -> personWords.add(NameKey.wordSkeleton(w)));
            }
        }
        if (places.isEmpty()) {
            return chosen;
        }
        return oneWordRetyped(chosen, wordsOf, EntityType.PERSON, EntityType.LOCATION,
                (word, skeleton) -> places.contains(skeleton) && !personWords.contains(skeleton)
                        && run.namedInThisArticle(word).isEmpty());
    }

    /**
     * The spans with each one-word span of type {@code from} whose word's skeleton has three letters or more retyped
     * {@code to} where {@code retype} holds for its word and skeleton; the others as they are.
     */
    private static List<NameSpan> oneWordRetyped(List<NameSpan> chosen, List<List<String>> wordsOf, EntityType from,
                                                 EntityType to, java.util.function.BiPredicate<String, String> retype) {
        List<NameSpan> out = new ArrayList<>(chosen.size());
        for (int k = 0; k < chosen.size(); k++) {
            NameSpan s = chosen.get(k);
            List<String> words = wordsOf.get(k);
            String skeleton = words.size() == 1 ? NameKey.wordSkeleton(words.get(0)) : "";
            boolean retyped = s.type() == from && skeleton.length() >= 3 && retype.test(words.get(0), skeleton);
            out.add(retyped ? new NameSpan(s.start(), s.end(), to, s.score()) : s);
        }
        return out;
    }

    /** Place nouns a place's name follows (منطقة، مدينة، محافظة …), folded. */
    private static final Set<String> PLACE_NOUNS = Set.of("منطقه", "محافظه", "مدينه", "قريه", "بلده", "ناحيه", "قضاء",
            "مديريه", "اقليم", "ولايه", "مقاطعه", "جزيره", "حي", "مخيم");

    /** Whether the word before {@code at} is a place noun, bare or with one letter (ب، ل، و، ف) before it. */
    private static boolean afterPlaceNoun(String text, int at) {
        String before = SpeakerNameParts.wordBefore(text, at);
        String folded = before == null ? "" : dev.marsad.text.ArabicNormalizer.fold(before);
        return PLACE_NOUNS.contains(folded) || folded.length() > 3 && PLACE_NOUNS.contains(folded.substring(1));
    }

    /** A "person" opening with a body's head noun or descriptor (لنادي فيورنتينا) is a body the tagger misread. */
    private static boolean misreadBody(String firstWord) {
        String folded = HeadNouns.withoutLetter(dev.marsad.text.ArabicNormalizer.fold(firstWord));
        return HeadNouns.isHeadNoun(folded) || Lexicon.ORGANIZATION_DESCRIPTORS.contains(folded);
    }
}
