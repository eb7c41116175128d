package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents that speak for the body that published them: «نشر مكتب التحقيقات الاتحادي، السبت، وثائق …» and later
 * «وذكرت الوثائق المنشورة أن …» — the labelling rule gives the quotation to the bureau, where the statement cue
 * alone ({@link SpeakerCues#STATEMENT}) falls back to whoever was quoted last. A definite document noun opening the
 * words between verb and أن is traced to the last sentence before it where a publishing verb
 * ({@code speaker-document-verbs-ar.txt}) has a body as subject and the same noun without the article as object.
 * One per article.
 */
final class DocumentPublishers {
    private static final Set<String> NOUNS = Lexicon.phrases("speaker-document-nouns-ar.txt");
    private static final Set<String> VERBS = Lexicon.phrases("speaker-document-verbs-ar.txt");
    /** The most words between the publishing verb and the documents (subject, time, place). */
    private static final int MAX_WORDS_TO_NOUN = 8;

    private final String text;
    private final EntitySpeakers speakers;
    private FoldedText folded;

    DocumentPublishers(String text, EntitySpeakers speakers) {
        this.text = text;
        this.speakers = speakers;
    }

    /**
     * The body that published the documents a definite document noun (الوثائق) opening {@code sentence}'s folded
     * {@code [from, to)} refers to, {@code offset} being the sentence's start in the article; null when no such noun
     * opens the words or no publishing sentence names a body before it.
     */
    Speaker publisherOf(FoldedText sentence, int offset, int from, int to) {
        Matcher first = LETTERS.matcher(sentence.folded()).region(from, to);
        if (!first.find() || !first.group().startsWith("ال") || !NOUNS.contains(first.group().substring(2))) {
            return null;
        }
        int before = offset + sentence.originalStart(from);
        if (folded == null) {
            folded = FoldedText.of(text);
        }
        String all = folded.folded();
        Matcher noun = Pattern.compile("(?<![\\p{L}])[وب]?" + Pattern.quote(first.group().substring(2)) + "(?![\\p{L}])")
                .matcher(all);
        Speaker publisher = null;
        while (noun.find() && folded.originalStart(noun.start()) < before) {
            Speaker found = publisherBefore(all, noun.start());
            publisher = found != null ? found : publisher;
        }
        return publisher;
    }

    /** The body a publishing verb of the same sentence, within a few words before the noun at {@code nounAt}, has as subject. */
    private Speaker publisherBefore(String all, int nounAt) {
        int sentenceStart = nounAt;
        while (sentenceStart > 0 && ".!؟?\n".indexOf(all.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        Matcher w = LETTERS.matcher(all).region(sentenceStart, nounAt);
        int words = 0;
        int verbEnd = -1;
        while (w.find()) {
            String word = w.group();
            String bare = word.length() > 3 && word.charAt(0) == 'و' ? word.substring(1) : word;
            if (VERBS.contains(bare)) {
                verbEnd = w.end();
                words = 0;
            } else {
                words++;
            }
        }
        if (verbEnd < 0 || words > MAX_WORDS_TO_NOUN) {
            return null;
        }
        return speakers.named(folded.originalEnd(verbEnd), folded.originalStart(nounAt), EntityType.ORGANIZATION);
    }
}
