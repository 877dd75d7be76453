package dev.lossadvisor.engine.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call expression re-read from the one line a finding points at: {@code callee(args)}, the parentheses balanced on
 * that line (strings and nested brackets respected). A call spread over several lines is not read, and gets no fix.
 *
 * @param start index of the callee's first character in the line
 * @param open  index of the opening parenthesis
 * @param end   index just after the closing parenthesis
 */
record CallText(String line, String callee, int start, int open, int end) {

    /** The call whose callee starts at {@code column} (0-based), if the line holds a whole one there. */
    static Optional<CallText> at(String line, int column) {
        int i = column;
        while (i < line.length() && (Character.isJavaIdentifierPart(line.charAt(i)) || line.charAt(i) == '.')) i++;
        if (i == column) return Optional.empty();
        String callee = line.substring(column, i);
        int open = i;
        while (open < line.length() && line.charAt(open) == ' ') open++;
        if (open >= line.length() || line.charAt(open) != '(') return Optional.empty();
        int close = closing(line, open);
        return close < 0 ? Optional.empty() : Optional.of(new CallText(line, callee, column, open, close + 1));
    }

    /** Index of the bracket closing the one at {@code open}, or -1 when the line ends first (or a comment starts). */
    static int closing(String line, int open) {
        int at = scan(line, open, (i, c, depth) -> c == '#' || depth == 0 && CLOSERS.indexOf(c) >= 0);
        return at >= 0 && line.charAt(at) != '#' ? at : -1;
    }

    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    /** What {@link #scan} tells of each character outside string literals: its index, itself, the bracket depth after it. */
    private interface Visit {
        /** @return true to stop the scan there */
        boolean at(int i, char c, int depth);
    }

    /** Walks {@code s} from {@code from}, string literals skipped, counting bracket depth; the index it stopped at, or -1 at the end. */
    private static int scan(String s, int from, Visit visit) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) depth++;
            else if (CLOSERS.indexOf(c) >= 0) depth--;
            if (visit.at(i, c, depth)) return i;
        }
        return -1;
    }

    /** The last part of the callee: {@code softmax} of {@code F.softmax}. */
    String name() {
        return callee.substring(callee.lastIndexOf('.') + 1);
    }

    /** The argument list, split at its top-level commas, each stripped. */
    List<String> args() {
        String inner = line.substring(open + 1, end - 1);
        List<Integer> commas = new ArrayList<>();
        scan(inner, 0, (i, c, depth) -> {
            if (c == ',' && depth == 0) commas.add(i);
            return false;
        });
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int comma : commas) {
            out.add(inner.substring(from, comma).strip());
            from = comma + 1;
        }
        if (!inner.substring(from).isBlank()) out.add(inner.substring(from).strip());
        return out;
    }

    /** The first positional argument, or null when there is none. */
    String firstPositional() {
        for (String a : args()) {
            if (!keyword(a)) return a;
        }
        return null;
    }

    static boolean keyword(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 && arg.substring(0, eq).strip().matches("[A-Za-z_]\\w*") && (eq + 1 >= arg.length() || arg.charAt(eq + 1) != '=');
    }

    /** The line with this call replaced by {@code text}. */
    String replacedBy(String text) {
        return line.substring(0, start) + text + line.substring(end);
    }

    /** The line with the call's arguments replaced by {@code args}, joined with ", ". */
    String withArgs(List<String> args) {
        return line.substring(0, open + 1) + String.join(", ", args) + line.substring(end - 1);
    }
}
