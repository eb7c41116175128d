package dev.marsad.eval.story;

import dev.marsad.cluster.ClusterConfig;
import dev.marsad.cluster.ClusterInput;
import dev.marsad.cluster.OnlineClusterer;
import dev.marsad.cluster.PairModel;
import dev.marsad.cluster.PairTraining;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the clusterer's pair model ({@link PairModel}): L2-regularised logistic regression by Newton's method over
 * every pair of articles of the given labelled days (label: same gold story), the features weighed as the online
 * clusterer weighs them (in arrival order). Ten features and ~10^5 pairs: a few Newton steps, no library needed.
 */
final class PairTrainer {
    /** L2 penalty per training pair on every weight but the bias. */
    static final double L2 = 1e-4;

    private PairTrainer() {
    }

    /** One labelled day as the clusterer sees it: its articles in arrival order and each one's gold story. */
    record Stream(String name, List<ClusterInput> inputs, List<Integer> gold) {
        static Stream of(EvalStoriesCommand.AnalysedDay day) {
            List<ClusterInput> inputs = new ArrayList<>();
            day.analyses().forEach(a -> inputs.add(ClusterInput.of(a.articles().get(0))));
            return new Stream(day.name(), inputs, day.gold());
        }
    }

    /** The model fitted on every pair of {@code days}. */
    static PairModel fit(List<Stream> days) {
        int d = PairModel.featureNames().size();
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Stream day : days) {
            double[][][] f = PairTraining.features(day.inputs(), ClusterConfig.DEFAULT);
            for (int i = 0; i < f.length; i++) {
                for (int j = 0; j < i; j++) {
                    x.add(f[i][j]);
                    y.add(day.gold().get(i).equals(day.gold().get(j)));
                }
            }
        }
        double[] w = new double[d];
        double lambda = L2 * x.size();
        for (int step = 0; step < 25; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < x.size(); n++) {
                double[] row = x.get(n);
                double p = sigmoid(dot(w, row));
                double r = (y.get(n) ? 1 : 0) - p;
                double v = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    gradient[a] += r * row[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += v * row[a] * row[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] -= lambda * w[a];
                    hessian[a][a] += lambda;
                } else {
                    hessian[a][a] += 1e-9;
                }
            }
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] += delta[a];
                change = Math.max(change, Math.abs(delta[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return new PairModel(w);
    }

    /** Each article's story when the online clusterer places the stream in order with {@code config}. */
    static List<Integer> cluster(Stream day, ClusterConfig config) {
        OnlineClusterer clusterer = OnlineClusterer.inMemory(config);
        List<Integer> out = new ArrayList<>();
        day.inputs().forEach(i -> out.add(clusterer.add(i)));
        // Stories merged after an article was placed in them (piece merges).
        out.replaceAll(clusterer::holder);
        return out;
    }

    static double probability(PairModel model, double[] features) {
        return sigmoid(dot(model.weights(), features));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code m·x = v} by Gaussian elimination with partial pivoting ({@code m} is small and positive definite). */
    static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = v[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= a[r][k] * out[k];
            }
            out[r] = s / a[r][r];
        }
        return out;
    }
}
