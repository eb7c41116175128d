package dev.marsad.extract.ner;

import dev.marsad.model.EntityType;
import java.util.List;

/**
 * The IOB2 tag set of the tagger: O, then B-/I- for person, location and organisation (MISC is not tagged).
 * Tag {@code t > 0} has type {@code (t - 1) / 2} and begins a name when odd.
 */
public final class NerTags {
    public static final int COUNT = 7;
    static final List<String> NAMES = List.of("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG");

    private NerTags() {
    }

    /** The tag index of an IOB2 label such as {@code B-PER} or {@code I-LOC}; MISC and unknown labels are O. */
    public static int parse(String label) {
        if (label.length() < 3 || label.charAt(1) != '-' || (label.charAt(0) != 'B' && label.charAt(0) != 'I')) {
            return 0;
        }
        String type = label.substring(2);
        int base = switch (type) {
            case "PERS", "PER" -> 1;
            case "LOC" -> 3;
            case "ORG" -> 5;
            default -> 0;
        };
        if (base == 0) {
            return 0;
        }
        return label.charAt(0) == 'B' ? base : base + 1;
    }

    /** The label of a tag index. */
    public static String name(int tag) {
        return NAMES.get(tag);
    }

    /** One past the last token of the name that begins at {@code i} (B-X followed by its I-X tags). */
    static int nameEnd(int[] tags, int i, int length) {
        int end = i + 1;
        while (end < length && tags[end] == tags[i] + 1) {
            end++;
        }
        return end;
    }

    static boolean isInside(int tag) {
        return tag > 0 && tag % 2 == 0;
    }

    /** True when {@code tag} may follow {@code prev} (-1 at sentence start): I-X only after B-X or I-X. */
    static boolean allowed(int prev, int tag) {
        return !isInside(tag) || (prev == tag || prev == tag - 1);
    }

    static EntityType type(int tag) {
        return switch ((tag - 1) / 2) {
            case 0 -> EntityType.PERSON;
            case 1 -> EntityType.LOCATION;
            default -> EntityType.ORGANIZATION;
        };
    }
}
