package dev.marsad.eval.story;

import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a synthetic outlet's version of a real article, the way outlets rewrite wire copy:
 * <ul>
 *   <li>each sentence after the first is dropped with probability {@code drop} (at least one kept), and two
 *       non-lead sentences swap places with probability 0.5;</li>
 *   <li>each word gets a spelling variant with probability {@code variants}: أ/إ→ا, final ي↔ى, final ة→ه,
 *       ج↔غ (as in جونج/جونغ), or Persian ی/ک for ي/ك;</li>
 *   <li>outlet boilerplate (a source line, a follow-us line) is added with probability 0.5.</li>
 * </ul>
 */
final class Rewriter {
    private static final String[] BOILERPLATE = {"المصدر: وكالات", "تابعونا على فيسبوك وتويتر", "اقرأ المزيد على موقعنا",
        "جميع الحقوق محفوظة"};

    private Rewriter() {
    }

    static String rewrite(String text, double drop, double variants, SplittableRandom random) {
        List<String> sentences = new ArrayList<>();
        for (Span s : SentenceSplitter.split(text)) {
            sentences.add(s.of(text));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i == 0 || random.nextDouble() >= drop) {
                kept.add(sentences.get(i));
            }
        }
        if (kept.size() > 2 && random.nextBoolean()) {
            int a = 1 + random.nextInt(kept.size() - 1);
            int b = 1 + random.nextInt(kept.size() - 1);
            String t = kept.get(a);
            kept.set(a, kept.get(b));
            kept.set(b, t);
        }
        String body = vary(String.join(" ", kept), variants, random);
        if (random.nextBoolean()) {
            body = random.nextBoolean() ? BOILERPLATE[random.nextInt(BOILERPLATE.length)] + "\n\n" + body
                    : body + "\n\n" + BOILERPLATE[random.nextInt(BOILERPLATE.length)];
        }
        return body;
    }

    /** Spelling variants on a share of the words. */
    static String vary(String text, double rate, SplittableRandom random) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && random.nextDouble() < rate) {
                words[i] = variant(words[i], random.nextInt(5));
            }
        }
        return String.join(" ", words);
    }

    private static String variant(String w, int kind) {
        return switch (kind) {
            case 0 -> w.replace('أ', 'ا').replace('إ', 'ا');
            case 1 -> w.endsWith("ي") ? w.substring(0, w.length() - 1) + "ى"
                    : w.endsWith("ى") ? w.substring(0, w.length() - 1) + "ي" : w;
            case 2 -> w.endsWith("ة") ? w.substring(0, w.length() - 1) + "ه" : w;
            case 3 -> w.indexOf('ج') >= 0 ? w.replace('ج', 'غ') : w.replace('غ', 'ج');
            default -> w.replace('ي', '\u06CC').replace('ك', '\u06A9');
        };
    }
}
