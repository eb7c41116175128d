package dev.marsad.clean;

import dev.marsad.calendar.DateMatch;
import dev.marsad.calendar.DateParser;
import dev.marsad.model.ArticleMetadata;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article's header lines (those before its first paragraph of prose): the headline, a date line, a
 * byline naming agency and outlet ({@code أ ف ب-الامة برس}), a source line. Lines that are none of these are
 * page furniture and reported as removed. Thread-safe (stateless).
 */
final class HeaderReader {
    /** A byline is short: agency, outlet, maybe an author. */
    static final int BYLINE_MAX_WORDS = 8;
    /** A headline has a few words at least; one or two words above it are section crumbs. */
    static final int TITLE_MIN_WORDS = 3;
    static final int TITLE_MAX_WORDS = 30;

    private HeaderReader() {
    }

    /**
     * Reads {@code header} into {@code meta}; lines that carry no metadata are added to {@code removed}.
     * Returns the updated metadata.
     */
    static ArticleMetadata read(List<Line> header, ArticleMetadata meta, List<String> removed) {
        ArticleMetadata out = meta;
        Optional<String> foundTitle = Optional.empty();
        for (int i = 0; i < header.size(); i++) {
            Line line = header.get(i);
            Optional<ArticleMetadata> asDate = dateLine(line, out);
            if (asDate.isPresent()) {
                out = asDate.get();
                removed.add(line.text());
                continue;
            }
            Optional<String> outlet = Outlets.exactly(line.text());
            if (outlet.isPresent()) {
                // A site-name line (هسبريس، سبوتنيك عربي): the outlet, and the agency too when it is one (يونهاب).
                out = out.outlet().isPresent() ? out : out.withOutlet(outlet);
                Optional<String> agency = Agencies.exactly(line.text());
                out = out.agency().isPresent() || agency.isEmpty() ? out : out.withAgency(agency);
                removed.add(line.text());
                continue;
            }
            Optional<ArticleMetadata> asByline = byline(line, out);
            if (asByline.isPresent()) {
                out = asByline.get();
                removed.add(line.text());
                continue;
            }
            if (line.is(LineKind.SOURCE)) {
                out = sourceLine(line, out);
                removed.add(line.text());
                continue;
            }
            if (foundTitle.isEmpty() && isTitleLike(line)) {
                foundTitle = Optional.of(line.text());
                continue;
            }
            removed.add(line.text());
        }
        if (foundTitle.isPresent()) {
            // The page's own headline beats <title>/og:title, which often carry the site name.
            out = out.withTitle(foundTitle);
        }
        return out;
    }

    static boolean isTitleLike(Line line) {
        return (line.is(LineKind.SHORT) || (line.is(LineKind.SENTENCE) && !line.text().endsWith(".")))
                && line.words() >= TITLE_MIN_WORDS && line.words() <= TITLE_MAX_WORDS;
    }

    /** Words that may stand beside a date on a date line: weekdays, times, "updated", "published". */
    private static final java.util.regex.Pattern DATE_LINE_NOISE = java.util.regex.Pattern.compile(
            "(?i)\\d{1,2}:\\d{2}(:\\d{2})?|\\b(am|pm|gmt|utc)\\b|(?<!\\p{L})(ص|م|مساء|صباحا|الموافق|نشر|في|بتاريخ|اخر|تحديث|اخر تحديث|"
                    + "بتوقيت|مكه|المكرمه|القاهره|غرينتش|" + dev.marsad.calendar.Weekdays.alternation() + "|يوم)(?!\\p{L})");

