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

    /** Index of the bracket closing the one at {@code open}, or -1 when the line ends first. */
    static int closing(String line, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) return i;
            } else if (c == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** The last part of the callee: {@code softmax} of {@code F.softmax}. */
    String name() {
        return callee.substring(callee.lastIndexOf('.') + 1);
    }

    /** The argument list, split at its top-level commas, each stripped. */
    List<String> args() {
        List<String> out = new ArrayList<>();
        String inner = line.substring(open + 1, end - 1);
        int depth = 0;
        char quote = 0;
        int from = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inner.substring(from, i).strip());
                from = i + 1;
            }
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
