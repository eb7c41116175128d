package dev.marsad.eval.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page whose lines carry a gold label: does the line belong to an article body or not. Written by a person
 * before the page is run, so the labels do not follow the cleaner's output.
 *
 * <p>File format (UTF-8): lines starting with {@code #} are comments; {@code @field<TAB>value} lines give the
 * expected metadata of the main article ({@code null} for "not stated"); every other line is {@code B|text}
 * (article body, main or appended), {@code N|text} (anything else: title, byline, date, source, tags, lists,
 * ads, share lines) or {@code |text} for a blank or whitespace-only line.
 *
 * @param lines    the page lines in order
 * @param expected expected metadata by field name (title, outlet, agency, published, dateline)
 */
record LabelledPage(List<Labelled> lines, Map<String, Optional<String>> expected) {

    /**
     * One page line.
     *
     * @param text the line as it appears in the page
     * @param body true when a person labelled it as article body
     */
    record Labelled(String text, boolean body) {
        Labelled {
            Objects.requireNonNull(text, "text");
        }
    }

    LabelledPage {
        lines = List.copyOf(lines);
        expected = Map.copyOf(expected);
    }

    /** The page as the cleaner sees it (labels stripped). */
    String content() {
        StringBuilder out = new StringBuilder();
        for (Labelled line : lines) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    static LabelledPage parse(String file) {
        List<Labelled> lines = new ArrayList<>();
        Map<String, Optional<String>> expected = new LinkedHashMap<>();
        for (String raw : file.split("\\R", -1)) {
            if (raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("@")) {
                String[] kv = raw.substring(1).split("\t", 2);
                String value = kv.length < 2 ? "null" : kv[1].strip();
                expected.put(kv[0].strip(), value.equals("null") ? Optional.empty() : Optional.of(value));
            } else if (raw.startsWith("B|") || raw.startsWith("N|")) {
                lines.add(new Labelled(raw.substring(2), raw.charAt(0) == 'B'));
            } else if (raw.startsWith("|")) {
                lines.add(new Labelled(raw.substring(1), false));
            } else if (!raw.isEmpty()) {
                throw new IllegalArgumentException("unlabelled line: " + raw);
            }
        }
        return new LabelledPage(lines, expected);
    }
}