    /**
     * A line that is essentially a date: once the dates, weekday names, times and words such as "published"
     * or "updated" are taken out, at most two words remain.
     */
    static Optional<ArticleMetadata> dateLine(Line line, ArticleMetadata meta) {
        if (line.words() > BYLINE_MAX_WORDS + 4) {
            return Optional.empty();
        }
        // "تأسست عام 2019" is not a date line: a year alone never dates a page.
        List<DateMatch> dates = DateParser.find(line.text()).stream()
                .filter(d -> d.precision() != dev.marsad.calendar.DatePrecision.YEAR).toList();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(line.text());
        for (int i = dates.size() - 1; i >= 0; i--) {
            rest.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        String leftover = DATE_LINE_NOISE.matcher(dev.marsad.text.ArabicNormalizer.fold(rest)).replaceAll(" ");
        if (LineClassifier.countWords(leftover) > 2) {
            return Optional.empty();
        }
        // A line giving both calendars ("29 صفر 1445 هـ الموافق 15 سبتمبر 2023") is read by its Gregorian date.
        DateMatch first = dates.stream().filter(d -> !d.hijri()).findFirst().orElse(dates.get(0));
        if (meta.published().isPresent()) {
            return Optional.of(meta);
        }
        return Optional.of(meta.withPublished(Optional.of(first.iso() + first.time().orElse(""))));
    }

    /** A short line naming a wire agency, possibly with the outlet: {@code أ ف ب-الامة برس}. */
    static Optional<ArticleMetadata> byline(Line line, ArticleMetadata meta) {
        if (line.words() > BYLINE_MAX_WORDS || LineClassifier.endsLikeSentence(line.text()) && line.words() > 4) {
            return Optional.empty();
        }
        Optional<Agencies.Found> agency = Agencies.find(line.text());
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        ArticleMetadata out = meta.agency().isPresent() ? meta : meta.withAgency(Optional.of(agency.get().canonical()));
        Optional<String> beside = outletBeside(line.text(), agency.get());
        if (beside.isEmpty()) {
            return Optional.of(out);
        }
        // "أ ف ب-الامة برس": agency, then the outlet that ran the copy. "دمشق-سانا", "سيول - أ ف ب": a place
        // first is a dateline, as datelines always precede the credit.
        boolean placeFirst = line.text().indexOf(beside.get().split(" ")[0]) < agency.get().start()
                && LineClassifier.countWords(beside.get()) <= 2 && !OUTLET_WORDS.matcher(beside.get()).find();
        if (placeFirst) {
            return Optional.of(out.dateline().isPresent() ? out : out.withDateline(beside));
        }
        return Optional.of(out.outlet().isPresent() ? out : out.withOutlet(beside));
    }

    private static final java.util.regex.Pattern OUTLET_WORDS = java.util.regex.Pattern.compile(
            "صحيفة|جريدة|موقع|برس|نيوز|الإخبارية|الاخبارية|قناة|تلفزيون|راديو|24|news|press|times|post", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** What remains of a byline once the agency and separators are removed, if it looks like a name. */
    static Optional<String> outletBeside(String text, Agencies.Found agency) {
        if (agency.end() > text.length()) {
            return Optional.empty();
        }
        String rest = (text.substring(0, agency.start()) + " " + text.substring(agency.end()))
                .replaceAll("^[\\s\\-–—|/،,:()]+|[\\s\\-–—|/،,:()]+$", "")
                .replaceAll("\\s*[\\-–—|/]\\s*", " ").strip();
        int words = LineClassifier.countWords(rest);
        if (words == 0 || words > 4 || DateParser.find(rest).size() > 0) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    /** {@code المصدر: الجزيرة} gives outlet الجزيرة; {@code المصدر: رويترز} gives agency رويترز. */
    static ArticleMetadata sourceLine(Line line, ArticleMetadata meta) {
        String value = Cues.afterColon(line.text());
        if (value.isEmpty() || LineClassifier.countWords(value) > 6) {
            return meta;
        }
        Optional<String> agency = Agencies.exactly(value);
        if (agency.isPresent()) {
            return meta.agency().isPresent() ? meta : meta.withAgency(agency);
        }
        Optional<Agencies.Found> inside = Agencies.find(value);
        ArticleMetadata out = meta;
        if (inside.isPresent()) {
            if (out.agency().isEmpty()) {
                out = out.withAgency(Optional.of(inside.get().canonical()));
            }
            Optional<String> outlet = outletBeside(value, inside.get());
            return outlet.isPresent() && out.outlet().isEmpty() ? out.withOutlet(outlet) : out;
        }
        return out.outlet().isPresent() ? out : out.withOutlet(Optional.of(value.replaceAll("[.،,]+$", "")));
    }
}
