package dev.marsad.extract;

import static dev.marsad.extract.SpeakerCues.beforeCompanion;

import dev.marsad.model.EntityType;
import dev.marsad.text.ArabicNormalizer;
import dev.marsad.text.FoldedText;

/**
 * The speaker a title names in a reported clause (وأوضح مدير مطار الجوف عبدالمحسن المضيان أن، وأبان وزير الخارجية
 * الإيطالي أن): the person holding it, named there or introduced earlier by the same title, rather than the body in
 * the title. Split from {@link SpeakerResolver}; one per article.
 */
final class TitledSpeakers {
    private final EntitySpeakers speakers;
    private final SpeakerChain chain;

    TitledSpeakers(EntitySpeakers speakers, SpeakerChain chain) {
        this.speakers = speakers;
        this.chain = chain;
    }

    /**
     * {@code speaker}, named between the verb ({@code verbAt}) and إن/أن ({@code thatAt}) after a title, unless it is a
     * body or a one-word fragment and a person's full name stands there too: the title's holder, not the body in the
     * title (المدير العام للإعلام بإمارة مكة).
     */
    Speaker holderOverBody(Speaker speaker, ReportedClause r, int verbAt, int thatAt) {
        if (speaker.isPerson() && speaker.name().strip().contains(" ")) {
            return speaker;
        }
        FoldedText text = r.sentence();
        String between = text.folded().substring(r.verbEnd(), r.thatStart());
        Speaker holder = speakers.fullPersonIn(verbAt, thatAt);
        if (holder == null) {
            holder = SpeakerPhrases.nameAfterTitle(text, r.verbEnd(), r.thatStart());
        }
        if (holder == null || !holder.name().strip().contains(" ")) {
            holder = chain.holderWithin(between, verbAt).map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
        }
        if (holder != null && partOfBodysName(holder, speaker)) {
            return speaker;
        }
        return holder != null && holder.name().strip().contains(" ") ? holder : speaker;
    }

    /**
     * {@code body}, named in {@code between} (the folded words after the verb) after words of its own (عميد شؤون أعضاء
     * [هيئة التدريس]), unless the whole phrase introduced a person earlier in the article (عميد شؤون أعضاء هيئة
     * التدريس، الدكتور مطلق العتيبي): then that person. A body opening the phrase speaks itself (وقالت وزارة الداخلية).
     */
    Speaker roleHolderOverBody(Speaker body, String between, int verbAt) {
        String phrase = between.replaceAll("[^\\p{L}]+", " ").strip();
        String name = ArabicNormalizer.fold(body.name()).replaceAll("[^\\p{L}]+", " ").strip();
        if (name.isEmpty() || phrase.startsWith(name.split(" ")[0]) || !phrase.endsWith(name)) {
            return body;
        }
        return chain.holderOf(phrase, verbAt)
                .filter(n -> n.strip().contains(" "))
                .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n)))
                .orElse(body);
    }

    /**
     * Whether the "holder" is words of the body's own name: the title is part of it (مدينة الملك سعود الطبية is a
     * hospital, الملك سعود no holder of a title in it).
     */
    private static boolean partOfBodysName(Speaker holder, Speaker body) {
        return body.key() != null && (body.key().startsWith("organization:") || body.key().startsWith("location:"))
                && ArabicNormalizer.fold(body.name()).contains(ArabicNormalizer.fold(holder.name().strip()));
    }

    /**
     * The holder of a title standing between the verb ({@code verbAt}) and إن/أن with no name the tagger found: a
     * name after the title, else one in apposition (…، إحسان الجلبي، إن), else the person the same title introduced
     * earlier (رئيس لجنة التحقيق → the committee's head); null when none.
     */
    Speaker holderAfterVerb(ReportedClause r, int verbAt) {
        FoldedText text = r.sentence();
        String between = text.folded().substring(r.verbEnd(), r.thatStart());
        Speaker speaker = SpeakerPhrases.nameAfterTitle(text, r.verbEnd(), r.thatStart());
        if (speaker != null && SpeakerNameParts.withLam(ArabicNormalizer.fold(speaker.name()).strip(), chain::fullName)) {
            speaker = null; // الناطق باسم القوات الموالية لهادي أن: the title's complement, no name after it.
        }
        if (speaker == null) {
            speaker = SpeakerPhrases.appositionName(text, r.verbEnd(), r.thatStart());
        }
        if (speaker == null) {
            speaker = chain.holderOf(between.replaceAll("[^\\p{L}]+", " "), verbAt)
                    .or(() -> chain.holderWithin(beforeCompanion(between), verbAt))
                    .map(n -> new Speaker(n, NameKey.of(EntityType.PERSON, n))).orElse(null);
        }
        return speaker;
    }
}
