package dev.marsad.eval.floors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One figure an evaluation prints and the level it must not fall below (or rise above, for counts of errors).
 * The figure is found in the command's output as group 1 of {@code line}, on the first matching line after the
 * lines matching each of {@code sections} in turn, so that "the overall F1 of what analyze reports on the ANERcorp
 * test split" can be told from the same line printed for AQMAR.
 *
 * @param figure    a stable name, e.g. {@code stories.saudi.f1}
 * @param command   the {@code eval} subcommand that prints it, e.g. {@code stories}
 * @param sections  lines to pass first, in order (may be empty)
 * @param line      the line holding the figure, group 1 being the number
 * @param direction whether higher or lower is better
 * @param floor     the level recorded when the floor was set
 * @param tolerance how far past the floor a run may land before the check fails
 */
public record Floor(String figure, String command, List<Pattern> sections, Pattern line, Direction direction,
                    double floor, double tolerance) {

    /** Which way is better for a figure. */
    public enum Direction {
        /** an accuracy: it must stay at least {@code floor - tolerance} */
        AT_LEAST(">="),
        /** a count of errors: it must stay at most {@code floor + tolerance} */
        AT_MOST("<=");

        private final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Direction of(String symbol) {
            for (Direction d : values()) {
                if (d.symbol.equals(symbol)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("direction must be >= or <=, not '" + symbol + "'");
        }
    }

    public Floor {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(command, "command");
        sections = List.copyOf(sections);
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(direction, "direction");
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
    }

    /** Whether {@code value} keeps to this floor. */
    public boolean holds(double value) {
        return direction == Direction.AT_LEAST ? value >= floor - tolerance : value <= floor + tolerance;
    }

    /** The limit a value is checked against, for messages. */
    public String limit() {
        double at = direction == Direction.AT_LEAST ? floor - tolerance : floor + tolerance;
        return direction.symbol() + " " + String.format(Locale.ROOT, "%.4f", at).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The separator between section patterns in the file's third column. */
    static final String SECTION_SEPARATOR = " >> ";

    /**
     * Parses the floors file: tab-separated columns figure, command, sections (patterns joined by
     * {@code " >> "}, or {@code -}), line pattern, direction ({@code >=} or {@code <=}), floor, tolerance;
     * {@code #} starts a comment line. Throws with the file name and line number on a malformed line.
     */
    public static List<Floor> parse(List<String> lines, String source) {
        List<Floor> floors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            try {
                floors.add(parseLine(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(floors);
    }

    private static Floor parseLine(String text) {
        String[] cells = text.split("\t", -1);
        if (cells.length != 7) {
            throw new IllegalArgumentException("expected 7 tab-separated columns, found " + cells.length);
        }
        List<Pattern> sections = new ArrayList<>();
        if (!cells[2].equals("-")) {
            for (String section : cells[2].split(Pattern.quote(SECTION_SEPARATOR))) {
                sections.add(compile(section));
            }
        }
        Pattern line = compile(cells[3]);
        if (line.matcher("").groupCount() < 1) {
            throw new IllegalArgumentException("line pattern has no group for the figure: " + cells[3]);
        }
        return new Floor(cells[0], cells[1], sections, line, Direction.of(cells[4]), number(cells[5]), number(cells[6]));
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern " + regex + ": " + e.getDescription(), e);
        }
    }

    private static double number(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + cell + "'", e);
        }
    }
}
