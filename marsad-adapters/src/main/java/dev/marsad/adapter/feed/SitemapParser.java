package dev.marsad.adapter.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the links of an XML sitemap or sitemap index with crawler-commons. Parses the bytes it is given and
 * never fetches: an index's sitemaps come back as {@link LinkListOutcome.Parsed#subSitemaps()} for the caller
 * to fetch. Lenient about URLs outside the sitemap's folder (news sites often serve sitemaps from elsewhere).
 * A {@code lastmod} is not used as a date hint: it says when the page changed, not when it was published.
 * Thread-safe.
 */
public final class SitemapParser {

    /** Parses {@code body}, fetched from {@code source}. */
    public LinkListOutcome parse(URI source, byte[] body) {
        AbstractSiteMap parsed;
        try {
            // crawler-commons takes java.net.URL; the project's identity type stays URI everywhere else.
            parsed = new crawlercommons.sitemaps.SiteMapParser(false).parseSiteMap("text/xml", body, source.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return new LinkListOutcome.Malformed("malformed sitemap: " + FeedParser.firstLine(e.getMessage()));
        }
        if (parsed instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                Links.resolve(source, child.getUrl().toString()).ifPresent(children::add);
            }
            return new LinkListOutcome.Parsed(List.of(), children);
        }
        Set<URI> seen = new LinkedHashSet<>();
        List<FeedLink> links = new ArrayList<>();
        for (SiteMapURL url : ((SiteMap) parsed).getSiteMapUrls()) {
            Optional<URI> uri = Links.resolve(source, url.getUrl().toString());
            if (uri.isPresent() && seen.add(uri.get())) {
                links.add(new FeedLink(uri.get(), Optional.empty(), Optional.empty()));
            }
        }
        return new LinkListOutcome.Parsed(links, List.of());
    }

}
