package dev.marsad.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip of magic, version, (version 4:) the {@link TagScheme}, weighted features (key, tag mask,
 * the non-zero weights), transitions and the lexicon. Weights below 0.001 never change a decision and are dropped
 * to keep the file small. A model is written in the oldest version that holds it faithfully: version 3 for an IOB2
 * model without weights for the templates added since ({@link FeatureTemplate#DOC_CONTEXT},
 * {@link FeatureTemplate#HEAD_CHAIN}, {@link FeatureTemplate#PRED_CONTEXT}), which a program reading version 3 would
 * silently ignore; else version 4, with the scheme byte and a two-byte tag mask (BILOU has 13 tags), which such a
 * program refuses. Files of versions 2, 3 and 4 load.
 */
final class NerModelFile {
    private static final int MAGIC = 0x4D4E4552;
    private static final int VERSION = 4;
    /** The last version without a scheme (IOB2 only). */
    private static final int IOB2_VERSION = 3;

    /** What the file holds: the feature rows, their weights (T per row), the transitions, the lexicon, the scheme. */
    record Contents(LongIntMap rows, float[] weights, float[] transitions, NerLexicon lexicon, TagScheme scheme) {
    }

    private NerModelFile() {
    }

    static void write(Contents model, OutputStream target) throws IOException {
        write(model, target, model.scheme() == TagScheme.IOB2 && !hasVersion4Features(model) ? IOB2_VERSION : VERSION);
    }

    /** True when the model has a weight for a template that a program reading version 3 does not know. */
    static boolean hasVersion4Features(Contents model) {
        int t = model.scheme().count();
        FeatureTemplate[] added = {FeatureTemplate.DOC_CONTEXT, FeatureTemplate.HEAD_CHAIN, FeatureTemplate.PRED_CONTEXT};
        int[] sizes = {DocumentContext.BITS, FeatureExtractor.HEAD_CHAIN_CODES, DocumentContext.PREDICTION_BITS};
        for (int k = 0; k < added.length; k++) {
            for (int v = 0; v < sizes[k]; v++) {
                int row = model.rows().get(added[k].key(v), -1);
                if (row >= 0 && mask(model.weights(), row, t) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Writes {@code model} in {@code version} (3: the last without a scheme, for IOB2 models only; or 4). */
    static void write(Contents model, OutputStream target, int version) throws IOException {
        LongIntMap rows = model.rows();
        float[] weights = model.weights();
        TagScheme scheme = model.scheme();
        int T = scheme.count();
        if (version != VERSION && (version != IOB2_VERSION || scheme != TagScheme.IOB2)) {
            throw new IllegalArgumentException("cannot write a " + scheme + " model in version " + version);
        }
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(version);
        if (version >= 4) {
            out.writeByte(scheme.fileId());
        }
        long[] keys = rows.keys();
        java.util.Arrays.sort(keys);
        int kept = 0;
        for (long k : keys) {
            kept += mask(weights, rows.get(k, -1), T) != 0 ? 1 : 0;
        }
        out.writeInt(kept);
        for (long k : keys) {
            int row = rows.get(k, -1);
            int mask = mask(weights, row, T);
            if (mask == 0) {
                continue;
            }
            out.writeLong(k);
            if (version >= 4) {
                out.writeShort(mask);
            } else {
                out.writeByte(mask);
            }
            for (int t = 0; t < T; t++) {
                if ((mask & (1 << t)) != 0) {
                    out.writeFloat(weights[row * T + t]);
                }
            }
        }
        for (float w : model.transitions()) {
            out.writeFloat(w);
        }
        model.lexicon().write(out);
        out.flush();
        gzip.finish();
    }

    static Contents read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Marsad NER model (no magic number at its start)");
        }
        int version = in.readInt();
        if (version < 2 || version > VERSION) {
            throw new IOException("Marsad NER model of version " + version + ": this program reads versions 2.." + VERSION
                    + (version > VERSION ? " (a newer program wrote it)" : ""));
        }
        TagScheme scheme = TagScheme.IOB2;
        if (version >= 4) {
            int id = in.readByte();
            try {
                scheme = TagScheme.ofFileId(id);
            } catch (IllegalArgumentException e) {
                throw new IOException("Marsad NER model of version " + version + ": " + e.getMessage(), e);
            }
        }
        int T = scheme.count();
        int n = in.readInt();
        LongIntMap rows = new LongIntMap(n);
        float[] weights = new float[n * T];
        for (int r = 0; r < n; r++) {
            rows.put(in.readLong(), r);
            int mask = version >= 4 ? in.readUnsignedShort() : in.readByte();
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
        return new Contents(rows, weights, transitions, NerLexicon.read(in, version), scheme);
    }

    private static int mask(float[] weights, int row, int T) {
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
