package dev.marsad.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain tagger: averaged-perceptron weights per (feature, tag), tag-transition weights and
 * the lexicon the features consult. Immutable; thread-safe.
 */
public final class NerModel {
    private static final int MAGIC = 0x4D4E4552;
    private static final int VERSION = 1;
    private static final int T = NerTags.COUNT;

    private final LongIntMap rows;
    private final float[] weights;
    private final float[] transitions;
    private final NerLexicon lexicon;
    private final FeatureExtractor features;
    private final CuratedOverlay overlay;

    NerModel(LongIntMap rows, float[] weights, float[] transitions, NerLexicon lexicon) {
        this.rows = rows;
        this.weights = weights;
        this.transitions = transitions;
        this.lexicon = lexicon;
        this.features = new FeatureExtractor(lexicon);
        this.overlay = new CuratedOverlay(lexicon);
    }

    /** The tag index ({@link NerTags}) of each token of one sentence: the model, then the curated overlay. */
    public int[] tag(String[] tokens) {
        return tag(tokens, emissions(tokens));
    }

    int[] tag(String[] tokens, float[] emissions) {
        int[] tags = Viterbi.decode(emissions, transitions, tokens.length);
        overlay.apply(tokens, tags);
        return tags;
    }

    /** Per-token emission scores, token-major, {@link NerTags#COUNT} per token. */
    float[] emissions(String[] tokens) {
        long[][] feats = features.extract(tokens);
        float[] e = new float[tokens.length * T];
        for (int i = 0; i < tokens.length; i++) {
            for (long f : feats[i]) {
                int row = rows.get(f, -1);
                if (row >= 0) {
                    for (int t = 0; t < T; t++) {
                        e[i * T + t] += weights[row * T + t];
                    }
                }
            }
        }
        return e;
    }

    NerLexicon lexicon() {
        return lexicon;
    }

    /** Number of weighted features. */
    public int featureCount() {
        return rows.size();
    }

    /** Writes the model gzip-compressed; rows whose weights are all zero are dropped. */
    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        long[] keys = rows.keys();
        java.util.Arrays.sort(keys);
        int kept = 0;
        for (long k : keys) {
            kept += mask(rows.get(k, -1)) != 0 ? 1 : 0;
        }
        out.writeInt(kept);
        for (long k : keys) {
            int row = rows.get(k, -1);
            int mask = mask(row);
            if (mask == 0) {
                continue;
            }
            out.writeLong(k);
            out.writeByte(mask);
            for (int t = 0; t < T; t++) {
                if ((mask & (1 << t)) != 0) {
                    out.writeFloat(weights[row * T + t]);
                }
            }
        }
        for (float w : transitions) {
            out.writeFloat(w);
        }
        lexicon.write(out);
        out.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}. */
    public static NerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a Marsad NER model (version " + VERSION + ")");
        }
        int n = in.readInt();
        LongIntMap rows = new LongIntMap(n);
        float[] weights = new float[n * T];
        for (int r = 0; r < n; r++) {
            rows.put(in.readLong(), r);
            int mask = in.readByte();
            for (int t = 0; t < T; t++) {
                if ((mask & (1 << t)) != 0) {
                    weights[r * T + t] = in.readFloat();
                }
            }
        }
        float[] transitions = new float[(T + 1) * T];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        return new NerModel(rows, weights, transitions, NerLexicon.read(in));
    }

    private int mask(int row) {
        int mask = 0;
        for (int t = 0; t < T; t++) {
            // Weights below this size never change a decision; dropping them keeps the committed file small.
            if (Math.abs(weights[row * T + t]) >= 1e-3f) {
                mask |= 1 << t;
            }
        }
        return mask;
    }
}
