package dev.marsad.extract;

import static dev.marsad.extract.QuoteText.LETTERS;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A statement as the subject speaks for the body that issued it (وقال بيان صادر عن القصر الملكي في هولندا إن، وقال
 * بيان المنسقية العامة لرئاسة الوزراء التركية إن، وأوضح بيان النادي أن، وذكر بيان وزعه مكتب البرنامج أن): the
 * labelling rule gives the quotation to the issuer, named after صادر عن / عن / من, after a verb of issuing with its
 * pronoun (وزعه، أصدره), as the statement's complement, or after its ل (بيان لوزارة الداخلية). Only an indefinite بيان opening the words after the verb;
 * البيان alone is the statement of whoever spoke last ({@link SpeakerCues#STATEMENT}).
 */
final class StatementIssuers {
    /** Words that lead from بيان to its issuer (folded): صادر عن، عن، من. */
    private static final Set<String> ISSUED = Set.of("صادر", "صادرا", "الصادر", "صدر");
    private static final Set<String> FROM = Set.of("عن", "من");
    /** Documents whose issuer speaks through them: a statement, and (after ل only) a toll or a report (folded). */
    private static final Set<String> STATEMENTS = Set.of("بيان", "حصيله", "حصيلة", "تقرير");
    /** Verbs of issuing with the statement's pronoun (folded): بيان وزعه / أصدره / نشره مكتب …. */
    private static final Set<String> ISSUING_VERBS = Set.of("وزعه", "اصدره", "اصدرته", "نشره", "نشرته", "اصدرها", "وزعته");

    private final EntitySpeakers speakers;
    private final SpokenOrganizations spoken;

    StatementIssuers(EntitySpeakers speakers, SpokenOrganizations spoken) {
        this.speakers = speakers;
        this.spoken = spoken;
    }

    /**
     * The issuer of an indefinite بيان opening {@code sentence}'s folded {@code [from, to)} (the words between the verb
     * and أن), {@code offset} being the sentence's start in the article; null when no statement opens them or its
     * issuer is not read.
     */
    Speaker issuerOf(FoldedText sentence, int offset, int from, int to, Speaker previous) {
        Speaker issuer = issuerRead(sentence, offset, from, to, previous);
        spoken.issuedStatement(issuer);
        return issuer;
    }

    private Speaker issuerRead(FoldedText sentence, int offset, int from, int to, Speaker previous) {
        String folded = sentence.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        if (!m.find() || !STATEMENTS.contains(m.group())) {
            return null;
        }
        boolean statement = m.group().equals("بيان");
        if (!m.find()) {
            if (!statement) {
                return null;
            }
            // قالت الرئاسة في جنوب السودان إن … وأفاد بيان أن: a statement no words qualify, right after a body spoke, is
            // that body's (after a person, or nobody, it stays unread).
            return previous != null && previous.isOrganization() ? previous : null;
        }
        String next = m.group();
        int issuer;
        if (!statement) {
            // بحسب حصيلة للمرصد، وفق تقرير لوزارة الصحة: a toll or report of a body is its word; ل, or ل of لل, goes.
            String head = headAfterLam(next);
            return head == null ? null : issuerAt(sentence, offset, m.start() + 1, to, head, previous);
        }
        if (ISSUED.contains(next) || ISSUING_VERBS.contains(next)) {
            if (!m.find()) {
                return null;
            }
            if (FROM.contains(m.group()) && !m.find()) {
                return null;
            }
            issuer = m.start();
        } else if (FROM.contains(next)) {
            if (!m.find()) {
                return null;
            }
            issuer = m.start();
        } else if (next.startsWith("ال") || SpeakerPhrases.isHead(next)) {
            issuer = m.start(); // بيان المنسقية العامة …، بيان وزارة الدفاع: the statement's complement
        } else if (!next.startsWith("لل") && headAfterLam(next) != null) {
            issuer = m.start() + 1; // بيان لوزارة الداخلية، بيان لمكتب النائب العام: the issuer after ل, a head noun
        } else {
            return null;
        }
        return issuerAt(sentence, offset, issuer, to, folded.substring(issuer, Math.min(to, QuoteText.wordEnd(folded, issuer))), previous);
    }

    /**
     * The body's head noun a word with ل stands for, as the article means it (لوزارة → وزارة, للمرصد → المرصد: the
     * alif ل took off the article), or null when the word is no head noun after ل.
     */
    private static String headAfterLam(String folded) {
        if (folded.startsWith("لل")) {
            String head = "ا" + folded.substring(1);
            return folded.length() > 4 && SpeakerPhrases.isHead(head) ? head : null;
        }
        return folded.length() > 3 && folded.startsWith("ل") && SpeakerPhrases.isHead(folded.substring(1)) ? folded.substring(1) : null;
    }

    /**
     * The issuer named from {@code issuer} to {@code to} in {@code sentence}'s folded text, its first word as the
     * article means it ({@code head}: المرصد for للمرصد); null when not read.
     */
    private Speaker issuerAt(FoldedText sentence, int offset, int issuer, int to, String head, Speaker previous) {
        String folded = sentence.folded();
        if (SpeakerCues.opensWithUnnamed(folded.substring(issuer, to))) {
            return Talk.UNNAMED; // بيان صدر عن عضوين في اللجنة: issued by people the article does not name.
        }
        int at = offset + sentence.originalStart(issuer);
        int end = offset + sentence.originalStart(to);
        for (Entity e : speakers.entities().startingIn(at, at + 1)) {
            if (e.start() == at && e.type() != EntityType.LOCATION) {
                Speaker named = speakers.named(at, Math.max(end, e.end()), e.type());
                if (named != null) {
                    return named;
                }
            }
        }
        Speaker phrase = SpeakerPhrases.organizationPhrase(sentence, issuer, to);
        if (phrase != null) {
            return phrase;
        }
        Speaker body = SpeakerPhrases.speakingBody(sentence, issuer, to);
        if (body != null) {
            return body;
        }
        Speaker mentioned = spoken.organizationMentionedAs(head, at, previous);
        return mentioned != null ? mentioned : definitePhrase(sentence, issuer, to);
    }

    /**
     * A body no list knows, named by two to six words with the article (or ل) from {@code from}: القصر الملكي، المنسقية
     * العامة لرئاسة الوزراء التركية; null when fewer.
     */
    private static Speaker definitePhrase(FoldedText sentence, int from, int to) {
        String folded = sentence.folded();
        Matcher m = LETTERS.matcher(folded).region(from, to);
        int words = 0;
        int end = from;
        while (m.find() && words < 6) {
            String w = m.group();
            boolean defined = w.startsWith("ال") || w.startsWith("لل") || words > 0 && w.startsWith("ل") && w.length() > 3;
            if (!defined || SpeakerWords.PHRASE_STOPS.contains(w) || !folded.substring(end, m.start()).isBlank()) {
                break;
            }
            end = m.end();
            words++;
        }
        if (words < 2) {
            return null;
        }
        String name = sentence.original().substring(sentence.originalStart(from), sentence.originalEnd(end));
        return new Speaker(name, NameKey.of(EntityType.ORGANIZATION, name));
    }
}
