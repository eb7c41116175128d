package dev.marsad.extract;

import static dev.marsad.extract.SpeakerNameCleaner.words;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import dev.marsad.text.FoldedText;
import java.util.List;
import java.util.Optional;

/**
 * A title stands for the person it introduced earlier in the article: the title's words followed within four words
 * by a person's name (وزير الخارجية الإيطالي باولو جينتيلوني … وأبان وزير الخارجية الإيطالي أن → باولو جينتيلوني).
 */
final class TitleHolders {
    private final String text;
    /** The article's persons but a body or person with ل written onto it (a title's complement, no holder). */
    private final List<Entity> holderCandidates;
    /** The same, for the first one after a position (a binary search, not a scan per title). */
    private final EntitySpans persons;
    private final ArticleWordIndex index;
    private final PersonNameChain people;
    private final java.util.Map<String, Optional<Holder>> holders = new java.util.HashMap<>();

    /** The first person within four words after a title: where that person starts, and the name it stands for. */
    private record Holder(int start, String name) {
    }

    TitleHolders(String text, List<Entity> entities, ArticleWordIndex index, PersonNameChain people) {
        this.text = text;
        // لنادي فيورنتينا، لهادي: a body or a person with ل written onto it is the title's complement, no holder.
        this.holderCandidates = entities.stream().filter(e -> e.type() == EntityType.PERSON
                && !SpeakerNameParts.withLam(Lexicon.fold(e.text()).strip(), people::fullName)).toList();
        this.persons = new EntitySpans(holderCandidates);
        this.index = index;
        this.people = people;
    }

    /** The person {@code foldedTitle} (two words or more) introduced before {@code before}, as named in full. */
    Optional<String> holderOf(String foldedTitle, int before) {
        return holderOf(foldedTitle, before, false);
    }

