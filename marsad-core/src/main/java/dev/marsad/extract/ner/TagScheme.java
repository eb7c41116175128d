package dev.marsad.extract.ner;

/**
 * How the tagger encodes names internally. Everything outside the decoder reads {@link NerTags} (IOB2): the model
 * decodes in its scheme and hands back IOB2 tags. {@link #BILOU} (Ratinov and Roth 2009) gives a name's first,
 * inside, last and only word their own tags, so the model learns what ends a name (an adjective after it, a
 * second title) as well as what begins one. Tag indexes: O is 0; IOB2 has {@code 1 + 2 * type + (0 B, 1 I)},
 * BILOU {@code 1 + 4 * type + (0 B, 1 I, 2 L, 3 U)}, with types person, location, organisation. Immutable.
 */
public enum TagScheme {
    IOB2(2, 0),
    BILOU(4, 1);

    private static final int TYPES = 3;
    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;

    private final int perType;
    private final int fileId;

    TagScheme(int perType, int fileId) {
        this.perType = perType;
        this.fileId = fileId;
    }

    /** The number of tags, O included. */
    public int count() {
        return 1 + TYPES * perType;
    }

    /** The number the model file stores for this scheme. */
    int fileId() {
        return fileId;
    }

    static TagScheme ofFileId(int id) {
        for (TagScheme s : values()) {
            if (s.fileId == id) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown tag scheme " + id + " in the model file");
    }

    private int part(int tag) {
        return (tag - 1) % perType;
    }

    private int type(int tag) {
        return (tag - 1) / perType;
    }

    /** True when {@code tag} continues a name opened before it (I-X, and L-X in BILOU). */
    private boolean continues(int tag) {
        return tag > 0 && (part(tag) == I || part(tag) == L);
    }

    /** True when a name may go on after {@code tag} (B-X and I-X in BILOU; B-X and I-X in IOB2). */
    private boolean open(int tag) {
        return tag > 0 && (perType == 2 || part(tag) == B || part(tag) == I);
    }

    /** True when {@code tag} may follow {@code prev} (-1 at the sentence start). */
    boolean allowed(int prev, int tag) {
        if (perType == 2) {
            return NerTags.allowed(prev, tag);
        }
        boolean prevOpen = prev > 0 && open(prev);
        if (continues(tag)) {
            return prevOpen && type(prev) == type(tag);
        }
        return !prevOpen;
    }

    /** True when a sentence may end on {@code tag} (a BILOU name must be closed by L-X or U-X). */
    boolean allowedLast(int tag) {
        return perType == 2 || !open(tag);
    }

    /**
     * This scheme's tags for IOB2 tags. An I-X after O or another type opens a name (as the scorer reads it), so
     * every IOB2 sequence has a valid encoding.
     */
    int[] encode(int[] iob2) {
        if (this == IOB2) {
            return iob2.clone();
        }
        int n = iob2.length;
        int[] out = new int[n];
        int i = 0;
        while (i < n) {
            if (iob2[i] == 0) {
                i++;
                continue;
            }
            int type = (iob2[i] - 1) / 2;
            int inside = 1 + 2 * type + 1;
            int end = i + 1;
            while (end < n && iob2[end] == inside) {
                end++;
            }
            int base = 1 + perType * type;
            if (end - i == 1) {
                out[i] = base + U;
            } else {
                out[i] = base + B;
                for (int j = i + 1; j < end - 1; j++) {
                    out[j] = base + I;
                }
                out[end - 1] = base + L;
            }
            i = end;
        }
        return out;
    }

    /** IOB2 tags ({@link NerTags}) for this scheme's tags. */
    int[] toIob2(int[] tags) {
        if (this == IOB2) {
            return tags;
        }
        int[] out = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            int t = tags[i];
            if (t == 0) {
                continue;
            }
            int p = part(t);
            out[i] = 1 + 2 * type(t) + (p == B || p == U ? 0 : 1);
        }
        return out;
    }
}
