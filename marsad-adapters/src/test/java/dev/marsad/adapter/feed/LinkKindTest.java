package dev.marsad.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkKindTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>|FEED",
        "<?xml version=\"1.0\"?> <!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>|FEED",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>|FEED",
        "<?xml version=\"1.0\"?><urlset/>|SITEMAP",
        "  <sitemapindex/>|SITEMAP",
        "<!DOCTYPE html><html><body>خبر</body></html>|PAGE",
        "وصل الرئيس إلى بيروت|PAGE",
        "''|PAGE",
    })
    void sniffsTheRootElement(String body, LinkKind expected) {
        assertThat(LinkKind.of(body.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }
}
