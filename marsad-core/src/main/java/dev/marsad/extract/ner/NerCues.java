package dev.marsad.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Loads the cue-word resource ({@value #RESOURCE}) into a lexicon; training embeds the cues in the model. */
public final class NerCues {
    static final String RESOURCE = "cues-ar.txt";

    private NerCues() {
    }

    /** Adds every cue of the bundled resource to {@code lexicon}. */
    public static void addTo(NerLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        try (InputStream in = NerCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                lexicon.addCue(typeIndex(parts[0]), parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
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
