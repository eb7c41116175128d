package dev.marsad.extract;

import dev.marsad.model.Entity;
import dev.marsad.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the speaker stage reads that the tagger splits or misses, added to the entities speaker resolution reads
 * (never to the article's entities, which the name finder owns):
 * <ul>
 *   <li>an organisation followed by its ل-complement the tagger cut off as a span of its own (الاتحاد البرازيلي +
 *       لكرة القدم → الاتحاد البرازيلي لكرة القدم);</li>
 *   <li>an organisation with a part's head noun before it, and its ل-complement after it (مفوضية + الأمم المتحدة +
 *       لشؤون اللاجئين): the part speaks ({@code body-part-heads-ar.txt});</li>
 *   <li>a person named right after a speech verb and described with وهو/وهي and a role (صرحت بتينا لوشر وهي متحدثة
 *       باسم البرنامج), the apposition being what makes the words a name;</li>
 *   <li>a person named right after a speech verb and followed by a comma and a role (قالت آن موريل، المديرة
 *       التنفيذية للرابطة، إن): the words between verb and comma are the name, also where the tagger kept only
 *       their end (موريل);</li>
 *   <li>a person named in apposition between commas (or a comma and a colon) after a speech verb whose subject
 *       opens with a role (قال متحدث باسم الشرطة، سيتيو واسيستو: "…");</li>
 *   <li>a person's name right after a definite title and one more word that is no title, article word or stop word
 *       (الفريق رائد ناصر الجبوري, tagged ناصر الجبوري): that word is the given name the tagger took for a rank or
 *       a noun, since news writes a title straight before the name it introduces.</li>
 * </ul>
 */
