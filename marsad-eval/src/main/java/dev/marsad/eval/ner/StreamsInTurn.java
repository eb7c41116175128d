package dev.marsad.eval.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The unlabelled news streams ({@code articles.jsonl.gz} files) read one article of each in turn, so that a reader that
 * stops early has seen every year and source. Shared by self-training ({@link SelfTraining}) and {@code train people}.
 */
final class StreamsInTurn {
    private StreamsInTurn() {
    }

    /**
     * Hands each article row to {@code each}, one of every stream in turn, while {@code more} (asked before each round)
     * says so and some stream has rows left.
     */
    static void read(List<Path> files, BooleanSupplier more, Consumer<JsonNode> each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path f : files) {
                readers.add(new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8)));
            }
            boolean any = true;
            while (any && more.getAsBoolean()) {
                any = false;
                for (BufferedReader in : readers) {
                    String line = in.readLine();
                    if (line != null) {
                        any = true;
                        each.accept(json.readTree(line));
                    }
                }
            }
        } finally {
            for (BufferedReader in : readers) {
                in.close();
            }
        }
    }
}
