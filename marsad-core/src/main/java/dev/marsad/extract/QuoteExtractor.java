package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations and their speakers.
 * <ul>
 *   <li>Direct: text inside «», “”, or straight double quotes, at least {@value #MIN_QUOTE_WORDS} words (shorter
 *       quoted words are scare quotes); a quote left open runs to the end of its paragraph, and a paragraph
 *       that opens with a quote continues the previous speaker.</li>
 *   <li>Indirect: an attribution verb ({@code attribution-verbs-ar.txt}) followed by إن/أن; the statement is the
 *       clause after it.</li>
 *   <li>Speaker: the first person (else organisation, else place acting as a government) named between the verb
 *       and the statement, or after the verb when the quote comes first. A verb with no name after it
 *       ({@code وأضاف:}, {@code قال إنه}), a pronoun ({@code عنه قوله}), or a title alone ({@code وقال وزير
 *       التجارة}) continues the previous speaker. Single-word names carry the full name met earlier.</li>
 * </ul>
 * Thread-safe per run.
 */
final class QuoteExtractor {
    static final int MIN_QUOTE_WORDS = 3;
    private static final Pattern QUOTED = Pattern.compile("«([^»]+)(?:»|$)|“([^”]+)(?:”|$)|\"([^\"]+)(?:\"|$)");
    private static final Pattern THAT = Pattern.compile("(?<![\\p{L}])(?:ب)?[اإأ]ن(?:هما|ها|هم|ه|نا|ني)?(?![\\p{L}])");
    private static final Pattern PRONOUN_SOURCE = Pattern.compile("(?<![\\p{L}])عن(?:ه|ها|هم)(?![\\p{L}])");

    private final String text;
    private final List<Entity> entities;
    private final ExtractionRun run;
    private Speaker previous;

    private QuoteExtractor(String text, List<Entity> entities, ExtractionRun run) {
        this.text = text;
        this.entities = entities;
        this.run = run;
    }

    /** A speaker found for a statement. */
    private record Speaker(String name, String key) {
    }

    static List<Quote> extract(String text, List<Entity> entities, ExtractionRun run) {
        return new QuoteExtractor(text, entities, run).all();
    }

