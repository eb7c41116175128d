package dev.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the linguistic resource files shipped in the jar: UTF-8, one entry per line, {@code #} comment lines
 * (each file's header names its source and licence) and blank lines skipped. A missing resource is a packaging
 * bug and fails loudly.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The entry lines of {@code resource}, stripped. */
    public static List<String> read(String resource) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The entry lines of a two-column tab-separated resource, as {@code [first, second]} pairs. */
    public static List<String[]> readPairs(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(resource)) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) {
                rows.add(new String[] {parts[0].strip(), parts[1].strip()});
            }
        }
        return List.copyOf(rows);
    }
}
