package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Finds calls in source text by one pass over its "(" characters, far faster than a regular expression with a leading
 * dotted-name group (or a search per name) over megabytes of library code: "name(" with the dotted name before it.
 */
public final class CallText {
    private CallText() {}

    /**
     * The starts of the dotted callees whose last name ends in one of {@code suffixes} (Loss in CrossEntropyLoss) or is
     * one of {@code names}, followed past blanks by "(", in one pass over the text's "(" (instead of a search per
     * name); at most {@code limit}, in order. A method of some expression ((a + b).name(), a def or class header, and a
     * call after a '#' or on a doctest line are left out, and so are those whose dotted callee, [start, end) of the text,
     * {@code callee} rejects.
     */
    public static List<Integer> find(String text, List<String> suffixes, Set<String> names, int limit, BiPredicate<Integer, Integer> callee) {
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        boolean[] lastChars = new boolean[128];
        for (String n : names) {
            shortest = Math.min(shortest, n.length());
            longest = Math.max(longest, n.length());
            lastChars[n.charAt(n.length() - 1) & 127] = true;
        }
        List<Integer> starts = new ArrayList<>();
        // from each "(" back to the word before it: the words before a "(" are a fraction of all, and indexOf finds them fast
        for (int open = text.indexOf('('); open >= 0 && starts.size() < limit; open = text.indexOf('(', open + 1)) {
            int end = open;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) end--;
            if (end == 0 || !identifier(text.charAt(end - 1))) continue;
            int from = end - 1; // the word is [from, end), a maximal run of identifier characters
            while (from > 0 && identifier(text.charAt(from - 1))) from--;
            if (!wanted(text, from, end, suffixes, names, shortest, longest, lastChars)) continue;
            int start = from;
            while (start > 0 && (identifier(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) start--;
            if (text.charAt(start) == '.' || isDefinition(text, start) || commentOrExample(text, start) || !callee.test(start, end)) continue;
            starts.add(start);
        }
        return starts;
    }

    private static boolean wanted(String text, int from, int end, List<String> suffixes, Set<String> names, int shortest, int longest, boolean[] lastChars) {
        for (int k = 0; k < suffixes.size(); k++) { // by index: a for-each makes an iterator per word of the text (C1 keeps it on the heap)
            String s = suffixes.get(k);
            if (end - from >= s.length() && text.startsWith(s, end - s.length())) return true;
        }
        int length = end - from;
        char last = text.charAt(end - 1);
        return length >= shortest && length <= longest && last < 128 && lastChars[last] && names.contains(text.substring(from, end));
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
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' : Character.isLetterOrDigit(c);
    }
}
