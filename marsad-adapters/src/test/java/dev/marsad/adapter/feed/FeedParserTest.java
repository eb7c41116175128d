package dev.marsad.adapter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    static final URI BASE = URI.create("https://example.com/feed.xml");

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    static LinkListOutcome.Parsed parsed(LinkListOutcome outcome) {
        assertThat(outcome).isInstanceOf(LinkListOutcome.Parsed.class);
        return (LinkListOutcome.Parsed) outcome;
    }

    @Test
    void readsRssLinksTitlesAndDates() throws IOException {
        var links = parsed(new FeedParser().parse(BASE, fixture("rss.xml"))).articles();
        assertThat(links).extracting(FeedLink::url).containsExactly(
                URI.create("https://example.com/news/kim-russia.html"), URI.create("https://example.com/news/sullivan.html"));
        assertThat(links.get(0).title()).contains("كيم جونغ أون يصل إلى روسيا للقاء بوتين");
        assertThat(links.get(0).published()).contains("2023-09-13T08:30:00Z");
        assertThat(links.get(1).published()).isEmpty();
    }

    @Test
    void feedHintsCarryTitleAndDate() throws IOException {
        FeedLink first = parsed(new FeedParser().parse(BASE, fixture("rss.xml"))).articles().get(0);
        assertThat(first.hints().title()).isEqualTo(first.title());
        assertThat(first.hints().published()).contains("2023-09-13T08:30:00Z");
        assertThat(first.hints().outlet()).isEmpty();
    }

    @Test
    void readsAtom() throws IOException {
        var links = parsed(new FeedParser().parse(BASE, fixture("atom.xml"))).articles();
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.url()).isEqualTo(URI.create("https://example.org/a/1"));
            assertThat(l.title()).contains("بيونغ يانغ تعلن انتهاء الزيارة");
            assertThat(l.published()).contains("2023-09-14T06:15:00Z");
        });
    }

    @Test
    void decodesAWindows1256Feed() throws IOException {
        var links = parsed(new FeedParser().parse(BASE, fixture("rss-windows-1256.xml"))).articles();
        assertThat(links).singleElement().satisfies(l -> assertThat(l.title()).contains("الرئيس يزور بيروت"));
    }

    @Test
    void malformedFeedIsAValue() throws IOException {
        assertThat(new FeedParser().parse(BASE, fixture("malformed.xml")))
                .isInstanceOfSatisfying(LinkListOutcome.Malformed.class,
                        m -> assertThat(m.reason()).startsWith("malformed feed"));
    }

    @Test
    void emptyInputIsMalformed() {
        assertThat(new FeedParser().parse(BASE, new byte[0])).isInstanceOf(LinkListOutcome.Malformed.class);
    }

    @Test
    void readsSitemapUrlsWithoutInventingDates() throws IOException {
        var links = parsed(new SitemapParser().parse(URI.create("https://example.com/sitemap.xml"),
                fixture("sitemap.xml"))).articles();
        assertThat(links).extracting(FeedLink::url).containsExactly(
                URI.create("https://example.com/news/1.html"), URI.create("https://example.com/news/2.html"));
        assertThat(links).extracting(FeedLink::published).containsOnly(Optional.empty());
    }

    @Test
    void sitemapIndexListsItsSitemaps() throws IOException {
        var parsed = parsed(new SitemapParser().parse(URI.create("https://example.com/sitemap.xml"),
                fixture("sitemap-index.xml")));
        assertThat(parsed.articles()).isEmpty();
        assertThat(parsed.subSitemaps()).containsExactly(
                URI.create("https://example.com/sitemap-news.xml"), URI.create("https://example.com/sitemap-old.xml"));
    }

    @Test
    void malformedSitemapIsAValue() {
        byte[] broken = "<urlset><url><loc>https://example.com/1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new SitemapParser().parse(URI.create("https://example.com/s.xml"), broken))
                .isInstanceOfSatisfying(LinkListOutcome.Malformed.class,
                        m -> assertThat(m.reason()).startsWith("malformed sitemap"));
    }
}
