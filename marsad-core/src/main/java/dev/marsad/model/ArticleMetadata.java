package dev.marsad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about an article besides its body. Every field is empty when the page does not state it.
 *
 * @param title     the headline
 * @param outlet    the publishing site or paper ({@code الأمة برس})
 * @param agency    the wire agency the text comes from ({@code أ ف ب}, {@code رويترز})
 * @param published ISO date or date-time taken from the page
 * @param dateline  the place the report is filed from ({@code سيول})
 * @param language  ISO 639-1 code of the body's language
 */
public record ArticleMetadata(
        Optional<String> title,
        Optional<String> outlet,
        Optional<String> agency,
        Optional<String> published,
        Optional<String> dateline,
        Optional<String> language) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(language, "language");
    }

    /** Each field of this, or of {@code fallback} where this one is empty. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(title.or(fallback::title), outlet.or(fallback::outlet), agency.or(fallback::agency),
                published.or(fallback::published), dateline.or(fallback::dateline), language.or(fallback::language));
    }

    public ArticleMetadata withTitle(Optional<String> value) {
        return new ArticleMetadata(value, outlet, agency, published, dateline, language);
    }

    public ArticleMetadata withOutlet(Optional<String> value) {
        return new ArticleMetadata(title, value, agency, published, dateline, language);
    }

    public ArticleMetadata withAgency(Optional<String> value) {
        return new ArticleMetadata(title, outlet, value, published, dateline, language);
    }

    public ArticleMetadata withPublished(Optional<String> value) {
        return new ArticleMetadata(title, outlet, agency, value, dateline, language);
    }

    public ArticleMetadata withDateline(Optional<String> value) {
        return new ArticleMetadata(title, outlet, agency, published, value, language);
    }

    public ArticleMetadata withLanguage(Optional<String> value) {
        return new ArticleMetadata(title, outlet, agency, published, dateline, value);
    }
}
