package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.lastVerbEnd;
import static dev.marsad.extract.QuoteText.sentenceEnd;
import static dev.marsad.extract.QuoteText.verbEnd;

import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;

/**
 * Where a quotation and its attribution stand in the article (all offsets in the article's text): its sentence
 * {@code [sentenceFrom, sentenceTo)}, the speech verb's end {@code verbAt} and the start of إن/أن or of the quote
 * {@code thatAt} (−1 both when no verb attributes it), the quoted or reported words {@code [quoteFrom, quoteTo)},
 * its kind ({@code direct}, {@code opens} for a direct quote opening its sentence, {@code verbless},
 * {@code reported}, {@code cited}, {@code opening} for a quote opening a reported clause), and, folded, the speech
 * verb (or citing word) and the words between it and إن/أن or the quote ("" both when no verb attributes it).
 */
record QuoteSpan(String kind, int sentenceFrom, int sentenceTo, int verbAt, int thatAt, int quoteFrom, int quoteTo,
                 String verb, String between) {

    static QuoteSpan of(QuoteCandidate c) {
        if (c instanceof QuoteCandidate.Direct d) {
            return direct(d);
        }
        if (c instanceof QuoteCandidate.Reported r) {
            return reported(r.clause(), r.paragraphOffset(), r.clause().cited() ? "cited" : "reported");
        }
        QuoteCandidate.Opening o = (QuoteCandidate.Opening) c;
        return reported(o.clause(), o.paragraphOffset(), "opening");
    }

    private static QuoteSpan reported(ReportedClause r, int paragraphOffset, String kind) {
        FoldedText text = r.sentence();
        int offset = paragraphOffset + r.sentenceStart();
        return new QuoteSpan(kind, offset, offset + text.original().length(), offset + text.originalEnd(r.verbEnd()),
                offset + text.originalStart(r.thatStart()), paragraphOffset + r.statementStart(), paragraphOffset + r.statementEnd(),
                text.folded().substring(r.verbStart(), r.verbEnd()), text.folded().substring(r.verbEnd(), r.thatStart()));
    }

    private static QuoteSpan direct(QuoteCandidate.Direct d) {
        String p = d.paragraph();
        int offset = d.paragraphOffset();
        int sentenceTo = sentenceEnd(p, d.end());
        String before = p.substring(d.from(), d.start());
        String folded = ArabicNormalizer.fold(before);
        int verb = lastVerbEnd(folded);
        int verbAt = -1;
        int thatAt = -1;
        String verbWord = "";
        String between = "";
        if (verb >= 0 && folded.length() == before.length()) {
            verbAt = offset + d.from() + verb;
            thatAt = offset + d.start();
            verbWord = wordEndingAt(folded, verb);
            between = folded.substring(verb);
        } else {
            String after = p.substring(d.end(), sentenceTo);
            String foldedAfter = ArabicNormalizer.fold(after);
            int verbAfter = verbEnd(foldedAfter, 0);
            if (verbAfter >= 0 && foldedAfter.length() == after.length()) {
                verbAt = offset + d.end() + verbAfter;
                thatAt = offset + sentenceTo;
                verbWord = wordEndingAt(foldedAfter, verbAfter);
                between = foldedAfter.substring(verbAfter);
            }
        }
        String kind = d.opens() ? "opens" : d.verbless() ? "verbless" : "direct";
        return new QuoteSpan(kind, offset + d.from(), offset + sentenceTo, verbAt, thatAt, offset + d.start(), offset + d.end(),
                verbWord, between);
    }

    private static String wordEndingAt(String s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }
}
