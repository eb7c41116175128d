package dev.marsad.clean;

import dev.marsad.model.ArticleMetadata;
import java.util.List;
import java.util.Optional;

/**
 * Where an article's header ends and what stands right after its body: a headline written as a sentence, a
 * "label: value" byline, a lone wire credit. Thread-safe (stateless).
 */
final class HeaderBoundary {
    private HeaderBoundary() {
    }

    /**
     * The first line of the page's body: the first prose line, unless date or byline lines follow it before
     * more prose, in which case it was a headline written as a sentence (a question, say) and the header
     * goes on.
     */
    static int bodyStart(List<Line> lines) {
        int first = firstSentence(lines, 0, lines.size());
        while (first >= 0 && !lines.get(first).text().endsWith(".") && lines.get(first).words() <= HeaderReader.TITLE_MAX_WORDS) {
            int next = firstSentence(lines, first + 1, lines.size());
            if (next < 0) {
                break;
            }
            List<Line> between = lines.subList(first + 1, next);
            if (between.isEmpty() || !between.stream().allMatch(l -> isMetaLine(l) || isLabelLine(l))
                    || between.stream().noneMatch(HeaderBoundary::isMetaLine)) {
                break;
            }
            first = next;
        }
        return first;
    }

    /** A wire credit standing alone after the body, {@code (وات)}, names the agency when nothing else did. */
    static ArticleMetadata trailingCredit(List<Line> bodyLines, ArticleMetadata meta) {
        if (meta.agency().isPresent()) {
            return meta;
        }
        for (Line l : bodyLines) {
            if (l.words() <= 4 && !l.is(LineKind.SENTENCE)) {
                Optional<String> agency = Agencies.exactly(l.text());
                if (agency.isPresent()) {
                    return meta.withAgency(agency);
                }
            }
        }
        return meta;
    }

    /** A short "label: value" line such as an author byline ({@code بقلم: …}, {@code كتب: …}). */
    static boolean isLabelLine(Line l) {
        int colon = Cues.indexOfColon(l.text());
        return l.words() <= 6 && colon > 0 && colon <= 12;
    }

    /** A line of the header: a label, a date line or a byline. */
    static boolean isMetaLine(Line l) {
        return isLabelLine(l) || HeaderReader.dateLine(l, ArticleMetadata.EMPTY).isPresent() || HeaderReader.byline(l, ArticleMetadata.EMPTY).isPresent();
    }

    /** The first prose sentence in {@code lines[from, to)}, or -1. */
    static int firstSentence(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).is(LineKind.SENTENCE)) {
                return i;
            }
        }
        return -1;
    }
}