    /**
     * {@link #holderOf(String, int)}, or when none and {@code appositive}, the person the title stood right after as
     * the subject of a speech verb ({@link #appositiveHolder}); only for a title that opens the subject, since words
     * before it may be the speaker's own name the tagger missed (أوضح عامر مكارم أمين عام الاتحاد).
     */
    Optional<String> holderOf(String foldedTitle, int before, boolean appositive) {
        String title = foldedTitle.strip();
        if (title.split("\\s+").length < 2) {
            return Optional.empty(); // One word (الوزير) names no particular office.
        }
        if (persons.inTextOrder()) {
            // The first holder in the text, made once per title: later places of the title hold later persons.
            Optional<String> holder = holders.computeIfAbsent(title, this::firstHolder).filter(h -> h.start() < before).map(Holder::name);
            return holder.isPresent() || !appositive ? holder : appositiveHolder(title, before);
        }
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        for (int at = folded.indexOf(title); at >= 0 && mapped.originalStart(at) < before; at = folded.indexOf(title, at + 1)) {
            int end = mapped.originalEnd(at + title.length());
            for (Entity e : holderCandidates) {
                if (e.start() >= end && e.start() < before && words(text.substring(end, e.start())) <= 4) {
                    String name = people.hashtag(e).orElse(e.text());
                    return Optional.of(people.fullName(name));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person the title stood right after, in apposition, as the subject of a speech verb (أكد الشيخ سلمان بن
     * إبراهيم آل خليفة رئيس الاتحاد الآسيوي لكرة القدم، أن … وأوضح رئيس الاتحاد الآسيوي: → سلمان بن إبراهيم آل
     * خليفة). Only after a speech verb: after another verb a title that follows a name is often its object
     * (استقبل الملك سلمان رئيس وزراء الهند).
     */
    private Optional<String> appositiveHolder(String title, int before) {
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        for (int at = folded.indexOf(title); at >= 0 && mapped.originalStart(at) < before; at = folded.indexOf(title, at + 1)) {
            int titleStart = mapped.originalStart(at);
            for (Entity e : persons.startingIn(Math.max(0, titleStart - 80), titleStart)) {
                if (e.end() > titleStart || !text.substring(e.end(), titleStart).matches("[\\s،,]*")) {
                    continue;
                }
                boolean comma = text.substring(e.end(), titleStart).contains("،") || text.substring(e.end(), titleStart).contains(",");
                if (verbShortlyBefore(e.start(), comma)) {
                    return Optional.of(people.fullName(people.hashtag(e).orElse(e.text())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a speech verb stands within three words before {@code position}, in the same sentence; with
     * {@code stance}, a verb of stance too (تعهد المكسيكي خافيير أغيري، المدرب الجديد …: the comma sets the title apart
     * as an apposition, where after انتقد فلان وزير … a title without one is the object).
     */
    private boolean verbShortlyBefore(int position, boolean stance) {
        String before = text.substring(Math.max(0, position - 60), position);
        int sentence = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
        String[] words = before.substring(sentence + 1).strip().split("\\s+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 3); i--) {
            String w = dev.marsad.text.ArabicNormalizer.fold(words[i]);
            if (!w.isEmpty() && (Lexicon.isSpeechVerb(w) || stance && SpeakerWords.isStanceVerb(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code title} first stands followed within four words by a person, and that person's name. The first
     * person after a place is the only one to try: words between only grow with the distance. Persons in text
     * order only.
     */
    private Optional<Holder> firstHolder(String title) {
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        for (int at = folded.indexOf(title); at >= 0; at = folded.indexOf(title, at + 1)) {
            int end = mapped.originalEnd(at + title.length());
            List<Entity> after = persons.startingIn(end, Integer.MAX_VALUE);
            if (after.isEmpty()) {
                return Optional.empty(); // No person after this place, nor after any later one.
            }
            Entity e = after.stream().filter(p -> !prepositionalFragment(p)).findFirst().orElse(null);
            if (e != null && words(text.substring(end, e.start())) <= 4) {
                return Optional.of(new Holder(e.start(), people.fullName(people.hashtag(e).orElse(e.text()))));
            }
        }
        return Optional.empty();
    }

    /**
     * A one-word "person" opening with the preposition ل or ب (مدير المرصد السوري <b>لحقوق</b> الإنسان رامي
     * عبدالرحمن): the tagger's piece of the body's complement, never the name a title introduces.
     */
    private static boolean prepositionalFragment(Entity e) {
        String t = e.text().strip();
        return t.indexOf(' ') < 0 && t.length() > 3 && (t.charAt(0) == '\u0644' || t.charAt(0) == '\u0628');
    }

    /**
     * The holder of the first title among the words of {@code folded} (a preposition ل attached to it dropped:
     * لرئيس الوزراء العراقي), as {@link #holderOf} finds it; the longest phrase from the title that has one.
     */
    Optional<String> holderWithin(String folded, int before) {
        String[] words = folded.strip().split("[^\\p{L}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].startsWith("لل") ? "ا" + words[i].substring(1) : words[i].startsWith("ل") ? words[i].substring(1) : words[i];
            if (!Lexicon.SPEAKER_TITLES.contains(w) && !(i + 1 < words.length && Lexicon.SPEAKER_TITLES.contains(w + " " + words[i + 1]))) {
                continue;
            }
            // وزير الخارجية الروسي: the nationality says which country's office; the title without it (وزير الخارجية,
            // held by the American minister named before) is another office. Only a nationality ending the title: one
            // inside a body's name goes on (مدير المرصد السوري لحقوق الإنسان، أمين عام الملتقى الخليجي الرابع are
            // مدير المرصد، أمين عام الملتقى).
            int shortest = i + 2;
            for (int k = i + 1; k < Math.min(words.length, i + 5); k++) {
                if (Lexicon.isNationality(words[k]) && (k + 1 == words.length || Lexicon.STOPWORDS.contains(words[k + 1]))) {
                    shortest = Math.max(shortest, k + 1);
                    break;
                }
            }
            for (int end = Math.min(words.length, i + 5); end >= shortest; end--) {
                String phrase = w + (end > i + 1 ? " " + String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, end)) : "");
                Optional<String> holder = holderOf(phrase, before, i == 0);
                if (holder.isPresent()) {
                    return holder;
                }
            }
            if (SpeakerWords.HEAD_TITLES.contains(w)) {
                // رئيس فريق الخبراء: the person the article said heads that body (فريق الخبراء … برئاسة فلان).
                for (int end = Math.min(words.length, i + 5); end >= i + 2; end--) {
                    Optional<String> head = headOf(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, end)), before);
                    if (head.isPresent()) {
                        return head;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person the article says heads the body {@code foldedBody} before {@code before}: the body's words, then
     * within six words a headed-by word (برئاسة، بقيادة) and right after it a person (فريق الخبراء الحقوقيين الدوليين
     * برئاسة محمد جندوبي → محمد جندوبي for رئيس فريق الخبراء).
     */
    private Optional<String> headOf(String foldedBody, int before) {
        String body = foldedBody.strip();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        FoldedText mapped = index.folded();
        String folded = mapped.folded();
        for (int at = folded.indexOf(body); at >= 0 && mapped.originalStart(at) < before; at = folded.indexOf(body, at + 1)) {
            java.util.regex.Matcher w = QuoteText.LETTERS.matcher(folded).region(at + body.length(), folded.length());
            for (int n = 0; n < 6 && w.find(); n++) {
                if (!SpeakerWords.HEADED_BY.contains(w.group())) {
                    continue;
                }
                int next = mapped.originalEnd(w.end());
                List<Entity> after = persons.startingIn(next, Math.min(text.length(), next + 3));
                // برئاسة كمال الجندوبي: the name words there, when the tagger missed them or cut them short.
                Optional<String> words = nameWordsAt(mapped, w.end(), before);
                if (!after.isEmpty() && after.get(0).start() < before
                        && (words.isEmpty() || words.get().length() <= after.get(0).text().length())) {
                    Entity e = after.get(0);
                    return Optional.of(people.fullName(people.hashtag(e).orElse(e.text())));
                }
                return words;
            }
        }
        return Optional.empty();
    }

    /**
     * Two or three name words right after {@code from} (folded), the last one possibly with the article (a surname),
     * joined by spaces only; empty when fewer stand there or they reach {@code before}.
     */
    private Optional<String> nameWordsAt(FoldedText mapped, int from, int before) {
        String folded = mapped.folded();
        java.util.regex.Matcher m = QuoteText.LETTERS.matcher(folded).region(from, folded.length());
        int first = -1;
        int last = -1;
        int count = 0;
        int previousEnd = from;
        while (count < 3 && m.find() && folded.substring(previousEnd, m.start()).isBlank()) {
            String w = m.group();
            boolean surname = count >= 1 && w.startsWith("ال") && w.length() >= 5 && SpeakerNameParts.isBareNameWord(w.substring(2))
                    && !Lexicon.isNationality(w);
            if (!surname && (!SpeakerNameParts.isBareNameWord(w) || w.length() < 3 || Lexicon.isNationality(w))) {
                break;
            }
            first = first < 0 ? m.start() : first;
            last = m.end();
            count++;
            previousEnd = m.end();
            if (surname) {
                break;
            }
        }
        if (count < 2 || mapped.originalEnd(last) > before) {
            return Optional.empty();
        }
        return Optional.of(text.substring(mapped.originalStart(first), mapped.originalEnd(last)));
    }
}
