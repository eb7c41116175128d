package dev.marsad.extract.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip of magic, version, weighted features (key, tag mask, the non-zero weights), transitions
 * and the lexicon. Weights below 0.001 never change a decision and are dropped to keep the file small.
 */
final class NerModelFile {
    private static final int MAGIC = 0x4D4E4552;
    private static final int VERSION = 3;
    private static final int T = NerTags.COUNT;

    private NerModelFile() {
    }

    static void write(NerModel model, OutputStream target) throws IOException {
        LongIntMap rows = model.rows();
        float[] weights = model.weights();
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        long[] keys = rows.keys();
        java.util.Arrays.sort(keys);
        int kept = 0;
        for (long k : keys) {
            kept += mask(weights, rows.get(k, -1)) != 0 ? 1 : 0;
        }
        out.writeInt(kept);
        for (long k : keys) {
            int row = rows.get(k, -1);
            int mask = mask(weights, row);
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
        for (float w : model.transitions()) {
            out.writeFloat(w);
        }
        model.lexicon().write(out);
        out.flush();
        gzip.finish();
    }

    static NerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        int version = in.readInt() == MAGIC ? in.readInt() : -1;
        if (version < 2 || version > VERSION) {
            throw new IOException("not a Marsad NER model (version 2.." + VERSION + ")");
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
        return new NerModel(rows, weights, transitions, NerLexicon.read(in, version));
    }

    private static int mask(float[] weights, int row) {
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
