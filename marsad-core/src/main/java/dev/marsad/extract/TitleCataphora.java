package dev.marsad.extract;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title named before its holder: a quotation said by a title no earlier name holds (قال رئيس وزراء اليونان إن …)
 * and, as the next quotation, a speech verb with a person's name right after it whom the article has not named before
 * (وأوضح أليكسيس تسيبراس أن …، وأضاف ايوكليد تساكالوتوس أمام البرلمان "…"): news introduce the office first and
 * the name with the next words, so the first quotation is that person's too. Read after the rules resolved every
 * quotation, since the name comes after the words it gives a speaker to. Not when the verbs' genders disagree.
 */
final class TitleCataphora {
    /** How far after the titled quotation the named verb may stand (a paragraph or two). */
    private static final int REACH = 700;
    /** How far after the next quotation's verb its subject may be read (وقال المتحدث إساف ليبراتي). */
    private static final int SUBJECT_REACH = 60;

    private TitleCataphora() {
    }

    /** {@code speakers} (one per candidate, in text order) with each titled quotation's holder named after it. */
    static List<Speaker> resolved(String text, List<QuoteCandidate> candidates, List<Speaker> speakers) {
        List<Speaker> out = new ArrayList<>(speakers);
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Speaker titled = speakers.get(i);
            Speaker next = speakers.get(i + 1);
            QuoteCandidate c = candidates.get(i);
            if (titled != null && !titled.name().isBlank() || next == null || !next.isPerson() || c instanceof QuoteCandidate.Direct) {
                continue;
            }
            ReportedClause clause = SpeakerResolver.clauseOf(c);
            String between = clause.sentence().folded().substring(clause.verbEnd(), clause.thatStart());
            int titledVerb = SpeakerResolver.verbAt(c);
            int nameAt = nameAfterVerb(candidates.get(i + 1));
            String title = SpeakerWords.titleWord(between, "");
            // An indefinite title (متحدث باسم) counts only when restated with its holder's name.
            String restated = title != null ? title : SpeakerWords.titleWord(between, "ال");
            String titlePhrase = between;
            if (restated == null) {
                // A participle's clause (قائلا إن) has its title before the verb, in the sentence that opens it.
                titlePhrase = clause.sentence().folded().substring(0, clause.verbStart());
                restated = titleBeforeParticiple(titlePhrase);
            }
            if (restated == null || nameAt < 0 || nameAt - titledVerb > REACH
                    || SpeakerResolver.verbGender(c).disagrees(SpeakerResolver.verbGender(candidates.get(i + 1)))) {
                continue;
            }
            boolean named = title != null && namedAt(text, next.name(), nameAt)
                    || titleRestated(text, restated, titlePhrase, next.name(), titledVerb, nameAt + SUBJECT_REACH);
            if (named && !namedBefore(text, next.name(), titledVerb)) {
                out.set(i, next);
            }
        }
        return out;
    }

    /** The first title word in the words before a participle (وفي حفل، حذر رئيس بلدية هيروشيما … قائلا), or null. */
    private static String titleBeforeParticiple(String foldedOpening) {
        Matcher m = QuoteText.LETTERS.matcher(foldedOpening);
        while (m.find()) {
            String title = SpeakerWords.titleWord(foldedOpening.substring(m.start()), "");
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    /**
     * Whether, between the titled verb and the next quotation's subject, the title's first word comes back (with or without
     * the article: متحدث, then وقال المتحدث إساف ليبراتي) with at most two words with the article that the first title
     * held too, then {@code name} (حذر رئيس بلدية هيروشيما … قائلا إن …، وطالب رئيس البلدية كازومي ماتسوي …): the office
     * restated with its holder's name before he is quoted again. Not another office of the same word (وزير المال الكندي,
     * then وقال وزير المال الفرنسي برونو لومير).
     */
    static boolean titleRestated(String text, String titleWord, String titlePhrase, String name, int from, int to) {
        if (from >= Math.min(to, text.length())) {
            return false; // the next quotation's verb stands before the titled one's (a direct quote's verb after its words)
        }
        String folded = ArabicNormalizer.fold(text.substring(Math.min(from, text.length()), Math.min(to, text.length())));
        Matcher m = Pattern.compile("(?<!\\p{L})و?(?:ال)?" + Pattern.quote(withoutArticle(titleWord)) + "((?:\\s+ال\\p{L}+){0,2})\\s+"
                + Pattern.quote(ArabicNormalizer.fold(name).strip()) + "(?!\\p{L})").matcher(folded);
        java.util.Set<String> held = new java.util.HashSet<>();
        Matcher word = QuoteText.LETTERS.matcher(titlePhrase);
        while (word.find()) {
            held.add(withoutArticle(word.group()));
        }
        while (m.find()) {
            if (java.util.Arrays.stream(m.group(1).strip().split("\\s+")).allMatch(w -> w.isEmpty() || held.contains(withoutArticle(w)))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutArticle(String folded) {
        return folded.startsWith("ال") ? folded.substring(2) : folded;
    }

    /** Where, in the article, {@code c}'s speech verb ends (-1 when a direct quote's verb is not found). */
    private static int nameAfterVerb(QuoteCandidate c) {
        if (c instanceof QuoteCandidate.Direct d) {
            FoldedText mapped = FoldedText.of(d.paragraph().substring(d.from(), d.start()));
            int end = QuoteText.lastVerbEnd(mapped.folded());
            return end < 0 ? -1 : d.paragraphOffset() + d.from() + mapped.originalEnd(end);
        }
        ReportedClause clause = SpeakerResolver.clauseOf(c);
        return SpeakerResolver.paragraphOffsetOf(c) + clause.sentenceStart() + clause.sentence().originalEnd(clause.verbEnd());
    }

    /** Whether {@code name}'s first or second word stands right after {@code verbEnd} (a space or two between). */
    private static boolean namedAt(String text, String name, int verbEnd) {
        int at = verbEnd;
        while (at < text.length() && at - verbEnd < 3 && text.charAt(at) == ' ') {
            at++;
        }
        Matcher word = QuoteText.LETTERS.matcher(text).region(Math.min(at, text.length()), text.length());
        if (at == verbEnd || !word.find() || word.start() != at) {
            return false;
        }
        String first = ArabicNormalizer.fold(word.group());
        String[] words = ArabicNormalizer.fold(name).strip().split("\\s+");
        return first.equals(words[0]) || words.length > 1 && first.equals(words[1]);
    }

    /** Whether a word of {@code name} of four letters or more stands in the article before {@code position}. */
    private static boolean namedBefore(String text, String name, int position) {
        String before = ArabicNormalizer.fold(text.substring(0, Math.min(position, text.length())));
        for (String w : ArabicNormalizer.fold(name).strip().split("\\s+")) {
            if (w.length() >= 4 && Pattern.compile("(?<!\\p{L})[وفبل]?" + Pattern.quote(w) + "(?!\\p{L})").matcher(before).find()) {
                return true;
            }
        }
        return false;
    }
}
