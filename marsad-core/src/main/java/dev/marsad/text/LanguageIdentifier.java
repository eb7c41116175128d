package dev.marsad.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies a text's language with OpenNLP's language detector and the Apache-licensed
 * {@code langdetect-183} model (103 languages, ISO 639-3), shipped in {@code opennlp-models-langdetect}.
 * Answers ISO 639-1 codes for the languages news arrives in. Thread-safe: the model is immutable and each
 * call makes its own detector.
 */
public final class LanguageIdentifier {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    private static final Map<String, String> ISO3_TO_ISO1 = Map.ofEntries(
            Map.entry("ara", "ar"), Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("fas", "fa"),
            Map.entry("pes", "fa"), Map.entry("urd", "ur"), Map.entry("tur", "tr"), Map.entry("heb", "he"),
            Map.entry("deu", "de"), Map.entry("spa", "es"), Map.entry("rus", "ru"), Map.entry("ita", "it"),
            Map.entry("por", "pt"), Map.entry("zho", "zh"), Map.entry("cmn", "zh"), Map.entry("kor", "ko"),
            Map.entry("jpn", "ja"), Map.entry("nld", "nl"), Map.entry("pol", "pl"));

    private LanguageIdentifier() {
    }

    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
            }
        }
    }

    /**
     * The language of {@code text} as an ISO 639-1 code (ISO 639-3 where there is no two-letter code), or
     * empty when the text has too few letters to tell.
     */
    public static Optional<String> identify(String text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length() && letters < 2000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u0600' && c <= '\u06FF') {
                    arabic++;
                }
            }
        }
        if (letters < 20) {
            return Optional.empty();
        }
        // The statistical model confuses short Arabic-script texts (Arabic/Persian/Urdu); a text that is almost
        // all Arabic script and has no Persian-only letters is Arabic for our purposes.
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        if (arabic * 10 >= letters * 9 && !hasPersianOnlyLetters(sample)) {
            // Checked before the model, which is the slow part of cleaning: most input is plainly Arabic.
            return Optional.of("ar");
        }
        Language best = new LanguageDetectorME(ModelHolder.MODEL).predictLanguage(sample);
        String code = best.getLang().toLowerCase(Locale.ROOT);
        return Optional.of(ISO3_TO_ISO1.getOrDefault(code, code));
    }

    private static boolean hasPersianOnlyLetters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // پ چ ژ گ are not Arabic letters; ک and ی also appear in Arabic copy typed on Persian keyboards,
            // so they do not count.
            if (c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF') {
                count++;
            }
        }
        return count >= 3;
    }
}