final class SpeakerStageNames {
    /** Speech verb, two or three name words, وهو/وهي, a role word. */
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+)[\\s\\u00A0]+(\\p{L}{2,}(?:[\\s\\u00A0]+\\p{L}{2,}){1,2})[\\s\\u00A0]*،?[\\s\\u00A0]+و(?:هو|هي)[\\s\\u00A0]+(\\p{L}+)");

    /** Speech verb, two or three name words, a comma, a role word. */
    private static final Pattern NAME_THEN_COMMA_ROLE = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+)[\\s\\u00A0]+(\\p{L}{2,}(?:[\\s\\u00A0]+\\p{L}{2,}){1,2})[\\s\\u00A0]*،[\\s\\u00A0]*(\\p{L}+)");

    /** Speech verb, a role word and at most eight words with no comma, a comma, two or three name words, a comma or colon. */
    private static final Pattern ROLE_COMMA_NAME = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+)[\\s\\u00A0]+(\\p{L}+)(?:[\\s\\u00A0]+[^\\s\\u00A0،:.,]+){0,8}[\\s\\u00A0]*،[\\s\\u00A0]*(\\p{L}{2,}(?:[\\s\\u00A0]+\\p{L}{2,}){1,2})[\\s\\u00A0]*[،:]");

    private SpeakerStageNames() {
    }

    /** {@code entities} (in text order) with the joined and added names; the same list when there are none. */
    static List<Entity> completed(String text, List<Entity> entities) {
        List<Entity> out = boundPartsCompleted(text, surnamesSaidAlone(text,
                givenNamesAfterTitles(text, namesAfterRoleComma(text, namesBeforeCommaRole(text, headsBeforeOrganizations(text,
                joinComplements(text, entities)))))));
        List<Entity> added = new ArrayList<>(namesBeforeRole(text, out));
        added.addAll(surnameMentions(text, out, added));
        if (added.isEmpty()) {
            return out;
        }
        List<Entity> all = new ArrayList<>(out);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(Entity::start));
        return List.copyOf(all);
    }

    /**
     * A one-word person the tagger stopped before a word with the article that the article then uses alone as a
     * speaker (صخر الوجيه … وأضاف الوجيه، كما أكد الوجيه): that word is his surname, a common word too (الوجيه
     * "the notable", الرقيب "the observer"), which is why the tagger left it out; the speech verb before it alone is
     * what shows it names someone. One middle name may stand between (الباجي قايد السبسي … وقال السبسي).
     */
    static List<Entity> surnamesSaidAlone(String text, List<Entity> entities) {
        return personsLengthened(text, entities, e -> {
            if (e.text().strip().contains(" ")) {
                return e.end();
            }
            Matcher next = NEXT_ARTICLE_WORD.matcher(text).region(e.end(), text.length());
            if (!next.lookingAt()) {
                next = afterMiddleName(text, e.end());
            }
            if (next == null || !next.lookingAt() || Lexicon.isNationality(Lexicon.fold(next.group(1)))) {
                return e.end();
            }
            String surname = next.group(1);
            return saidAlone(text, surname, e.start()) ? next.end(1) : e.end();
        });
    }

    /**
     * The later places where the last word of a person the article named in full stands alone, where no entity
     * stands (غاريث ساوثجيت … وهو ما أشار إليه ساوثجيت قائلا، الباجي قايد السبسي … غير أن السبسي شدد على أن): the
     * person again for the speaker stage, which the tagger, reading words one sentence at a time, often misses. Not a
     * last word of under four letters or one that is a title, place, nationality, speech verb or unnamed source.
     */
    private static List<Entity> surnameMentions(String text, List<Entity> out, List<Entity> added) {
        List<Entity> mentions = new ArrayList<>();
        for (Entity person : out) {
            if (person.type() != EntityType.PERSON || !person.text().strip().contains(" ")) {
                continue;
            }
            String surname = text.substring(QuoteText.letterRunStart(text, person.end()), person.end());
            String f = Lexicon.fold(surname);
            if (f.length() < 4 || Lexicon.STOPWORDS.contains(f) || Lexicon.SPEAKER_TITLES.contains(f) || Lexicon.isNationality(f)
                    || Lexicon.LOCATIONS.contains(f) || Lexicon.isSpeechVerb(f) || Lexicon.UNNAMED_SPEAKERS.contains(f)) {
                continue;
            }
            for (int at = text.indexOf(surname, person.end()); at >= 0; at = text.indexOf(surname, at + 1)) {
                int end = at + surname.length();
                boolean word = !Character.isLetter(text.charAt(at - 1)) && (end == text.length() || !Character.isLetter(text.charAt(end)));
                if (word && free(out, at, end) && free(added, at, end) && free(mentions, at, end)) {
                    mentions.add(new Entity(surname, EntityType.PERSON, NameKey.of(EntityType.PERSON, surname), at, end));
                }
            }
        }
        return mentions;
    }

    /** Whether no entity of {@code entities} overlaps {@code [start, end)}. */
    private static boolean free(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            if (e.start() < end && start < e.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word with the article after one middle name that is no article word, stop word, speech verb, unnamed source,
     * nationality, title, time word or preposition (سامباولي عشية المباراة), unless a title that is a given name too
     * (الباجي قايد السبسي: قايد "leader" is a common word and a title, so the tagger stopped at الباجي); null when the
     * word after the span is none such.
     */
    private static Matcher afterMiddleName(String text, int end) {
        Matcher middle = NEXT_WORD.matcher(text).region(end, text.length());
        if (!middle.lookingAt()) {
            return null;
        }
        String f = Lexicon.fold(middle.group(1));
        if (f.startsWith("ال") || Lexicon.STOPWORDS.contains(f) || Lexicon.isSpeechVerb(f) || Lexicon.UNNAMED_SPEAKERS.contains(f)
                || SpeakerWords.PHRASE_STOPS.contains(f) || SpeakerWords.TIME_WORDS.contains(f) // سامباولي عشية المباراة
                || Lexicon.isNationality(f) || Lexicon.SPEAKER_TITLES.contains(f) && !SpeakerWords.TITLE_GIVEN_NAMES.contains(f)) {
            return null;
        }
        return NEXT_ARTICLE_WORD.matcher(text).region(middle.end(1), text.length());
    }

    /**
     * A person whose span stops on a name part that never ends a name (عبدرب، أبو، بن، آل، ولد): the word after it
     * belongs to the name (عبدرب الرسول، إسماعيل ولد الشيخ أحمد), and after ولد a second one when the first is الشيخ
     * or the like with the article, as Mauritanian names run.
     */
    static List<Entity> boundPartsCompleted(String text, List<Entity> entities) {
        return personsLengthened(text, entities, e -> {
            String[] words = e.text().strip().split("\\s+");
            String last = Lexicon.fold(words[words.length - 1]);
            if (!SpeakerWords.BOUND_NAME_PARTS.contains(last)) {
                return e.end();
            }
            int end = e.end();
            int wanted = last.equals(Lexicon.fold("ولد")) ? 2 : 1;
            for (int n = 0; n < wanted; n++) {
                Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
                if (!next.lookingAt() || Lexicon.isNationality(Lexicon.fold(next.group(1)))) {
                    break;
                }
                end = next.end(1);
                if (!next.group(1).startsWith("ال")) {
                    break; // ولد عبد العزيز → عبد, then the bound part is filled; ولد الشيخ أحمد takes أحمد too
                }
            }
            return end;
        });
    }

    /**
     * {@code entities} with each person ending where {@code end} says (its own end: unchanged), renamed and rekeyed
     * by the longer text; the same list when no person grew.
     */
    private static List<Entity> personsLengthened(String text, List<Entity> entities, java.util.function.ToIntFunction<Entity> end) {
        List<Entity> out = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            int to = e.type() == EntityType.PERSON ? end.applyAsInt(e) : e.end();
            if (to == e.end()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(entities);
            }
            String name = text.substring(e.start(), to);
            out.set(i, new Entity(name, EntityType.PERSON, NameKey.of(EntityType.PERSON, name), e.start(), to));
        }
        return out == null ? entities : List.copyOf(out);
    }

    /** A space (no punctuation) and the next word. */
    private static final Pattern NEXT_WORD = Pattern.compile("[\\s\\u00A0]+(\\p{L}{2,})(?![\\p{L}])");

    /** A space and a word of five letters or more with the article, right after a span. */
    private static final Pattern NEXT_ARTICLE_WORD = Pattern.compile("[\\s\\u00A0]+(ال\\p{L}{3,})(?![\\p{L}])");

    /** Whether {@code word} stands somewhere after {@code from} right after a speech verb, and a non-letter after it. */
    private static boolean saidAlone(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (end < text.length() && Character.isLetter(text.charAt(end)) || at == 0 || !Character.isWhitespace(text.charAt(at - 1))) {
                continue;
            }
            int verbEnd = at - 1;
            while (verbEnd > 0 && Character.isWhitespace(text.charAt(verbEnd - 1))) {
                verbEnd--;
            }
            int verbStart = QuoteText.letterRunStart(text, verbEnd);
            if (verbStart < verbEnd && Lexicon.isSpeechVerb(Lexicon.fold(text.substring(verbStart, verbEnd)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation and the span right after it opening with ل (not a place): one organisation. The span must be an
     * organisation or hold two words or more (لكرة القدم): a one-word junk span (لتنسيق of لتنسيق الشؤون الإنسانية)
     * is the start of a complement the tagger did not finish.
     */
    private static List<Entity> joinComplements(String text, List<Entity> entities) {
        List<Entity> out = new ArrayList<>(entities.size());
        boolean joined = false;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            Entity next = i + 1 < entities.size() ? entities.get(i + 1) : null;
            if (next != null && e.type() == EntityType.ORGANIZATION && next.type() != EntityType.LOCATION
                    && next.start() == e.end() + 1 && text.charAt(e.end()) == ' ' && complement(next.text())
                    && (next.type() == EntityType.ORGANIZATION || next.text().strip().contains(" "))) {
                String name = text.substring(e.start(), next.end());
                out.add(new Entity(name, EntityType.ORGANIZATION, NameKey.of(EntityType.ORGANIZATION, name), e.start(), next.end()));
                joined = true;
                i++;
                continue;
            }
            out.add(e);
        }
        return joined ? List.copyOf(out) : entities;
    }

    /**
     * A ل-complement of a body's name and the words with the article after it (لشؤون اللاجئين، لحقوق الإنسان), after
     * one adjective of relation or the like, with the article, at most (مفوضية الأمم المتحدة السامية لشؤون اللاجئين).
     */
    private static final Pattern COMPLEMENT_AFTER = Pattern.compile(
            "^(?:[\\s\\u00A0]+ال\\p{L}{3,}(?:ية|ي|ة))?[\\s\\u00A0]+ل\\p{L}{3,}(?:[\\s\\u00A0]+ال\\p{L}+){1,2}");

    /**
     * An organisation with the head noun of another body right before it, in construct (مفوضية الأمم المتحدة، مكتب
     * الأمم المتحدة، مجلس الاتحاد الأوروبي): the body speaking is the head's, named with the organisation, and with
     * the ل-complement after it (مفوضية الأمم المتحدة لشؤون اللاجئين). The tagger, taught by the 2007 text, marks the
     * organisation alone (مفوضية الاتحاد الأوروبي has only الاتحاد الأوروبي as a name there), so only speaker
     * resolution reads the longer name.
     */
    private static List<Entity> headsBeforeOrganizations(String text, List<Entity> entities) {
        List<Entity> out = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() != EntityType.ORGANIZATION || e.start() < 2 || text.charAt(e.start() - 1) != ' ') {
                continue;
            }
            int headStart = e.start() - 1;
            while (headStart > 0 && Character.isLetter(text.charAt(headStart - 1))) {
                headStart--;
            }
            String head = Lexicon.fold(text.substring(headStart, e.start() - 1));
            if (head.length() > 4 && (head.charAt(0) == 'و' || head.charAt(0) == 'ف') && !isBodyHead(head)) {
                head = head.substring(1);
                headStart++;
            }
            if (!isBodyHead(head) || i > 0 && entities.get(i - 1).end() > headStart) {
                continue;
            }
            int end = e.end();
            Matcher complement = COMPLEMENT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
            if (complement.find() && (i + 1 >= entities.size() || entities.get(i + 1).start() >= end + complement.end())) {
                end += complement.end();
            }
            String name = text.substring(headStart, end);
            if (out == null) {
                out = new ArrayList<>(entities);
            }
            out.set(i, new Entity(name, EntityType.ORGANIZATION, NameKey.of(EntityType.ORGANIZATION, name), headStart, end));
        }
        return out == null ? entities : List.copyOf(out);
    }

    /** Whether a folded word without the article names a part or organ of a body (مفوضية، مكتب، مجلس). */
    private static boolean isBodyHead(String folded) {
        return Lexicon.BODY_PART_HEADS.contains(folded);
    }

    /** لكرة القدم، لحقوق الإنسان، لتنسيق الشؤون: a complement with ل of four letters or more, not لدى/لكن. */
    private static boolean complement(String name) {
        String f = Lexicon.fold(name).strip();
        String first = f.split("\\s+")[0];
        return first.length() >= 4 && first.charAt(0) == 'ل' && !Lexicon.STOPWORDS.contains(first);
    }

    /** A person named after a speech verb and described with وهو/وهي and a role word, where no entity stands. */
    private static List<Entity> namesBeforeRole(String text, List<Entity> entities) {
        List<Entity> out = new ArrayList<>();
        Matcher m = NAME_THEN_ROLE.matcher(text);
        while (m.find()) {
            String verb = Lexicon.fold(m.group(1));
            String role = Lexicon.fold(m.group(3));
            if (!Lexicon.isSpeechVerb(verb) || !isRole(role)) {
                continue;
            }
            String[] words = m.group(2).split("\\s+");
            boolean nameWords = true;
            for (String w : words) {
                String f = Lexicon.fold(w);
                nameWords &= !f.startsWith("ال") && !Lexicon.STOPWORDS.contains(f) && !Lexicon.isSpeechVerb(f)
                        && !Lexicon.SPEAKER_TITLES.contains(f) && !Lexicon.UNNAMED_SPEAKERS.contains(f);
            }
            int start = m.start(2);
            int end = m.end(2);
            if (!nameWords || overlaps(entities, start, end)) {
                continue;
            }
            String name = m.group(2);
            out.add(new Entity(name, EntityType.PERSON, NameKey.of(EntityType.PERSON, name), start, end));
        }
        return out;
    }

    /**
     * A person named after a speech verb, then a comma and a role word: the words between are the name. Added where no
     * entity stands; where the tagger kept only part of the name as a person (موريل of آن موريل), that person is
     * widened to the whole name. Nothing else overlapping is touched.
     */
    private static List<Entity> namesBeforeCommaRole(String text, List<Entity> entities) {
        return namesAfterSpeechVerb(text, entities, NAME_THEN_COMMA_ROLE, 3, 2);
    }

    /**
     * A speech verb whose subject opens with a role word (وقال متحدث باسم الشرطة، …), then, before any other comma,
     * two or three name words between commas or a comma and a colon: the role's holder named in apposition
     * (قال قائممقام المنطقة، كرمانج عزت، إن / قال متحدث باسم الشرطة، سيتيو واسيستو: "…").
     */
    private static List<Entity> namesAfterRoleComma(String text, List<Entity> entities) {
        return namesAfterSpeechVerb(text, entities, ROLE_COMMA_NAME, 2, 3);
    }

    /**
     * {@code entities} with the name of every match of {@code pattern} whose group 1 is a speech verb and group
     * {@code roleGroup} a role word, the name being group {@code nameGroup} ({@link #withName}).
     */
    private static List<Entity> namesAfterSpeechVerb(String text, List<Entity> entities, Pattern pattern, int roleGroup,
                                                     int nameGroup) {
        List<Entity> out = entities;
        Matcher m = pattern.matcher(text);
        // Each word may open a match: a match from an earlier word that is no speech verb must not hide one inside it.
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            if (Lexicon.isSpeechVerb(Lexicon.fold(m.group(1))) && isRole(Lexicon.fold(m.group(roleGroup)))) {
                out = withName(text, out, m.start(nameGroup), m.end(nameGroup));
            }
        }
        return out;
    }

    /**
     * {@code entities} with a person named {@code text[start, end)} when its words are name words (no time word): added
     * where no entity stands, or widening the one person the tagger gave for part of it; unchanged otherwise.
     */
    private static List<Entity> withName(String text, List<Entity> entities, int start, int end) {
        for (String w : text.substring(start, end).split("[\\s\\u00A0]+")) {
            if (!isNameWord(w) || SpeakerWords.TIME_WORDS.contains(Lexicon.fold(w))) {
                return entities;
            }
        }
        int inside = -1;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.start() < end && start < e.end()) {
                boolean part = e.type() == EntityType.PERSON && e.start() >= start && e.end() <= end;
                if (!part || inside >= 0) {
                    return entities;
                }
                inside = i;
            }
        }
        String name = text.substring(start, end);
        Entity person = new Entity(name, EntityType.PERSON, NameKey.of(EntityType.PERSON, name), start, end);
        List<Entity> out = new ArrayList<>(entities);
        if (inside >= 0) {
            out.set(inside, person);
        } else {
            out.add(person);
            out.sort(java.util.Comparator.comparingInt(Entity::start));
        }
        return List.copyOf(out);
    }

    /**
     * A person's name right after a definite one-word title and one word more (الفريق رائد ناصر الجبوري, tagged
     * ناصر الجبوري): the word is the person's given name when it is a name word (no article, stop word, title, speech
     * verb or nationality) in no entity, with only spaces around it.
     */
    private static List<Entity> givenNamesAfterTitles(String text, List<Entity> entities) {
        List<Entity> out = null;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            int wordEnd = skipSpacesBack(text, e.start());
            int wordStart = wordStartBefore(text, wordEnd);
            int titleEnd = skipSpacesBack(text, wordStart);
            int titleStart = wordStartBefore(text, titleEnd);
            if (wordStart == wordEnd || wordEnd == e.start() || titleStart == titleEnd || titleEnd == wordStart
                    || (i > 0 && entities.get(i - 1).end() > titleStart)) {
                continue;
            }
            String word = text.substring(wordStart, wordEnd);
            String title = Lexicon.fold(text.substring(titleStart, titleEnd));
            // المتحدث باسم: a title that runs on into the word (a listed phrase) leaves it a title word.
            if (!title.startsWith("ال") || !Lexicon.SPEAKER_TITLES.contains(title) || !isNameWord(word)
                    || Lexicon.isNationality(Lexicon.fold(word)) || Lexicon.SPEAKER_TITLES.contains(title + " " + Lexicon.fold(word))) {
                continue;
            }
            String name = text.substring(wordStart, e.end());
            if (out == null) {
                out = new ArrayList<>(entities);
            }
            out.set(i, new Entity(name, EntityType.PERSON, NameKey.of(EntityType.PERSON, name), wordStart, e.end()));
        }
        return out == null ? entities : List.copyOf(out);
    }

    /**
     * A word that may stand in a person's name: no article, stop word, speech verb, title or unnamed speaker's noun.
     * A word opening with آ (آن، آدم) is no stop word: the stop words it folds to (أن، إن) are written with hamza.
     */
    private static boolean isNameWord(String word) {
        String f = Lexicon.fold(word);
        return !f.startsWith("ال") && (word.startsWith("آ") || !Lexicon.STOPWORDS.contains(f)) && !Lexicon.isSpeechVerb(f)
                && !Lexicon.SPEAKER_TITLES.contains(f) && !Lexicon.UNNAMED_SPEAKERS.contains(f) && f.length() >= 2;
    }

    /** Index of the first char of the spaces ending at {@code at}; {@code at} when none. */
    private static int skipSpacesBack(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i;
    }

    /** Start of the run of letters ending at {@code end}; {@code end} when none. */
    private static int wordStartBefore(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A role word after وهو/وهي: a title, a spokesperson or an unnamed speaker's noun (متحدثة، مسؤول، الناطق). */
    private static boolean isRole(String folded) {
        String bare = folded.startsWith("ال") ? folded.substring(2) : folded;
        return Lexicon.SPEAKER_TITLES.contains(folded) || Lexicon.SPEAKER_TITLES.contains(bare)
                || Lexicon.UNNAMED_SPEAKERS.contains(bare) || bare.startsWith("متحدث") || bare.startsWith("ناطق");
    }

    private static boolean overlaps(List<Entity> entities, int start, int end) {
        for (Entity e : entities) {
            if (e.start() < end && start < e.end()) {
                return true;
            }
        }
        return false;
    }
}
