package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotation finding, the first half of the quote stage: where the quotations of an article are, in text order,
 * with what their speaker resolution needs ({@link QuoteCandidate}), and no speaker yet.
 * <ul>
 *   <li>Direct: text inside «», “”, or straight double quotes, at least {@value QuoteText#MIN_QUOTE_WORDS} words
 *       (shorter quoted words are scare quotes); a quote left open runs to the end of its paragraph.</li>
 *   <li>ReportedClause: an attribution verb ({@code attribution-verbs-ar.txt}, participles included) followed by إن/أن;
 *       each verb opens its own clause, which runs to the next one.</li>
 *   <li>Cited: a sentence attributed with بحسب / وفقا ل / نقلا عن / وفق ما (not to figures: {@code cited-data-ar.txt}).</li>
 * </ul>
 * Stateless; thread-safe.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The quotations of {@code text}, paragraph by paragraph, in text order. */
    static List<QuoteCandidate> find(String text) {
        List<QuoteCandidate> out = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                quotesIn(paragraph, paragraphStart, out);
            }
            paragraphStart += paragraph.length() + 1;
        }
        return out;
    }
    /** A quotation in a sentence without a speech verb is one only from this many words (shorter: a name, a slogan). */
    private static final int MIN_VERBLESS_QUOTE_WORDS = 6;

    /**
     * The quotations of one paragraph in text order, sentence by sentence: direct quotes where quotation marks
     * are, reported speech (قال … إن، مضيفا أن، بحسب …) in the same sentences, each speech verb opening its own
     * clause; a direct quote inside a reported clause is part of it (وقال إنه "ينفي بشدة" …), and a reported
     * clause that opens with a quotation mark is that direct quote (قال: "إن …"). Events are read in text order so
     * that a continuation (وأضاف:) follows whichever came just before it.
     */
    private static void quotesIn(String p, int offset, List<QuoteCandidate> out) {
        List<DirectQuotes.Quoted> direct = DirectQuotes.directQuotes(p);
        int next = 0;
        int cursor = 0;
        int nameFrom = 0; // where the sentence holding a name in marks with a full stop inside started (أوزإس. فايننشال)
        int nameEnd = -1; // and where that name's marks end
        for (Span s : SentenceSplitter.split(p)) {
            int sentenceStart = s.start() < nameEnd ? nameFrom : s.start();
            List<ReportedClause> reported = new ArrayList<>();
            java.util.Map<DirectQuotes.Quoted, ReportedClause> opening = new java.util.IdentityHashMap<>();
            for (ReportedClause r : ReportedClauses.reportedIn(s.of(p), s.start(), direct)) {
                DirectQuotes.Quoted q = DirectQuotes.quoteOpening(p, r.statementStart(), direct);
                if (q == null) {
                    reported.add(r);
                } else {
                    opening.put(q, r); // قال فلان إن «…»: a direct quote whose speaker is the clause's.
                }
            }
            int r = 0;
            while (next < direct.size() && direct.get(next).marks().start() < s.end()) {
                DirectQuotes.Quoted q = direct.get(next++);
                while (r < reported.size() && reported.get(r).statementStart() <= q.marks().start()) {
                    out.add(new QuoteCandidate.Reported(reported.get(r++), p, offset));
                }
                if (DirectQuotes.isNameInMarks(p, q) || DirectQuotes.isMispaired(p, q)) {
                    if (q.marks().end() > s.end()) {
                        // لدى «أوزإس. فايننشال سرفيس» لـ«الشرق الأوسط»: «…»: a full stop inside the name ended no
                        // sentence; the next quotation's speaker may stand before the name.
                        nameFrom = sentenceStart;
                        nameEnd = q.marks().end();
                    }
                    continue; // شبكة "سي إن إن"، مصادر "سكاي نيوز عربية": a name in marks, not a quotation.
                }
                if (inSpeakerWords(q, reported, opening.values())) {
                    cursor = q.marks().end(); // وأوضح مراسل "سكاي نيوز عربية" أن …: a name in marks among the speaker's words.
                    continue;
                }
                if (opening.containsKey(q)) {
                    out.add(new QuoteCandidate.Opening(opening.get(q), offset, q.text().of(p).strip()));
                } else if (!insideReported(q, reported)) {
                    direct(p, offset, Math.max(cursor, Math.min(sentenceStart, q.marks().start())), q, out);
                }
                cursor = q.marks().end();
            }
            while (r < reported.size()) {
                out.add(new QuoteCandidate.Reported(reported.get(r++), p, offset));
            }
        }
        while (next < direct.size()) {
            DirectQuotes.Quoted q = direct.get(next++);
            direct(p, offset, cursor, q, out);
            cursor = q.marks().end();
        }
    }

    /** True when a quotation stands between a reported clause's verb and its إن/أن, among the speaker's words. */
    private static boolean inSpeakerWords(DirectQuotes.Quoted q, List<ReportedClause> reported, java.util.Collection<ReportedClause> opening) {
        for (List<ReportedClause> all : List.of(reported, List.copyOf(opening))) {
            for (ReportedClause r : all) {
                int verbAt = r.sentenceStart() + r.sentence().originalEnd(r.verbEnd());
                int thatAt = r.sentenceStart() + r.sentence().originalStart(r.thatStart());
                if (!r.cited() && q.marks().start() >= verbAt && q.marks().end() <= thatAt) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean insideReported(DirectQuotes.Quoted q, List<ReportedClause> reported) {
        for (ReportedClause r : reported) {
            if (q.marks().start() > r.statementStart() && q.marks().start() < r.statementEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One direct quote {@code q}; {@code from} is where the text that may name its speaker starts (the start of its
     * sentence, or the end of the quote before it in that sentence). Words in marks in a sentence without a speech
     * verb or a cited source are a quotation only when long (بالتحقيق في "الانتهاكات ضد المدنيين" is a name).
     */
    private static void direct(String p, int offset, int from, DirectQuotes.Quoted q, List<QuoteCandidate> out) {
        String before = p.substring(from, q.marks().start());
        boolean opens = before.isBlank();
        String afterFolded = ArabicNormalizer.fold(p.substring(q.marks().end(), sentenceEnd(p, q.marks().end())));
        boolean verbless = !opens && lastVerbEnd(ArabicNormalizer.fold(before)) < 0 && verbEnd(afterFolded, 0) < 0
                && citedAfter(afterFolded) < 0;
        if (verbless && words(q.text().of(p)) < MIN_VERBLESS_QUOTE_WORDS) {
            return;
        }
        out.add(new QuoteCandidate.Direct(p, offset, from, q.marks().start(), q.marks().end(), q.text().start(), q.text().end(),
                opens, verbless));
    }

}
