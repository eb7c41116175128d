package dev.marsad.adapter.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the article links of an RSS or Atom feed with Rome. Parses the bytes it is given and never fetches
 * (Rome's XmlReader finds the encoding from the BOM and XML declaration, windows-1256 included). Relative
 * links are resolved against the feed's address; entries without a usable http(s) link are skipped.
 * Thread-safe.
 */
public final class FeedParser {

    /** Parses {@code body}, fetched from {@code source}. */
    public LinkListOutcome parse(URI source, byte[] body) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            SyndFeedInput input = new SyndFeedInput();
            // External entities and doctypes stay off: a feed is untrusted input.
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return new LinkListOutcome.Malformed("malformed feed: " + firstLine(e.getMessage()));
        }
        Set<URI> seen = new LinkedHashSet<>();
        List<FeedLink> links = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> url = Links.resolve(source, entry.getLink())
                    .or(() -> Links.resolve(source, entry.getUri()));
            if (url.isPresent() && seen.add(url.get())) {
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                links.add(new FeedLink(url.get(), Links.clean(entry.getTitle()),
                        Optional.ofNullable(date).map(d -> d.toInstant().toString())));
            }
        }
        return new LinkListOutcome.Parsed(links, List.of());
    }

    static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
    }
}
