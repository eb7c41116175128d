package dev.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.adapter.store.WatchedSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sources file of {@code watch --sources}: what it reads, and one line naming the file for what it refuses. */
class SourcesFileParserTest {
    private static final Duration FALLBACK = Duration.ofMinutes(15);

    private static SourcesFileParser.Outcome parse(String toml) {
        return SourcesFileParser.parse("sources.toml", toml.getBytes(StandardCharsets.UTF_8), FALLBACK);
    }

    private static List<WatchedSource> loaded(String toml) {
        SourcesFileParser.Outcome outcome = parse(toml);
        assertThat(outcome).isInstanceOf(SourcesFileParser.Loaded.class);
        return ((SourcesFileParser.Loaded) outcome).sources();
    }

    private static String invalid(String toml) {
        SourcesFileParser.Outcome outcome = parse(toml);
        assertThat(outcome).isInstanceOf(SourcesFileParser.Invalid.class);
        String message = ((SourcesFileParser.Invalid) outcome).message();
        assertThat(message).startsWith("sources.toml: ").doesNotContain("\n");
        return message;
    }

    @Test
    void readsEachSourceWithDefaultsFillingTheGaps() {
        List<WatchedSource> sources = loaded("""
                # Feeds of the morning desk
                [defaults]
                language = "ar"
                interval = "30m"

                [[source]]
                name = "الجزيرة نت"
                url = "https://www.aljazeera.net/aljazeerarss/a7c186be-1baa-4bd4-9d80-a84db769f779/73d0e1b4-532f-45ef-b135-bfdff8b8cab9"
                outlet = "الجزيرة نت"
                country = "qa"
                interval = "10m"

                [[source]]
                name = "hespress-sitemap"
                url = "https://www.hespress.com/sitemap.xml"
                country = "MA"
                language = "fr"
                """);
        assertThat(sources).hasSize(2);
        WatchedSource jazeera = sources.get(0);
        assertThat(jazeera.name()).isEqualTo("الجزيرة نت");
        assertThat(jazeera.outlet()).contains("الجزيرة نت");
        assertThat(jazeera.language()).contains("ar");
        assertThat(jazeera.country()).contains("QA");
        assertThat(jazeera.interval()).isEqualTo(Duration.ofMinutes(10));
        WatchedSource hespress = sources.get(1);
        assertThat(hespress.url().getHost()).isEqualTo("www.hespress.com");
        assertThat(hespress.outlet()).isEmpty();
        assertThat(hespress.language()).contains("fr");
        assertThat(hespress.interval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theDocumentedExampleReads() throws Exception {
        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/sources.example.toml"));
        SourcesFileParser.Outcome outcome = SourcesFileParser.parse("sources.example.toml", example, FALLBACK);
        assertThat(outcome).isInstanceOf(SourcesFileParser.Loaded.class);
        assertThat(((SourcesFileParser.Loaded) outcome).sources()).extracting(WatchedSource::name)
                .containsExactly("aljazeera", "hespress-sitemap", "france24-ar");
    }

    @Test
    void withoutAnIntervalTheCommandLinesOneApplies() {
        assertThat(loaded("[[source]]\nname = \"a\"\nurl = \"http://a.example/rss\"\n").get(0).interval())
                .isEqualTo(FALLBACK);
        assertThat(loaded("[[source]]\nname = \"a\"\nurl = \"http://a.example/rss\"\n").get(0).language())
                .isEqualTo(Optional.empty());
    }

    @Test
    void syntaxErrorsNameTheLine() {
        assertThat(invalid("[[source]]\nname = \"a\"\nurl = https://a.example\n"))
                .startsWith("sources.toml: not valid TOML (").contains("line 3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[[source]]\\nname = 'a'\\n|source 1 ('a'): url is missing",
        "[[source]]\\nurl = 'https://a.example/rss'\\n|source 1: name is missing",
        "[[source]]\\nname = 'a'\\nurl = 'ftp://a.example/rss'\\n|source 1 ('a'): url must be an http(s) address: ftp://a.example/rss",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\nintreval = '5m'\\n|source 1 ('a'): unknown key 'intreval' (expected country, interval, language, name, outlet, url)",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\ninterval = 'often'\\n|source 1 ('a'): interval not a duration (try 30s, 15m, 2h): often",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\ninterval = '2s'\\n|source 1 ('a'): interval must be at least 10s: 2s",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\ninterval = 300\\n|source 1 ('a'): interval must be a quoted string",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\ncountry = 'Egypt'\\n|source 1 ('a'): country 'EGYPT' is not a two-letter ISO 3166 code (EG, SA, MA)",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\nlanguage = 'arabic'\\n|source 1 ('a'): language 'arabic' is not a two-letter ISO 639-1 code (ar, en, fr)",
        "[[source]]\\nname = 'a'\\nurl = 'https://a.example/1'\\n[[source]]\\nname = 'a'\\nurl = 'https://a.example/2'\\n|source 2 ('a'): name 'a' is used twice",
        "[defaults]\\ninterval = '1x'\\n[[source]]\\nname = 'a'\\nurl = 'https://a.example/rss'\\n|source 1 ('a'): interval not a duration (try 30s, 15m, 2h): 1x",
        "[defaults]\\nname = 'x'\\n|[defaults]: unknown key 'name' (expected country, interval, language, outlet)",
        "feeds = ['https://a.example/rss']\\n|unknown key 'feeds' (expected defaults, source)",
        "# nothing yet\\n|no sources: list each feed or sitemap in a [[source]] table with a name and a url",
    })
    void eachMistakeIsOneLineNamingTheFileAndTheSource(String toml, String reason) {
        assertThat(invalid(toml.replace("\\n", "\n"))).isEqualTo("sources.toml: " + reason);
    }
}
