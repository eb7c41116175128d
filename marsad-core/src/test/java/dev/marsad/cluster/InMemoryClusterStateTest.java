package dev.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rolling the state back to a mark undoes what grew since (frequencies, term ids, postings, stories), and only that. */
class InMemoryClusterStateTest {

    /** A day of articles: counted, numbered, filed under their terms in stories. */
    private static void day(InMemoryClusterState state, String... terms) {
        state.countDocument(Set.of(terms));
        StoryState story = state.newStory();
        for (String t : terms) {
            state.termId(t);
            state.index(t, story.number());
        }
        story.add(new ArticleProfile(TermVector.of(new int[0], new double[0], 1), TermVector.of(new int[0], new double[0], 1),
                TermVector.of(new int[0], new double[0], 1), java.util.Optional.of(1L)), 4);
    }

    private static List<Object> snapshot(InMemoryClusterState s, String... terms) {
        List<Object> out = new java.util.ArrayList<>(List.of(s.documents(), s.stories()));
        for (String t : terms) {
            out.add(s.documentFrequency(t));
            out.add(List.copyOf(s.postings(t)));
        }
        for (int i = 0; i < s.stories(); i++) {
            out.add(s.story(i).size());
        }
        return out;
    }

    @Test
    void aRollBackUndoesEverythingSinceTheMarkAndTheMarkStaysUsable() {
        InMemoryClusterState state = new InMemoryClusterState(2);
        day(state, "أ", "ب");
        day(state, "ب", "ج");
        String[] all = {"أ", "ب", "ج", "د"};
        int nextId = state.termId("new-before-mark") + 1;
        ClusterState.Mark mark = state.mark(List.of(0, 1));
        List<Object> before = snapshot(state, all);
        day(state, "ب", "د");
        day(state, "ب", "أ"); // pushes story 0 out of "ب"'s postings (cap 2)
        state.story(1).add(state.story(0).members().iterator().next(), 4);
        assertThat(snapshot(state, all)).isNotEqualTo(before);
        state.rollBack(mark);
        assertThat(snapshot(state, all)).isEqualTo(before);
        assertThat(state.termId("د")).as("ids given after the mark are given again").isEqualTo(nextId);
        day(state, "ج");
        state.rollBack(mark);
        assertThat(snapshot(state, all)).isEqualTo(before);
    }

    @Test
    void aMarkBeforeTheOldestKeptCannotBeRolledBackTo() {
        InMemoryClusterState state = new InMemoryClusterState(4);
        ClusterState.Mark first = state.mark(List.of());
        day(state, "أ");
        ClusterState.Mark second = state.mark(List.of(0));
        day(state, "ب");
        state.forgetBefore(second);
        state.rollBack(second);
        assertThat(state.stories()).isEqualTo(1);
        assertThatThrownBy(() -> state.rollBack(first)).isInstanceOf(IllegalStateException.class);
    }
}
