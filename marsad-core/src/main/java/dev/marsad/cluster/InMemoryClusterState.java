package dev.marsad.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ClusterState} in memory. Each posting list keeps only the {@code postingCap} most recently indexed
 * stories: older stories are outside the time decay anyway, and the cap keeps each lookup's cost constant as
 * the stream grows. Not thread-safe.
 *
 * <p>Document frequencies, term ids and postings grow with every article ever seen, so a {@link #mark} does not
 * copy them: from the first mark on, each change to them is written to a journal, and {@link #rollBack} undoes the
 * journal back to the mark. A mark costs a copy of the open stories only, and the journal holds the changes since
 * the oldest mark kept (a few days of articles), so marking each day stays cheap however large the stream grows.
 */
public final class InMemoryClusterState implements ClusterState {
    private final int postingCap;
    private final Map<String, Integer> df = new HashMap<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, ArrayDeque<Integer>> postings = new HashMap<>();
    private int documents;
    /** Changes since the oldest mark kept, oldest first (empty until the first mark: one-shot runs pay nothing). */
    private final ArrayDeque<Change> journal = new ArrayDeque<>();
    /** The position (changes ever journaled) of the journal's first entry. */
    private long journalStart;
    private boolean journaling;

    /** One undoable change of the state's ever-growing parts. */
    private sealed interface Change permits Counted, Named, Indexed {
    }

    /** A document counted with these terms. */
    private record Counted(Set<String> terms) implements Change {
    }

    /** A term numbered for the first time. */
    private record Named(String term) implements Change {
    }

    /** A story appended to a term's postings, pushing out {@code evicted} (-1: none). */
    private record Indexed(String term, int evicted) implements Change {
    }

    /** The state at a mark: the journal's position, the counts, and copies of the stories open then. */
    private record StateMark(long position, int documents, int stories, List<StoryState> open) implements Mark {
    }

    public InMemoryClusterState(int postingCap) {
        this.postingCap = postingCap;
    }

    @Override
    public int documents() {
        return documents;
    }

    @Override
    public int documentFrequency(String term) {
        return df.getOrDefault(term, 0);
    }

    @Override
    public void countDocument(Set<String> terms) {
        documents++;
        for (String t : terms) {
            df.merge(t, 1, Integer::sum);
        }
        if (journaling) {
            journal.addLast(new Counted(terms));
        }
    }

    @Override
    public int termId(String term) {
        Integer id = termIds.get(term);
        if (id == null) {
            id = termIds.size();
            termIds.put(term, id);
            if (journaling) {
                journal.addLast(new Named(term));
            }
        }
        return id;
    }

    @Override
    public StoryState newStory() {
        StoryState story = new StoryState(stories.size());
        stories.add(story);
        return story;
    }

    @Override
    public StoryState story(int number) {
        return stories.get(number);
    }

    @Override
    public int stories() {
        return stories.size();
    }

    @Override
    public Collection<Integer> postings(String term) {
        ArrayDeque<Integer> list = postings.get(term);
        return list == null ? List.of() : list;
    }

    @Override
    public void index(String term, int story) {
        ArrayDeque<Integer> list = postings.computeIfAbsent(term, t -> new ArrayDeque<>(4));
        list.addLast(story);
        int evicted = list.size() > postingCap ? list.removeFirst() : -1;
        if (journaling) {
            journal.addLast(new Indexed(term, evicted));
        }
    }

    @Override
    public Mark mark(Collection<Integer> open) {
        journaling = true;
        List<StoryState> copies = new ArrayList<>(open.size());
        for (int number : open) {
            copies.add(stories.get(number).copy());
        }
        return new StateMark(journalStart + journal.size(), documents, stories.size(), copies);
    }

    @Override
    public void rollBack(Mark mark) {
        StateMark at = (StateMark) mark;
        if (at.position() < journalStart) {
            throw new IllegalStateException("mark at " + at.position() + " was forgotten (journal starts at " + journalStart + ")");
        }
        while (journalStart + journal.size() > at.position()) {
            undo(journal.removeLast());
        }
        documents = at.documents();
        stories.subList(at.stories(), stories.size()).clear();
        // Copies again: the mark stays usable for a later roll-back.
        at.open().forEach(s -> stories.set(s.number, s.copy()));
    }

    @Override
    public void forgetBefore(Mark mark) {
        long position = ((StateMark) mark).position();
        while (journalStart < position && !journal.isEmpty()) {
            journal.removeFirst();
            journalStart++;
        }
    }

    private void undo(Change change) {
        if (change instanceof Counted c) {
            c.terms().forEach(t -> df.computeIfPresent(t, (k, n) -> n == 1 ? null : n - 1));
        } else if (change instanceof Named n) {
            termIds.remove(n.term());
        } else if (change instanceof Indexed i) {
            ArrayDeque<Integer> list = postings.get(i.term());
            list.removeLast();
            if (i.evicted() >= 0) {
                list.addFirst(i.evicted());
            }
            if (list.isEmpty()) {
                postings.remove(i.term());
            }
        }
    }
}
