package dev.marsad.eval.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 (Bagga and Baldwin 1998; Amigó et al. 2009): per item, the share of its
 * predicted cluster that shares its gold class (precision) and the share of its gold class in its predicted
 * cluster (recall), averaged over items.
 *
 * @param precision averaged item precision
 * @param recall    averaged item recall
 */
record BCubed(double precision, double recall) {

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static BCubed score(List<Integer> gold, List<Integer> predicted) {
        Map<Integer, Integer> clusterSize = new HashMap<>();
        Map<Integer, Integer> classSize = new HashMap<>();
        Map<Long, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            clusterSize.merge(predicted.get(i), 1, Integer::sum);
            classSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(key(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            int shared = both.get(key(gold.get(i), predicted.get(i)));
            p += (double) shared / clusterSize.get(predicted.get(i));
            r += (double) shared / classSize.get(gold.get(i));
        }
        int n = Math.max(1, gold.size());
        return new BCubed(p / n, r / n);
    }

    private static long key(int gold, int predicted) {
        return ((long) gold << 32) | (predicted & 0xffffffffL);
    }
}
