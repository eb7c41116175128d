package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.*;

import dev.marsad.model.EntityType;
import dev.marsad.model.Quote;
import dev.marsad.text.ArabicNormalizer;
import java.util.Optional;

/**
 * How a resolved speaker is written on its quote: cleaned of trailing time words, a one-word name → the article's
 * fullest name, a person's lineage, an organisation's fuller name without "official". Split from
 * {@link SpeakerResolver}; one per article (it tells {@link SpokenOrganizations} which bodies spoke).
 */
final class QuoteSpeakerNames {
    /** Quotation marks a speaker's name may carry from the text (« » " “ ”). */
    private static final java.util.regex.Pattern NAME_MARKS = java.util.regex.Pattern.compile("[«»\"“”]");

    private final SpeakerChain chain;
    private final SpokenOrganizations spoken;

    QuoteSpeakerNames(SpeakerChain chain, SpokenOrganizations spoken) {
        this.chain = chain;
        this.spoken = spoken;
    }

    /**
     * The quote of {@code text} by {@code speaker} (null or blank: none), the speaker named as the article names it
     * most fully and cleaned (trailing time words, "official", a short organisation name → its fuller form).
     */
    Quote quote(Speaker speaker, String text, boolean direct) {
        Speaker written = speaker == null || speaker.name().isBlank() ? null : written(speaker);
        if (written != null && written.isOrganization()) {
            spoken.spoke(written);
        }
        return new Quote(Optional.ofNullable(written).map(Speaker::name), Optional.ofNullable(written).map(Speaker::key), text, direct);
    }

    /** The quote candidate {@code c} makes, said by {@code speaker}. */
    Quote quoteOf(QuoteCandidate c, Speaker speaker) {
        if (c instanceof QuoteCandidate.Direct d) {
            return quote(speaker, d.text(), true);
        }
        if (c instanceof QuoteCandidate.Reported r) {
            return quote(speaker, r.clause().statement(r.paragraph()), false);
        }
        return quote(speaker, ((QuoteCandidate.Opening) c).text(), true);
    }

    /** {@code speaker} (not blank) as its quote would name it; no side effect. */
    Speaker written(Speaker speaker) {
        // منظمة «الفاو»: a name's quotation marks are how it was written, no part of it (a span may keep one).
        String unmarked = NAME_MARKS.matcher(speaker.name()).replaceAll("").replaceAll("\\s+", " ").strip();
        speaker = new Speaker(SpeakerNameCleaner.withoutTrailingTime(unmarked.isEmpty() ? speaker.name() : unmarked), speaker.key());
        speaker = withoutOutletAddressee(speaker);
        String bare = SpeakerNameParts.withoutProclitic(speaker.name());
        if (!bare.equals(speaker.name())) {
            // مدير المستشفيات بوزارة الصحة: a body's head noun with ب/ل on it, whatever the phrase was taken for.
            speaker = new Speaker(bare, NameKey.of(EntityType.ORGANIZATION, bare));
        }
        if (speaker.isPerson()) {
            speaker = new Speaker(SpeakerNameParts.withoutLeadingVerb(speaker.name()), speaker.key()); // وانتقد ترامب
            speaker = withoutTrailingRelative(speaker); // ووصف فياتشيسلاف باشكوف صديقه بأنه
        }
        if (!speaker.name().strip().contains(" ")) {
            boolean person = speaker.isPerson();
            speaker = new Speaker(person ? chain.fullPersonName(speaker.name()) : chain.fullName(speaker.name()), speaker.key());
            // عماش → عماش المتحدث, a fuller span that ran into a title: cleaned as the name it stands for.
            String cleaned = SpeakerNameCleaner.withoutTrailingRanks(speaker.name());
            if (person && !cleaned.equals(speaker.name()) && !cleaned.strip().contains(" ")) {
                // …, and then with the name words before its first mention (عيد عماش).
                cleaned = chain.firstMentionName(ArabicNormalizer.fold(cleaned.strip())).orElse(cleaned);
            }
            speaker = new Speaker(cleaned, speaker.key());
        }
        if (speaker.isPerson()) {
            speaker = new Speaker(SpeakerNameParts.withoutLeadingPlace(speaker.name()), speaker.key()); // ليبيا برناردينو ليون
            speaker = new Speaker(chain.withLineage(speaker.name()), speaker.key()); // مفرج الحقباني → مفرج بن سعد الحقباني
            speaker = new Speaker(chain.fullerEnding(speaker.name()), speaker.key()); // عبد العاطي → بدر عبد العاطي
            speaker = new Speaker(chain.fullerOpening(speaker.name()), speaker.key()); // نعيم الرحمن → نعيم الرحمن زكريا
            speaker = new Speaker(SpeakerNameParts.withoutLeadingVerb(speaker.name()), speaker.key()); // the full name's too
        }
        if (speaker.key() != null && !speaker.isPerson()) {
            speaker = new Speaker(SpeakerNameParts.withoutOfficialWord(speaker.name()), speaker.key()); // الرسمية
        }
        if (speaker.isOrganization()) {
            speaker = new Speaker(chain.withoutPeopleAfter(speaker.name()), speaker.key()); // … الكواري والكعبي
            speaker = new Speaker(chain.fullOrganization(speaker.name()), speaker.key());
            // المرصد السوري → المرصد السوري لحقوق الإنسان, cleaned as the name it stands for.
            String longer = SpeakerNameParts.withoutOfficialWord(SpeakerNameCleaner.withoutTrailingTime(
                    chain.longerOrganizationOpeningWith(speaker.name())));
            speaker = new Speaker(spoken.longerSpokenOpeningWith(longer), speaker.key()); // …, or as it was quoted before
            speaker = new Speaker(SpeakerNameParts.withoutNationality(speaker.name()), speaker.key()); // نادي برشلونة الإسباني
            speaker = new Speaker(SpeakerNameParts.withoutLegalForm(speaker.name()), speaker.key()); // راجيش إكسبورت ليمتد
            speaker = new Speaker(chain.withMediaNounWrittenElsewhere(speaker.name()), speaker.key()); // صحيفة ذا تايمز
            speaker = new Speaker(NewsAgencies.withoutDescriptionAfterName(speaker.name()), speaker.key()); // وكالة يونهاب الكورية
        }
        return withoutHashtagJoins(speaker);
    }

