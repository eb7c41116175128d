package dev.marsad.eval.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a page line ended up in an article body. The cleaner may trim a line (a dateline or a glued
 * photo caption taken off its start), so a line counts as kept when a body paragraph equals it, or one of the
 * two contains the other and covers at least half of the line.
 */
final class BodyLines {
    private final List<String> paragraphs = new ArrayList<>();

    BodyLines(List<String> bodies) {
        for (String body : bodies) {
            for (String p : body.split("\\R")) {
                String n = norm(p);
                if (!n.isEmpty()) {
                    paragraphs.add(n);
                }
            }
        }
    }

    static String norm(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    static boolean blank(String line) {
        return norm(line).isEmpty();
    }

    boolean kept(String line) {
        String n = norm(line);
        for (String p : paragraphs) {
            if (p.equals(n)) {
                return true;
            }
            if (n.contains(p) && p.length() * 2 >= n.length()) {
                return true;
            }
            if (p.contains(n) && n.length() >= 20) {
                return true;
            }
        }
        return false;
    }
}
