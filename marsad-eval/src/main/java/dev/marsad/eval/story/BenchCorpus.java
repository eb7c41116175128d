package dev.marsad.eval.story;

import dev.marsad.eval.data.SemEvalPairs;
import dev.marsad.model.AnalyzedArticle;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Real Arabic sentences (SemEval-2022 Task 8 Arabic texts, both files, and AQMAR Wikipedia sentences) and a
 * generator of a large article stream from them:
 * <ul>
 *   <li>story s draws 8 sentences from the pool and starts on day s·days/stories (stories spread over a year);</li>
 *   <li>each story has 2–8 articles (mean 5), each made of 4–6 of its story's sentences in random order, with
 *       spelling variants on 10% of words, published 0–2 days after the story starts;</li>
 *   <li>articles are produced lazily from per-article seeds, in time order, so the stream itself costs no heap.</li>
 * </ul>
 */
final class BenchCorpus {
    private final List<String> pool;

    private BenchCorpus(List<String> pool) {
        this.pool = pool;
    }

    static BenchCorpus load(dev.marsad.eval.data.SemEvalOption.Sample sample) throws IOException {
        Set<String> sentences = new LinkedHashSet<>();
        for (List<SemEvalPairs.Pair> file : List.of(sample.train(), sample.test())) {
            for (SemEvalPairs.Pair p : file) {
                addSentences(p.text1(), sentences);
                addSentences(p.text2(), sentences);
            }
        }
        Path aqmar = sample.folder().resolveSibling("aqmar").resolve("articles");
        if (Files.isDirectory(aqmar)) {
            try (Stream<Path> files = Files.list(aqmar)) {
                for (Path f : files.sorted().toList()) {
                    aqmarSentences(Files.readAllLines(f, StandardCharsets.UTF_8), sentences);
                }
            }
        }
        return new BenchCorpus(new ArrayList<>(sentences));
    }

    int sentences() {
        return pool.size();
    }

    private static void addSentences(String text, Set<String> out) {
        for (Span s : SentenceSplitter.split(text)) {
            if (s.length() > 30) {
                out.add(s.of(text));
            }
        }
    }

    private static void aqmarSentences(List<String> lines, Set<String> out) {
        StringBuilder sentence = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (sentence.length() > 30) {
                    out.add(sentence.toString().strip());
                }
                sentence.setLength(0);
            } else {
                sentence.append(line.split(" ")[0]).append(' ');
            }
        }
    }

    /** Descriptor of one article: its story and its own seed; {@code day} orders the stream. */
    record Slot(int story, long seed, int day) {
    }

    /** The time-ordered slots of {@code articles} articles. */
    static List<Slot> slots(int articles, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int stories = Math.max(1, articles / 5);
        List<Slot> out = new ArrayList<>(articles + 8);
        for (int s = 0; out.size() < articles; s++) {
            int start = (int) ((long) s * 365 / stories);
            int size = 2 + random.nextInt(7);
            for (int m = 0; m < size && out.size() < articles; m++) {
                out.add(new Slot(s, random.nextLong(), start + random.nextInt(3)));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Slot::day));
        return out;
    }

    AnalyzedArticle article(Slot slot) {
        SplittableRandom story = new SplittableRandom(0x5eedL * 31 + slot.story());
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            own.add(pool.get(story.nextInt(pool.size())));
        }
        SplittableRandom random = new SplittableRandom(slot.seed());
        int take = 4 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < take; i++) {
            text.append(own.get(random.nextInt(own.size()))).append(' ');
        }
        String body = Rewriter.vary(text.toString().strip(), 0.10, random);
        String[] words = own.get(0).split(" ");
        String title = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        return SyntheticStream.article(title, "outlet-" + random.nextInt(40), body,
                SyntheticStream.START.plusDays(slot.day()));
    }
}
