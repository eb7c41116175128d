package dev.marsad.adapter.search;

import dev.marsad.port.SearchIndex.SnippetPart;
import dev.marsad.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a passage around the first match of a body and splits it into plain and matched parts. Matching runs the
 * body through the same analyzer as the index, so a stemmed query word marks every inflection it matched
 * (الصواريخ marks والصواريخ). Parts are raw text: the display escapes them. Written here rather than with
 * lucene-highlighter because the window is simple and the output is structured parts, not markup to trust.
 */
final class Snippets {
    static final int BEFORE = 60;
    static final int LENGTH = 220;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SnippetPart> snippet(String body, Set<String> terms) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        List<Span> matches = matches(body, terms);
        int start = matches.isEmpty() ? 0 : wordStart(body, Math.max(0, matches.get(0).start() - BEFORE));
        int end = wordEnd(body, Math.min(body.length(), start + LENGTH));
        List<SnippetPart> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new SnippetPart("… ", false));
        }
        int at = start;
        for (Span m : matches) {
            if (m.start() < at || m.end() > end) {
                continue;
            }
            if (m.start() > at) {
                parts.add(new SnippetPart(body.substring(at, m.start()), false));
            }
            parts.add(new SnippetPart(m.of(body), true));
            at = m.end();
        }
        if (end > at) {
            parts.add(new SnippetPart(body.substring(at, end), false));
        }
        if (end < body.length()) {
            parts.add(new SnippetPart(" …", false));
        }
        return parts;
    }

    private List<Span> matches(String body, Set<String> terms) {
        List<Span> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, body)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString())) {
                    out.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
