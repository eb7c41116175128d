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
 *   <li>a person named right after a speech verb and described with وهو/وهي and a role (صرحت بتينا لوشر وهي متحدثة
 *       باسم البرنامج), the apposition being what makes the words a name.</li>
 * </ul>
 */
final class SpeakerStageNames {
    /** Speech verb, two or three name words, وهو/وهي, a role word. */
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}+)[\\s\\u00A0]+(\\p{L}{2,}(?:[\\s\\u00A0]+\\p{L}{2,}){1,2})[\\s\\u00A0]*،?[\\s\\u00A0]+و(?:هو|هي)[\\s\\u00A0]+(\\p{L}+)");

    private SpeakerStageNames() {
    }

    /** {@code entities} (in text order) with the joined and added names; the same list when there are none. */
    static List<Entity> completed(String text, List<Entity> entities) {
        List<Entity> out = joinComplements(text, entities);
        List<Entity> added = namesBeforeRole(text, out);
        if (added.isEmpty()) {
            return out;
        }
        List<Entity> all = new ArrayList<>(out);
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(Entity::start));
        return List.copyOf(all);
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
