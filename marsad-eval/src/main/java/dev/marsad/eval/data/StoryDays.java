package dev.marsad.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled story days of {@code ../shared/data/story-days}: each day a folder with {@code articles/ID.html}
 * (one page per article) and {@code gold.jsonl} ({@code {"id", "story"}} per article, singletons included).
 */
public final class StoryDays {
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\"");

    private StoryDays() {
    }

    /**
     * One labelled day.
     *
     * @param name  the folder's name ({@code pan-arab-2018-03-12})
     * @param pages the article pages, by article id, in id order (publication order)
     * @param gold  the gold story of each article id
     */
    public record Day(String name, Map<String, Path> pages, Map<String, String> gold) {
    }

    /** The days under {@code folder} (the {@code story-days} directory), in name order. */
    public static List<Day> load(Path folder) throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(folder)) {
            dirs = list.filter(d -> Files.isRegularFile(d.resolve("gold.jsonl"))).sorted().toList();
        }
        List<Day> days = new ArrayList<>();
        for (Path dir : dirs) {
            days.add(day(dir));
        }
        return days;
    }

    private static Day day(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, Path> pages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            String id = row.path("id").asText();
            Path page = dir.resolve("articles").resolve(id + ".html");
            if (!Files.isRegularFile(page)) {
                throw new IOException(dir.getFileName() + ": gold names " + id + " but " + page + " is missing");
            }
            gold.put(id, row.path("story").asText());
            pages.put(id, page);
        }
        return new Day(dir.getFileName().toString(), pages, gold);
    }

    /** The canonical URLs of the labelled story days' pages. */
    public static Set<String> pageUrls(Path storyDays) throws IOException {
        Set<String> urls = new HashSet<>();
        if (!Files.isDirectory(storyDays)) {
            return urls;
        }
        try (Stream<Path> pages = Files.walk(storyDays)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = CANONICAL.matcher(Files.readString(page));
                if (m.find()) {
                    urls.add(m.group(1).replace("&amp;", "&"));
                }
            }
        }
        return urls;
    }
}
