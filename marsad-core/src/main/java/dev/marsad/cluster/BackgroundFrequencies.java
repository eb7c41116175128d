package dev.marsad.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Document frequencies of matching terms over a large background of Arabic news, learnt once
 * ({@code ./marsad train background}; see {@code background-df.MODEL.md}) and added to the stream's own counts.
 *
 * <p>Why: IDF counted only over the articles seen so far is noise for the first few hundred articles of a
 * deployment and, over one busy day, marks the day's big event words (عسير، تفجير) as common exactly when they
 * matter; a background of tens of thousands of articles gives stable weights from the first article on, and the
 * stream's counts still adapt it to new names.
 *
 * <p>The table also holds common adjacent word pairs ({@link #pair}), for the rarity of full person names: two
 * common words (سعود, الدوسري) can make a rare name.
 */
public final class BackgroundFrequencies {
    /** The resource shipped in the jar. */
    public static final String RESOURCE = "/dev/marsad/cluster/background-df.tsv.gz";
    private static volatile BackgroundFrequencies shipped;

    private final int documents;
    private final Map<String, Integer> frequencies;

    public BackgroundFrequencies(int documents, Map<String, Integer> frequencies) {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be >= 0: " + documents);
        }
        this.documents = documents;
        this.frequencies = Map.copyOf(frequencies);
    }

    /**
     * The table's key of two adjacent matching terms (a word pair: سعود الدوسري). The table holds pairs of words each in
     * at least the training's {@code --min-pair-df} articles, seen together that often: a pair not in it is rare
     * (frequency 0) even when both its words are common, which is what the name rule needs to know of a full name.
     * The space never occurs inside a term, so a pair's key never collides with a word's.
     */
    public static String pair(String first, String second) {
        return first + " " + second;
    }

    /** Background documents counted. */
    public int documents() {
        return documents;
    }

    /** Background documents containing {@code term}; 0 for a term rarer than the table's cut-off. */
    public int frequency(String term) {
        return frequencies.getOrDefault(term, 0);
    }

    /** The table shipped in the jar, read once. A missing or unreadable table is a packaging bug and fails loudly. */
    public static BackgroundFrequencies shipped() {
        BackgroundFrequencies table = shipped;
        if (table == null) {
            synchronized (BackgroundFrequencies.class) {
                table = shipped;
                if (table == null) {
                    table = read(RESOURCE);
                    shipped = table;
                }
            }
        }
        return table;
    }

    /**
     * Reads a gzip-compressed table: {@code # documents N} first, then {@code term<TAB>frequency} per line;
     * other {@code #} lines are comments.
     */
    static BackgroundFrequencies read(String resource) {
        try (InputStream raw = BackgroundFrequencies.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            int documents = -1;
            Map<String, Integer> frequencies = new HashMap<>(1 << 17);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("# documents ")) {
                    documents = Integer.parseInt(line.substring("# documents ".length()).strip());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    frequencies.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
                }
            }
            if (documents < 0) {
                throw new IllegalStateException(resource + ": no '# documents N' line");
            }
            return new BackgroundFrequencies(documents, frequencies);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
