package dev.marsad.eval.keys;

import dev.marsad.adapter.files.DataDirs;
import dev.marsad.extract.NameKey;
import dev.marsad.model.EntityType;
import dev.marsad.text.ResourceLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./marsad eval keys}: merge precision and recall of entity variant keys ({@link NameKey}) on pairs
 * derived from ANETAC ({@link AnetacPairs}) and on Marsad's hand-made pairs ({@code key-pairs.tsv}).
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Merge precision/recall of spelling-variant entity keys (ANETAC-derived pairs and own fixtures).")
public final class EvalKeysCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Folder holding the shared data sets (default: ../shared/data).")
    Path data;

    @Option(names = "--max-negatives", defaultValue = "20000", description = "Cap on derived negative pairs per set.")
    int maxNegatives;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        report(out, "own fixtures (key-pairs.tsv)", fixtures());
        List<KeyPair> people = fixtures().stream().filter(p -> p.type() == EntityType.PERSON).toList();
        report(out, "own fixtures, PERSON, in one run", people, RunLevelKeys::merged);
        long found = people.stream().filter(RunLevelKeys::bothFound).count();
        out.printf(Locale.ROOT, "  (in one run: both names found as persons in %d of %d pairs; a name not found counts as not merged)%n",
                found, people.size());
        java.util.Optional<Path> dir = DataDirs.resolve(java.util.Optional.ofNullable(data)).map(d -> d.resolve("anetac"));
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            out.println("eval keys: ANETAC not found under the data directory; skipping the ANETAC-derived pairs.");
            return 0;
        }
        Path anetac = dir.get();
        Path translit = anetac.resolve("EN-AR Translit");
        report(out, "ANETAC Translit test split", AnetacPairs.pairs(
                AnetacPairs.translit(translit.resolve("test.en"), translit.resolve("test.ar")), maxNegatives));
        report(out, "ANETAC EN-AR Named-entities (all)", AnetacPairs.pairs(
                AnetacPairs.namedEntities(anetac.resolve("EN-AR NE").resolve("EN-AR Named-entities.txt")), maxNegatives));
        return 0;
    }

    static List<KeyPair> fixtures() {
        List<KeyPair> out = new ArrayList<>();
        for (String line : ResourceLines.read("/dev/marsad/eval/key-pairs.tsv")) {
            String[] f = line.split("\t");
            out.add(new KeyPair(f[0].equals("same"), EntityType.valueOf(f[1]), f[2], f[3]));
        }
        return out;
    }

    /** Counts of one evaluation. */
    record Score(int positives, int negatives, int truePositives, int falsePositives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return positives == 0 ? 0 : truePositives / (double) positives;
        }
    }

    static Score score(List<KeyPair> pairs) {
        return score(pairs, p -> NameKey.of(p.type(), p.a()).equals(NameKey.of(p.type(), p.b())));
    }

    static Score score(List<KeyPair> pairs, java.util.function.Predicate<KeyPair> merges) {
        int pos = 0;
        int neg = 0;
        int tp = 0;
        int fp = 0;
        for (KeyPair p : pairs) {
            boolean merged = merges.test(p);
            if (p.same()) {
                pos++;
                tp += merged ? 1 : 0;
            } else {
                neg++;
                fp += merged ? 1 : 0;
            }
        }
        return new Score(pos, neg, tp, fp);
    }

    private static void report(PrintWriter out, String name, List<KeyPair> pairs) {
        report(out, name, pairs, p -> NameKey.of(p.type(), p.a()).equals(NameKey.of(p.type(), p.b())));
    }

    private static void report(PrintWriter out, String name, List<KeyPair> pairs, java.util.function.Predicate<KeyPair> merges) {
        Score s = score(pairs, merges);
        out.println(String.format(Locale.ROOT, "%-36s positives %6d  negatives %6d  merge precision %.3f  recall %.3f  false merges %d",
                name, s.positives(), s.negatives(), s.precision(), s.recall(), s.falsePositives()));
    }
}