    private List<Quote> all() {
        List<Quote> out = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                quotesIn(paragraph, paragraphStart, out);
            }
            paragraphStart += paragraph.length() + 1;
        }
        return out;
    }

    private void quotesIn(String p, int offset, List<Quote> out) {
        // Without a quotation mark there is no direct quote: the pattern need not be tried at every char.
        boolean marks = p.indexOf('«') >= 0 || p.indexOf('“') >= 0 || p.indexOf('"') >= 0;
        Matcher m = QUOTED.matcher(marks ? p : "");
        int cursor = 0;
        boolean anyDirect = false;
        while (m.find()) {
            String quote = firstGroup(m).strip();
            if (words(quote) < MIN_QUOTE_WORDS) {
                continue;
            }
            anyDirect = true;
            String before = p.substring(cursor, m.start());
            Speaker speaker = speakerBefore(before, offset + cursor, m.start() == 0);
            if (speaker == null && m.start() > 0) {
                int sentenceEnd = sentenceEnd(p, m.end());
                speaker = speakerAfter(p.substring(m.end(), sentenceEnd), offset + m.end());
            }
            out.add(quote(speaker, quote, true));
            previous = speaker != null ? speaker : previous;
            cursor = m.end();
        }
        if (!anyDirect) {
            for (Span s : SentenceSplitter.split(p)) {
                indirect(s.of(p), offset + s.start(), out);
            }
        }
    }

    private void indirect(String sentence, int offset, List<Quote> out) {
        String folded = ArabicNormalizer.fold(sentence);
        if (folded.length() != sentence.length()) {
            return; // Offsets would not line up; diacritised sentences are rare in news prose.
        }
        int verbEnd = verbEnd(folded, 0);
        if (verbEnd < 0) {
            return;
        }
        Matcher that = THAT.matcher(folded);
        if (!that.find(verbEnd) || words(folded.substring(verbEnd, that.start())) > 12) {
            return;
        }
        String statement = sentence.substring(that.end()).strip();
        if (words(statement) < MIN_QUOTE_WORDS) {
            return;
        }
        String between = sentence.substring(verbEnd, that.start());
        Speaker speaker = named(offset + verbEnd, offset + that.start());
        if (speaker == null) {
            // وكان كيشيدا قد قال إنه …: the subject stands before the verb.
            speaker = named(offset, offset + verbEnd, EntityType.PERSON);
        }
        if (speaker == null && !namesTitle(ArabicNormalizer.fold(between))) {
            speaker = organizationMentionedAs(ArabicNormalizer.fold(between), offset);
        }
        if (speaker == null && (between.isBlank() || PRONOUN_SOURCE.matcher(ArabicNormalizer.fold(between)).find()
                || folded.substring(that.start(), that.end()).endsWith("ه"))) {
            speaker = previous;
        }
        out.add(quote(speaker, statement, false));
        if (speaker != null) {
            previous = speaker;
        }
    }

    private Speaker speakerBefore(String before, int offset, boolean opensParagraph) {
        String folded = ArabicNormalizer.fold(before);
        int verbEnd = lastVerbEnd(folded);
        if (verbEnd < 0 || folded.length() != before.length()) {
            return opensParagraph ? previous : null;
        }
        // A partial quote inside reported speech: the speaker stands before إن/أن.
        Matcher that = THAT.matcher(folded);
        int cut = that.find(verbEnd) ? that.start() : before.length();
        if (PRONOUN_SOURCE.matcher(folded.substring(verbEnd, cut)).find()) {
            return previous; // ونقلت وكالة يونهاب عنه قوله: the agency reports; "him" is the one quoted before.
        }
        Speaker named = named(offset + verbEnd, offset + cut);
        if (named != null) {
            return named;
        }
        String between = folded.substring(verbEnd, cut);
        // ونقلت وكالة … عنه قوله "…" / وقال وزير التجارة "…": the one quoted before.
        if (PRONOUN_SOURCE.matcher(between).find() || namesTitle(between)) {
            return previous;
        }
        if (words(between) <= 1) {
            // واستقبل بوتين ضيفه …، وقال له: "…": the subject of the clause before the verb, else the one quoted before.
            Speaker subject = named(offset + clauseStart(folded, verbEnd), offset + verbEnd, EntityType.PERSON);
            return subject != null ? subject : previous;
        }
        return organizationMentionedAs(between, offset + verbEnd);
    }

    /** Where the sentence holding the verb ending at {@code verbEnd} starts in {@code folded}. */
    private static int clauseStart(String folded, int verbEnd) {
        for (int i = verbEnd - 1; i >= 0; i--) {
            if (".؟?!\n".indexOf(folded.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The organisation a definite head noun in {@code folded} refers back to ({@code الوزارة} → the last
     * organisation before {@code before} whose name holds وزارة), or null.
     */
    private Speaker organizationMentionedAs(String folded, int before) {
        for (String w : folded.split("[^\\p{L}]+")) {
            String bare = w.startsWith("وال") || w.startsWith("فال") ? w.substring(1) : w;
            if (!Lexicon.ORGANIZATION_HEADS.contains(bare)) {
                continue;
            }
            String head = bare.substring(2);
            Entity found = null;
            for (Entity e : entities) {
                if (e.type() == EntityType.ORGANIZATION && e.end() <= before && containsWord(ArabicNormalizer.fold(e.text()), head)) {
                    found = e;
                }
            }
            return found == null ? null : new Speaker(found.text(), found.key());
        }
        return null;
    }

    private static boolean containsWord(String foldedName, String head) {
        for (String w : foldedName.split("\\s+")) {
            if (w.equals(head) || w.equals("ال" + head)) {
                return true;
            }
        }
        return false;
    }

    /** "قال لبي بي سي": a name with the preposition ل is who was spoken to, not the speaker. */
    private boolean isAddressee(Entity e) {
        int s = e.start();
        boolean articleRestored = !e.text().equals(text.substring(s, e.end())); // للبيت الأبيض → البيت الأبيض
        return !articleRestored && s >= 2 && text.charAt(s - 1) == '\u0644' && Character.isWhitespace(text.charAt(s - 2));
    }

    private static boolean namesTitle(String folded) {
        for (String w : folded.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && (Lexicon.TITLES.contains(w) || (w.length() > 3 && w.charAt(0) == 'و' && Lexicon.TITLES.contains(w.substring(1))))) {
                return true;
            }
        }
        return false;
    }

    private Speaker speakerAfter(String after, int offset) {
        String folded = ArabicNormalizer.fold(after);
        int verbEnd = verbEnd(folded, 0);
        return verbEnd < 0 ? null : named(offset + verbEnd, offset + after.length());
    }

    /**
     * The first person, else organisation, else place named in {@code [from, to)}. A place speaks only as the
     * verb's subject right after it (وقالت موسكو إن …), not as where someone lives (وقال أحد سكان مراكش).
     */
    private Speaker named(int from, int to) {
        return named(from, to, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    private Speaker named(int from, int to, EntityType... types) {
        for (EntityType type : types) {
            for (Entity e : entities) {
                if (e.type() == type && e.start() >= from && e.end() <= to && !isAddressee(e)
                        && (type != EntityType.LOCATION || text.substring(from, e.start()).isBlank())) {
                    String name = run.person(e.key()).map(ExtractionRun.Person::name).orElse(e.text());
                    return new Speaker(name, e.key());
                }
            }
        }
        return null;
    }

    /** End of the first attribution verb among the 40 words from {@code from}, or -1. */
    private static int verbEnd(String folded, int from) {
        int count = 0;
        int start = wordStart(folded, from);
        while (start >= 0 && count < 40) {
            int end = wordEnd(folded, start);
            if (Lexicon.isVerb(folded, start, end)) {
                return end;
            }
            start = wordStart(folded, end);
            count++;
        }
        return -1;
    }

    private static int lastVerbEnd(String folded) {
        int last = -1;
        for (int start = wordStart(folded, 0); start >= 0; ) {
            int end = wordEnd(folded, start);
            if (Lexicon.isVerb(folded, start, end)) {
                last = end;
            }
            start = wordStart(folded, end);
        }
        return last;
    }

    /**
     * Where the next word ({@code [\p{L}]+}, by code point as the regular expression reads it) starts at or
     * after {@code from}, or -1: words are walked by hand since they are only looked up, never kept.
     */
    private static int wordStart(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int sentenceEnd(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            if (".؟?!".indexOf(p.charAt(i)) >= 0) {
                return i;
            }
        }
        return p.length();
    }

    private static Quote quote(Speaker speaker, String text, boolean direct) {
        return new Quote(Optional.ofNullable(speaker).map(Speaker::name), Optional.ofNullable(speaker).map(Speaker::key), text, direct);
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    /** Whitespace-separated chunks ({@code \s+}) holding a letter: what splitting and testing each would count. */
    private static int words(String s) {
        int n = 0;
        boolean letter = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                n += letter ? 1 : 0;
                letter = false;
            } else if (!letter && dev.marsad.text.CharClass.isLetter(c)) {
                letter = true;
            }
        }
        return n;
    }
}
