package dev.marsad.cluster;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * One story as the clusterer keeps it: its most recent member articles (their profiles), its latest day and
 * the index keys it is filed under. There is deliberately no summed centroid: a centroid's vocabulary grows with
 * every member until the story matches a whole topic, which is how blobs formed. Mutable; owned by one
 * {@link ClusterState}.
 */
public final class StoryState {
    final int number;
    final Set<String> indexed = new HashSet<>();
    private final ArrayDeque<ArticleProfile> members = new ArrayDeque<>();
    long lastDay = Long.MIN_VALUE;
    /** The terms its members' headlines repeat: made with the first member that brings headline terms (event rule on). */
    private EventSignature signature;
    int size;
    private boolean closed;
    /** The story this one was merged into (piece merges), -1 when none. */
    int mergedInto = -1;

    StoryState(int number) {
        this.number = number;
    }

    /** An independent copy (a day's mark keeps the open stories as they were). */
    StoryState copy() {
        StoryState out = new StoryState(number);
        out.indexed.addAll(indexed);
        out.members.addAll(members);
        out.lastDay = lastDay;
        out.size = size;
        out.closed = closed;
        out.mergedInto = mergedInto;
        out.signature = signature == null ? null : signature.copy();
        return out;
    }

    /** The story's number in its state (arrival order of its first article). */
    public int number() {
        return number;
    }

    /** Articles in the story. */
    public int size() {
        return size;
    }

    /** The members kept for comparison, oldest first. */
    Collection<ArticleProfile> members() {
        return Collections.unmodifiableCollection(members);
    }

    /**
     * How many of the story's headline signature terms {@code text} holds that pass {@code counts} (a concentration
     * test; 0 when the story has no signature).
     */
    int signatureMatched(RareTerms text, int size, int minCount, IntPredicate counts) {
        return signature == null ? 0 : signature.matched(text, size, minCount, counts);
    }

    /** The story's signature terms (empty when it has none). */
    int[] signatureTerms(int size, int minCount) {
        return signature == null ? new int[0] : signature.terms(size, minCount);
    }

    /**
     * Takes in every member of {@code other}, which is closed (absorbed): its kept members join this story's (the most
     * recent {@code keepMembers} of both kept), its headline counts join the signature.
     */
    void absorb(StoryState other, int keepMembers) {
        List<ArticleProfile> all = new ArrayList<>(members);
        all.addAll(other.members);
        // Stable: equal days keep this story's members first.
        all.sort(Comparator.comparingLong(m -> m.day().orElse(Long.MIN_VALUE)));
        members.clear();
        members.addAll(all.subList(Math.max(0, all.size() - keepMembers), all.size()));
        if (other.signature != null) {
            if (signature == null) {
                signature = new EventSignature();
            }
            signature.addAll(other.signature);
        }
        lastDay = Math.max(lastDay, other.lastDay);
        size += other.size;
        other.close();
        other.mergedInto = number;
    }

    /** Whether the story was closed: it takes no new members by score and keeps none for comparison. */
    boolean closed() {
        return closed;
    }

    /** Closes the story and releases the members it kept for comparison. */
    void close() {
        closed = true;
        members.clear();
        indexed.clear();
        signature = null;
    }

    void add(ArticleProfile member, int keepMembers) {
        if (!closed) {
            members.addLast(member);
            if (member.head().size() > 0) {
                if (signature == null) {
                    signature = new EventSignature();
                }
                signature.add(member.head());
            }
        }
        while (members.size() > keepMembers) {
            members.removeFirst();
        }
        member.day().ifPresent(d -> lastDay = Math.max(lastDay, d));
        size++;
    }
}
