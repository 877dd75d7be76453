package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds calls in source text by literal search (String.indexOf), far faster than a regular expression with a
 * leading dotted-name group over megabytes of library code: "name(" with the dotted name before it.
 */
public final class CallText {
    /** A call's callee in the text: [start, end) of the dotted name before the "(". */
    public record Hit(int start, int end) {
        String callee(String text) {
            return text.substring(start, end);
        }
    }

    private CallText() {}

    /**
     * Every callee ending in {@code token} at an identifier boundary and followed by "(".
     *
     * @param suffix true when the token may end a longer identifier (Loss in CrossEntropyLoss)
     */
    public static List<Hit> find(String text, String token, boolean suffix) {
        List<Hit> hits = new ArrayList<>();
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            int end = i + token.length();
            if (end < text.length() && identifier(text.charAt(end))) continue;
            int open = end;
            while (open < text.length() && (text.charAt(open) == ' ' || text.charAt(open) == '\t')) open++;
            if (open >= text.length() || text.charAt(open) != '(') continue;
            if (!suffix && i > 0 && identifier(text.charAt(i - 1))) continue;
            int start = i;
            while (start > 0 && (identifier(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) start--;
            if (start < i && text.charAt(start) == '.') continue; // a method of some expression: (a + b).name(
            if (isDefinition(text, start) || commentOrExample(text, start)) continue;
            hits.add(new Hit(start, end));
        }
        return hits;
    }

    /** The name a call at {@code start} is assigned to ("criterion = nn.X(" or "self.criterion = nn.X(" gives criterion), or null. */
    static String assignedTo(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        if (k < 0 || text.charAt(k) != '=' || k > 0 && "=!<>".indexOf(text.charAt(k - 1)) >= 0) return null;
        k--;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        int end = k + 1;
        while (k >= 0 && identifier(text.charAt(k))) k--;
        return end > k + 1 ? text.substring(k + 1, end) : null;
    }

    /** True when any of the tokens is called somewhere in the text. */
    public static boolean any(String text, List<String> tokens, boolean suffix) {
        for (String t : tokens) if (text.contains(t) && !find(text, t, suffix).isEmpty()) return true;
        return false;
    }

    /**
     * False only when the text surely holds no call whose callee's last name is {@code name}: no whole-word occurrence
     * followed, past blanks, line breaks, continuations and comments (a call may span lines inside brackets), by "(",
     * other than a def or class header. Decides which files are worth parsing for their calls, never what a call is.
     */
    public static boolean mayCall(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (i > 0 && identifier(text.charAt(i - 1)) || end < text.length() && identifier(text.charAt(end))) continue;
            int open = skipBlanks(text, end);
            if (open < text.length() && text.charAt(open) == '(' && !isDefinition(text, i)) return true;
        }
        return false;
    }

    /** The end of the blanks, line breaks, continuations and comments from {@code i}: what may stand between a callee and its "(". */
    public static int skipBlanks(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\\') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** A call after a '#' on its line, or on a doctest line (">>> " or "... "), is prose, not code. */
    private static boolean commentOrExample(String text, int start) {
        int line = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(line, start);
        if (before.indexOf('#') >= 0) return true;
        String lead = before.stripLeading();
        return lead.startsWith(">>>") || lead.startsWith("...");
    }

    /** "def name(" and "class Name(" define, they do not call. */
    private static boolean isDefinition(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        for (String keyword : new String[] {"def", "class"}) {
            int at = k - keyword.length() + 1;
            if (at >= 0 && text.startsWith(keyword, at) && (at == 0 || !identifier(text.charAt(at - 1)))) return true;
        }
        return false;
    }

    static boolean identifier(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
