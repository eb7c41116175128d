package dev.marsad.eval.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One hand-labelled passage of {@code quotes-times.txt}: its publication date, its text and the quotations and
 * time expressions a reader finds in it. The file format is documented in the file's header.
 *
 * @param published publication date, ISO {@code YYYY-MM-DD}
 * @param text      the passage, paragraphs separated by a blank line
 * @param quotes    expected quotations, in text order
 * @param times     expected time expressions, in text order
 */
public record LabelledPassage(String published, String text, List<GoldQuote> quotes, List<GoldTime> times) {
    /** Resource path of Marsad's own fixtures. */
    public static final String RESOURCE = "/dev/marsad/eval/quotes-times.txt";

    /**
     * An expected quotation.
     *
     * @param speaker    the speaker's full name, or {@code ""} for an unnamed speaker
     * @param firstWords the first words of what was said
     */
    public record GoldQuote(String speaker, String firstWords) {
        public boolean named() {
            return !speaker.isBlank();
        }
    }

    /**
     * An expected time expression.
     *
     * @param text  the expression as written
     * @param value the expected ISO value ({@code ""} when it cannot be resolved)
     */
    public record GoldTime(String text, String value) {
    }

    public LabelledPassage {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
    }

    /** Reads the fixtures shipped in the jar. */
    public static List<LabelledPassage> load() {
        try (var in = LabelledPassage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the fixture format; a malformed block fails with its number. */
    public static List<LabelledPassage> parse(String content) {
        List<LabelledPassage> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String raw : content.split("\r?\n", -1)) {
            if (raw.strip().equals("===")) {
                addBlock(block, out);
                block.clear();
            } else if (!raw.startsWith("#")) {
                block.add(raw);
            }
        }
        addBlock(block, out);
        return List.copyOf(out);
    }

    private static void addBlock(List<String> lines, List<LabelledPassage> out) {
        if (lines.stream().allMatch(String::isBlank)) {
            return;
        }
        String published = null;
        List<String> paragraphs = new ArrayList<>();
        List<GoldQuote> quotes = new ArrayList<>();
        List<GoldTime> times = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("published:")) {
                published = line.substring("published:".length()).strip();
            } else if (line.startsWith("Q\t")) {
                String[] f = line.split("\t", -1);
                if (f.length != 3 || f[2].isBlank()) {
                    throw bad(out.size(), line);
                }
                quotes.add(new GoldQuote(f[1].strip(), f[2].strip()));
            } else if (line.startsWith("T\t")) {
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f.length > 3 || f[1].isBlank()) {
                    throw bad(out.size(), line);
                }
                times.add(new GoldTime(f[1].strip(), f.length == 3 ? f[2].strip() : ""));
            } else {
                paragraphs.add(line.strip());
            }
        }
        if (published == null || paragraphs.isEmpty()) {
            throw bad(out.size(), "a block needs a 'published:' line and a passage");
        }
        out.add(new LabelledPassage(published, String.join("\n\n", paragraphs), quotes, times));
    }

    private static IllegalArgumentException bad(int index, String line) {
        return new IllegalArgumentException("passage " + (index + 1) + ": malformed line: " + line);
    }
}