    /** A folded word and the pronoun written on its end (صديقه → صديق + ه, زوجته → زوجت + ه). */
    private static final java.util.regex.Pattern WITH_PRONOUN = java.util.regex.Pattern.compile("^(.+?)(ه|ها|هم|هما)$");

    /** Companions a verb's object may name right after its subject, with a pronoun on them (صديقه، زميلها). */
    private static final java.util.Set<String> COMPANIONS = java.util.stream.Stream.of("صديق", "صديقة", "زميل", "زميلة", "رفيق", "رفيقة").map(ArabicNormalizer::fold).collect(java.util.stream.Collectors.toSet());

    /**
     * A person without a last word that is a relative or companion with a pronoun on it (باشكوف صديقه: his friend, the
     * verb's object), the name kept when that would leave one word or none.
     */
    private static Speaker withoutTrailingRelative(Speaker speaker) {
        String name = speaker.name().strip();
        int space = name.lastIndexOf(' ');
        if (space <= 0 || name.substring(0, space).strip().indexOf(' ') < 0) {
            return speaker;
        }
        String last = ArabicNormalizer.fold(name.substring(space + 1));
        java.util.regex.Matcher m = WITH_PRONOUN.matcher(last);
        if (!m.matches()) {
            return speaker;
        }
        // زوجته، صديقتها: a feminine noun's ة is written ت before the pronoun.
        String stem = m.group(1);
        String feminine = stem.endsWith("ت") ? ArabicNormalizer.fold(stem.substring(0, stem.length() - 1) + "ة") : stem;
        if (!SpeakerWords.RELATIVES_OF.contains(stem) && !COMPANIONS.contains(stem)
                && !SpeakerWords.RELATIVES_OF.contains(feminine) && !COMPANIONS.contains(feminine)) {
            return speaker;
        }
        String cut = name.substring(0, space).strip();
        return new Speaker(cut, NameKey.of(EntityType.PERSON, cut));
    }

    /**
     * The speaker without the outlet it spoke to (وفقا لما أكدته الشرطة لبي بي سي → الشرطة): ل and a listed outlet
     * open no word of a name, whichever step took the words after the verb ({@link NewsAgencies#withoutOutletAddressee}).
     */
    private static Speaker withoutOutletAddressee(Speaker speaker) {
        String name = speaker.name();
        var whole = new dev.marsad.extract.ner.NameFinder.NameSpan(0, name.length(), EntityType.ORGANIZATION, 1.0);
        int end = NewsAgencies.withoutOutletAddressee(name, whole).end();
        if (end == name.length()) {
            return speaker;
        }
        String cut = name.substring(0, end).strip();
        EntityType type = speaker.isPerson() ? EntityType.PERSON : speaker.isOrganization() ? EntityType.ORGANIZATION : null;
        return new Speaker(cut, type == null ? speaker.key() : NameKey.of(type, cut));
    }

    /**
     * The name with the words a hashtag joined by _ set apart (#سعد_الحريري, met again as الحريري, is سعد الحريري), its
     * key made again from them: the same person's key whether the article wrote the name as a hashtag or not.
     */
    private static Speaker withoutHashtagJoins(Speaker speaker) {
        if (speaker.name().indexOf('_') < 0) {
            return speaker;
        }
        String name = speaker.name().replace('_', ' ').replaceAll("\\s+", " ").strip();
        if (speaker.key() == null) {
            return new Speaker(name, null);
        }
        EntityType type = speaker.isPerson() ? EntityType.PERSON
                : speaker.key().startsWith("organization:") ? EntityType.ORGANIZATION : EntityType.LOCATION;
        return new Speaker(name, NameKey.of(type, name));
    }
}
