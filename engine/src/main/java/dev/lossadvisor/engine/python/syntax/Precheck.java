package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What CPython rejects before parsing and tree-sitter would accept or choke on, found in one pass over the text:
 * backticks and {@code <>} (Python 2), a BOM inside the file, tabs and spaces mixed inconsistently (TabError), and
 * nesting deeper than CPython's own limits, which also keeps a crafted file far from the parser's timeout.
 */
final class Precheck {
    /** CPython's limits: MAXLEVEL nested brackets, MAXINDENT indentation levels. */
    static final int MAX_BRACKETS = 200;
    static final int MAX_INDENTS = 100;

    private Precheck() {}

    /** @throws IllegalArgumentException with "line:column" and the reason for the first problem */
    static void check(String text) {
        int line = 1;
        int lineStart = 0;
        int depth = 0;
        char quote = 0;
        boolean triple = false;
        boolean logicalStart = true;
        Deque<int[]> indents = new ArrayDeque<>();
        indents.push(new int[] {0, 0});
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                boolean continued = i > 0 && text.charAt(i - 1) == '\\';
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (quote != 0 && !triple) quote = 0; // an unterminated string: the parser says where
                line++;
                lineStart = i + 1;
                if (quote == 0 && depth == 0 && !continued) logicalStart = true;
                continue;
            }
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                    if (triple) i += 2;
                    quote = 0;
                }
                continue;
            }
            if (logicalStart) {
                logicalStart = false;
                int k = i;
                int col = 0;
                int alt = 0;
                while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\f')) {
                    char w = text.charAt(k++);
                    if (w == ' ') {
                        col++;
                        alt++;
                    } else if (w == '\t') {
                        col = (col / 8 + 1) * 8;
                        alt++;
                    } else {
                        col = alt = 0;
                    }
                }
                boolean blank = k >= text.length() || text.charAt(k) == '#' || text.charAt(k) == '\n' || text.charAt(k) == '\r';
                if (!blank) indent(indents, col, alt, line, k - lineStart + 1);
                i = k - 1;
                continue;
            }
            switch (c) {
                case '#' -> {
                    while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') i++;
                }
                case '"', '\'' -> {
                    quote = c;
                    triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    if (triple) i += 2;
                }
                case '(', '[', '{' -> {
                    if (++depth > MAX_BRACKETS) throw error(line, i - lineStart + 1, "too many nested parentheses (CPython allows " + MAX_BRACKETS + ")");
                }
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '`' -> throw error(line, i - lineStart + 1, "a backtick (Python 2 repr): Loss Advisor reads Python 3");
                case '<' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '>') throw error(line, i - lineStart + 1, "'<>' (Python 2): use '!='");
                }
                case '\uFEFF' -> throw error(line, i - lineStart + 1, "a byte order mark inside the file (invalid non-printable character U+FEFF)");
                default -> { }
            }
        }
    }

    /** CPython's tokenizer: indentation must compare the same with tabs of 8 columns and of 1. */
    private static void indent(Deque<int[]> stack, int col, int alt, int line, int column) {
        int[] top = stack.peek();
        if (col == top[0]) {
            if (alt != top[1]) throw tabs(line, column);
        } else if (col > top[0]) {
            if (alt <= top[1]) throw tabs(line, column);
            if (stack.size() > MAX_INDENTS) throw error(line, column, "too many levels of indentation (CPython allows " + MAX_INDENTS + ")");
            stack.push(new int[] {col, alt});
        } else {
            while (stack.size() > 1 && col < stack.peek()[0]) stack.pop();
            if (col == stack.peek()[0] && alt != stack.peek()[1]) throw tabs(line, column);
        }
    }

    private static IllegalArgumentException tabs(int line, int column) {
        return error(line, column, "TabError: inconsistent use of tabs and spaces in indentation");
    }

    private static IllegalArgumentException error(int line, int column, String why) {
        return new IllegalArgumentException("not valid Python 3 at " + line + ":" + column + " (" + why + ")");
    }
}
