package dev.lossadvisor.engine.python;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level statements of a big source file, told apart by a small lexer (strings, brackets, comments), so that
 * only the statements around its loss calls need parsing: the rest is blanked to spaces of the same UTF-8 length,
 * which keeps every byte offset, line and column of the kept code as it is in the file.
 */
final class TopLevel {
    private TopLevel() {}

    /** Char offsets where a top-level statement starts, in order (0 first). */
    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        boolean triple = false;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                    if (triple) i += 2;
                    quote = 0;
                } else if (c == '\n' && !triple) {
                    quote = 0;
                }
                continue;
            }
            if (lineStart && depth == 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '#') starts.add(i);
            lineStart = c == '\n' && (i == 0 || text.charAt(i - 1) != '\\');
            switch (c) {
                case '#' -> {
                    int nl = text.indexOf('\n', i);
                    if (nl < 0) return starts;
                    i = nl - 1;
                }
                case '"', '\'' -> {
                    quote = c;
                    triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    if (triple) i += 2;
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return starts;
    }

    /**
     * The text with every top-level statement blanked except imports and those holding one of {@code keep} (char
     * offsets); blanked characters become as many spaces as their UTF-8 bytes, newlines stay.
     */
    static String masked(String text, List<Integer> keep) {
        List<Integer> starts = starts(text);
        StringBuilder out = new StringBuilder(text.length());
        int k = 0;
        List<Integer> sorted = new ArrayList<>(keep);
        sorted.sort(null);
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
            if (s == 0 && from > 0) blank(text, 0, from, out);
            while (k < sorted.size() && sorted.get(k) < from) k++;
            boolean holds = k < sorted.size() && sorted.get(k) < to;
            boolean imports = text.startsWith("import ", from) || text.startsWith("from ", from);
            if (holds || imports) out.append(text, from, to);
            else blank(text, from, to, out);
        }
        if (starts.isEmpty()) blank(text, 0, text.length(), out);
        return out.toString();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') out.append('\n');
            else if (c < 0x80) out.append(' ');
            else if (c < 0x800) out.append("  ");
            else if (Character.isHighSurrogate(c)) out.append("    ");
            else if (!Character.isLowSurrogate(c)) out.append("   ");
        }
    }
}
