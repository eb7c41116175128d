package dev.marsad.summarize;

import dev.marsad.model.TimeMention;
import dev.marsad.model.TimelineEvent;
import dev.marsad.text.SentenceSplitter;
import dev.marsad.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dated events of a story from the members' resolved time mentions. Thread-safe (stateless).
 *
 * <ul>
 *   <li>only mentions with a value ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}) count;</li>
 *   <li>an event's text is the sentence containing the mention in the earliest member that dates it;</li>
 *   <li>sources are every input that mentions the date, in story order;</li>
 *   <li>events are sorted by date (ISO strings sort chronologically; {@code 2023-09} sorts before
 *       {@code 2023-09-13}).</li>
 * </ul>
 */
final class TimelineBuilder {

    private static final class Event {
        final String text;
        final Set<String> sources = new LinkedHashSet<>();

        Event(String text) {
            this.text = text;
        }
    }

    List<TimelineEvent> timeline(List<StoryMember> members) {
        Map<String, Event> byDate = new TreeMap<>();
        for (StoryMember member : members) {
            String text = member.article().article().text();
            List<Span> sentences = SentenceSplitter.split(text);
            for (TimeMention time : member.article().extraction().times()) {
                if (time.value().isEmpty()) {
                    continue;
                }
                String sentence = sentenceAt(text, sentences, time.start()).orElse(time.text());
                byDate.computeIfAbsent(time.value().get(), d -> new Event(sentence)).sources.add(member.ref().source());
            }
        }
        List<TimelineEvent> out = new ArrayList<>();
        byDate.forEach((date, event) -> out.add(new TimelineEvent(date, event.text, List.copyOf(event.sources))));
        return out;
    }

    private static java.util.Optional<String> sentenceAt(String text, List<Span> sentences, int offset) {
        for (Span s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return java.util.Optional.of(s.of(text));
            }
        }
        return java.util.Optional.empty();
    }
}
