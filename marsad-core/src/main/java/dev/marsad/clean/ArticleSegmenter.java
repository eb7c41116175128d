package dev.marsad.clean;

import dev.marsad.model.ArticleMetadata;
import dev.marsad.model.CleanArticle;
import dev.marsad.model.CleanPage;
import dev.marsad.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the articles in a page's classified lines. The page's own article is the first run of prose with the
 * header lines above it; the run may hold short lines (subheads) between prose lines and loses furniture lines.
 * It ends at the first separator, source or tag line. What follows is split at such lines into segments: a
 * segment with enough prose is an article pasted into the page ({@link Role#APPENDED}), anything else
 * (related-headline lists, footers) is removed. An inline "read also" link followed directly by prose does
 * not end the article. Thread-safe (stateless).
 */
final class ArticleSegmenter {
    /** An appended block needs at least this many prose lines to count as an article, not a teaser. */
    static final int MIN_APPENDED_SENTENCES = 2;

    private ArticleSegmenter() {
    }

    static CleanPage segment(List<Line> all, ArticleMetadata pageMeta, CleanConfig config, List<String> removedBefore) {
        List<Line> lines = all.stream().filter(l -> !l.is(LineKind.BLANK)).toList();
        List<String> removed = new ArrayList<>(removedBefore);
        List<CleanArticle> articles = new ArrayList<>();
        int first = HeaderBoundary.bodyStart(lines);
        if (first < 0) {
            // No prose at all: keep what there is as the body so nothing is silently lost.
            ArticleMetadata meta = HeaderReader.read(List.of(), pageMeta, removed);
            String text = String.join("\n\n", lines.stream().filter(l -> !l.is(LineKind.FURNITURE)).map(Line::text).toList());
            lines.stream().filter(l -> l.is(LineKind.FURNITURE)).forEach(l -> removed.add(l.text()));
            articles.add(ArticleAssembler.assemble(Role.MAIN, meta, text.isEmpty() ? List.of() : List.of(text), removed));
            return new CleanPage(articles, removed);
        }
        ArticleMetadata mainMeta = HeaderReader.read(lines.subList(0, first), pageMeta, removed);
        // A caption split off the first paragraph later belongs here in page order.
        int bodyStartsAt = removed.size();
        List<String> body = new ArrayList<>();
        int next = readBody(lines, first, body, removed);
        mainMeta = HeaderBoundary.trailingCredit(lines.subList(first, next), mainMeta);
        // Segments after the body: each starts with a break line (separator, source, tags).
        boolean mainClosed = false;
        while (next < lines.size()) {
            Line breakLine = lines.get(next);
            if (breakLine.is(LineKind.COMMENTS)) {
                // Readers' comments are sentences too, but never the page's article nor a pasted one.
                lines.subList(next, lines.size()).forEach(l -> removed.add(l.text()));
                break;
            }
            int end = nextBreak(lines, next + 1);
            List<Line> segment = lines.subList(next + 1, end);
            if (breakLine.is(LineKind.SOURCE) || breakLine.is(LineKind.TAGS)) {
                if (breakLine.is(LineKind.SOURCE) && articles.isEmpty()) {
                    mainMeta = HeaderReader.sourceLine(breakLine, mainMeta);
                }
                removed.add(breakLine.text());
                mainClosed = true;
            } else if (!mainClosed && articles.isEmpty() && continuesMain(segment)) {
                // A "watch also" box inside the article: the prose after it goes on with the same story.
                removed.add(breakLine.text());
                int prose = HeaderBoundary.firstSentence(segment, 0, segment.size());
                segment.subList(0, prose).forEach(l -> removed.add(l.text()));
                readBody(lines, next + 1 + prose, body, removed);
                next = end;
                continue;
            } else if (isInlineLink(breakLine) && !segment.isEmpty() && segment.get(0).is(LineKind.SENTENCE) && articles.isEmpty()) {
                // "اقرأ أيضا: <headline>" between two paragraphs of the same article.
                removed.add(breakLine.text());
                readBody(lines, next + 1, body, removed);
                next = end;
                continue;
            } else {
                removed.add(breakLine.text());
            }
            List<String> segmentRemoved = new ArrayList<>();
            Optional<CleanArticle> article = appended(segment, config, segmentRemoved);
            if (article.isPresent()) {
                articles.add(article.get());
                removed.addAll(segmentRemoved);
            } else {
                segment.forEach(l -> removed.add(l.text()));
            }
            next = end;
        }
        List<CleanArticle> out = new ArrayList<>();
        List<String> mainRemoved = new ArrayList<>();
        out.add(ArticleAssembler.assemble(Role.MAIN, mainMeta, body, mainRemoved));
        removed.addAll(bodyStartsAt, mainRemoved);
        out.addAll(articles);
        return new CleanPage(out, removed);
    }

    /** Reads prose from {@code start} up to the next break; returns the index of that break (or the end). */
    private static int readBody(List<Line> lines, int start, List<String> body, List<String> removed) {
        int end = nextBreak(lines, start);
        int last = lastSentence(lines, start, end);
        for (int i = start; i < end; i++) {
            Line line = lines.get(i);
            if (i <= last && !line.is(LineKind.FURNITURE)) {
                body.add(line.text());
            } else {
                removed.add(line.text());
            }
        }
        return end;
    }

    private static Optional<CleanArticle> appended(List<Line> segment, CleanConfig config, List<String> localRemoved) {
        int first = HeaderBoundary.firstSentence(segment, 0, segment.size());
        if (first < 0) {
            return Optional.empty();
        }
        int last = lastSentence(segment, first, segment.size());
        long sentences = segment.subList(first, last + 1).stream().filter(l -> l.is(LineKind.SENTENCE)).count();
        int chars = segment.subList(first, last + 1).stream().mapToInt(l -> l.text().length()).sum();
        if (sentences < MIN_APPENDED_SENTENCES || chars < config.minArticleChars()) {
            return Optional.empty();
        }
        // Only the line right above the prose can be this article's headline; lines above it are a list.
        List<Line> header = segment.subList(0, first);
        int titleAt = header.size() - 1;
        while (titleAt >= 0 && HeaderBoundary.isMetaLine(header.get(titleAt))) {
            titleAt--;
        }
        if (titleAt >= 0 && !HeaderReader.isTitleLike(header.get(titleAt))) {
            titleAt++;
        }
        header.subList(0, Math.max(0, titleAt)).forEach(l -> localRemoved.add(l.text()));
        ArticleMetadata meta = HeaderReader.read(header.subList(Math.max(0, titleAt), header.size()), ArticleMetadata.EMPTY, localRemoved);
        List<String> body = new ArrayList<>();
        List<String> furniture = new ArrayList<>();
        for (Line l : segment.subList(first, last + 1)) {
            if (l.is(LineKind.FURNITURE)) {
                furniture.add(l.text());
            } else {
                body.add(l.text());
            }
        }
        CleanArticle article = ArticleAssembler.assemble(Role.APPENDED, meta, body, localRemoved);
        localRemoved.addAll(furniture);
        segment.subList(last + 1, segment.size()).forEach(l -> localRemoved.add(l.text()));
        return Optional.of(article);
    }

    /**
     * True when a segment after a separator is the page's article going on: at most two short lines (the
     * linked teaser) and no date or byline before prose that opens with a conjunction (وقال، وفي), which a
     * pasted article's lead paragraph does not.
     */
    private static boolean continuesMain(List<Line> segment) {
        int prose = HeaderBoundary.firstSentence(segment, 0, segment.size());
        if (prose < 0 || prose > 2 || segment.subList(0, prose).stream().anyMatch(HeaderBoundary::isMetaLine)) {
            return false;
        }
        return Cues.opensWithConjunction(segment.get(prose).text());
    }

    private static boolean isInlineLink(Line line) {
        String after = Cues.afterColon(line.text());
        return LineClassifier.countWords(after) >= 3;
    }

    private static int lastSentence(List<Line> lines, int from, int to) {
        int last = from;
        for (int i = from; i < to; i++) {
            if (lines.get(i).is(LineKind.SENTENCE)) {
                last = i;
            }
        }
        return last;
    }

    private static int nextBreak(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).isBreak()) {
                return i;
            }
        }
        return lines.size();
    }
}
