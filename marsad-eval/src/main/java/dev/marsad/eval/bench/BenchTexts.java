package dev.marsad.eval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmark's articles: the scraped samples of ../shared/samples as they are, and the 28 AQMAR Wikipedia
 * articles rebuilt as plain text (tokens joined by spaces, one sentence per paragraph).
 */
final class BenchTexts {
    /** One input: its name, bytes as read, and the same as a string for the baseline. */
    record Text(String name, byte[] bytes, String text) {
    }

    private BenchTexts() {
    }

    static List<Text> load(Optional<Path> dataOption) throws IOException {
        Path root = dev.marsad.eval.ner.NerPaths.repoRoot();
        Path data = dataOption.orElseGet(() -> root.resolve("../shared/data").normalize());
        List<Text> out = new ArrayList<>();
        Path samples = data.resolveSibling("samples");
        for (Path dir : new Path[] {samples, root.resolve("../shared/samples").normalize()}) {
            if (out.isEmpty() && Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        byte[] bytes = Files.readAllBytes(p);
                        out.add(new Text(p.toString(), bytes, new String(bytes, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        Path articles = data.resolve("aqmar/articles");
        if (Files.isDirectory(articles)) {
            try (Stream<Path> files = Files.list(articles)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = rebuild(Files.readAllLines(p, StandardCharsets.UTF_8));
                    out.add(new Text(p.toString(), text.getBytes(StandardCharsets.UTF_8), text));
                }
            }
        }
        return out;
    }

    private static String rebuild(List<String> lines) {
        StringBuilder text = new StringBuilder();
        StringBuilder sentence = new StringBuilder();
        for (String line : lines) {
            String l = line.strip();
            int sp = l.lastIndexOf(' ');
            if (l.isEmpty() || sp <= 0) {
                if (sentence.length() > 0) {
                    text.append(sentence).append("\n\n");
                    sentence.setLength(0);
                }
                continue;
            }
            sentence.append(sentence.length() > 0 ? " " : "").append(l, 0, sp);
        }
        return text.append(sentence).toString();
    }

    /** The tokens {@code analyzer} makes of {@code text}: the same-run baseline of the analysis benchmarks. */
    static long luceneTokens(org.apache.lucene.analysis.Analyzer analyzer, String text) {
        long n = 0;
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                n++;
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return n;
    }
}
