package dev.marsad.eval.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the Arabic–Arabic pairs of a SemEval-2022 Task 8 CSV file (see its SOURCE.md). */
public final class SemEvalPairs {

    /**
     * One labelled pair.
     *
     * @param id      the pair id
     * @param text1   title and beginning of the first article
     * @param text2   the same for the second
     * @param overall 1 (very similar: same story) to 4 (very dissimilar)
     */
    public record Pair(String id, String text1, String text2, double overall) {
    }

    private SemEvalPairs() {
    }

    /** The pairs with {@code lang1 == lang2 == "ar"}, in file order. */
    public static List<Pair> arabic(Path csv) throws IOException {
        List<Pair> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(reader)) {
                if ("ar".equals(r.get("lang1").toLowerCase(Locale.ROOT)) && "ar".equals(r.get("lang2").toLowerCase(Locale.ROOT))) {
                    out.add(new Pair(r.get("pair_id"), r.get("text1"), r.get("text2"), Double.parseDouble(r.get("Overall"))));
                }
            }
        }
        return out;
    }

    /** Splits a SemEval text into title and body: the title ends at the first double space, when there is one. */
    public static String[] titleAndBody(String text) {
        int cut = text.indexOf("  ");
        if (cut > 0 && cut < 250) {
            return new String[] {text.substring(0, cut).strip(), text.substring(cut).strip()};
        }
        return new String[] {"", text.strip()};
    }
}
