package dev.marsad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Loads the bundled resources into a lexicon: cue words ({@value #RESOURCE}) and the curated list of names
 * frequent in current news ({@value #NAMES}). Training embeds both in the model.
 */
public final class NerCues {
    static final String RESOURCE = "cues-ar.txt";
    static final String NAMES = "names-ar.txt";

    private NerCues() {
    }

    /** Adds every cue and every curated name of the bundled resources to {@code lexicon}. */
    public static void addTo(NerLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        read(RESOURCE, (word, type) -> lexicon.addCue(type, word));
        read(NAMES, (name, type) -> lexicon.addName(2, type, name));
    }

    private static void read(String resource, java.util.function.ObjIntConsumer<String> sinkByType) {
        try (InputStream in = NerCues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                sinkByType.accept(parts[1].strip(), typeIndex(parts[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The lexicon type index of {@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}. */
    public static int typeIndex(String type) {
        return switch (type) {
            case "PERSON" -> NerLexicon.PERSON;
            case "LOCATION" -> NerLexicon.LOCATION;
            case "ORGANIZATION" -> NerLexicon.ORGANIZATION;
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
