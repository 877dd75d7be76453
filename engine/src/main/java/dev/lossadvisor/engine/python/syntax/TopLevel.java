package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The top-level statements of a big source file, told apart by a small lexer (strings, brackets, comments), so that
 * only the statements around its loss calls need parsing: the rest is blanked to spaces of the same UTF-8 length,
 * which keeps every byte offset, line and column of the kept code as it is in the file.
 */
public final class TopLevel {
    private TopLevel() {}

    /** Char offsets where a top-level statement starts, in order (0 first). */
    static List<Integer> starts(String text) {
        return starts(text, 0, text.length(), 0);
    }

    /** Char offsets in [from, to) where a statement indented by exactly {@code indent} columns starts. */
    static List<Integer> starts(String text, int from, int to, int indent) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        boolean triple = false;
        boolean lineStart = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote && (!triple || tripled(text, i, quote))) {
                    if (triple) i += 2;
                    quote = 0;
                } else if (c == '\n' && !triple) {
                    quote = 0;
                }
                continue;
            }
            if (lineStart && depth == 0 && c != '\n' && c != '\r') {
                int k = i;
                while (k < to && text.charAt(k) == ' ') k++;
                if (k - i == indent && k < to && text.charAt(k) != '\n' && text.charAt(k) != '\r' && text.charAt(k) != '#' && text.charAt(k) != '\t') {
                    starts.add(k);
                }
            }
            lineStart = c == '\n' && (i == 0 || text.charAt(i - 1) != '\\');
            switch (c) {
                case '#' -> {
                    int nl = text.indexOf('\n', i);
                    if (nl < 0 || nl >= to) return starts;
                    i = nl - 1;
                }
                case '"', '\'' -> {
                    quote = c;
                    triple = tripled(text, i, c);
                    if (triple) i += 2;
                }
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return starts;
    }

    /** Three of the quote at i: a triple-quoted string's start or end. */
    private static boolean tripled(String text, int i, char quote) {
        return i + 2 < text.length() && text.charAt(i) == quote && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote;
    }

    /** Top-level statements longer than this and holding no loss call are data (tables, generated lists), not a training script. */
    private static final int MAX_KEPT_STATEMENT = 16_000;

    /**
     * The text with the top-level statements a loss flow cannot pass through blanked: kept are imports, statements
     * holding one of {@code keep} (char offsets), class definitions (models), the script's own short statements, and the
     * functions those call (build_model(), train()); blanked characters become as many spaces as their UTF-8 bytes.
     */
    public static String masked(String text, List<Integer> keep) {
        List<int[]> chunks = ranges(text, starts(text), text.length());
        boolean[] kept = new boolean[chunks.size()];
        List<Integer> sorted = new ArrayList<>(keep);
        sorted.sort(null);
        Map<String, Integer> functions = new HashMap<>();
        for (int c = 0; c < chunks.size(); c++) {
            int from = chunks.get(c)[0];
            int to = chunks.get(c)[1];
            String head = text.substring(from, Math.min(to, from + 200)).stripLeading();
            boolean definition = head.startsWith("def ") || head.startsWith("async def ") || head.startsWith("@");
            String fn = definition ? functionName(text, from, to) : null;
            if (fn != null) functions.put(fn, c);
            kept[c] = holds(sorted, from, to) || head.startsWith("import ") || head.startsWith("from ")
                    || head.startsWith("class ") || !definition && to - from <= MAX_KEPT_STATEMENT;
        }
        keepCallers(text, chunks, kept, functions, sorted);
        keepCalled(text, chunks, kept, functions, "");
        StringBuilder out = new StringBuilder(text.length());
        write(text, chunks, kept, 0, text.length(), out, (from, to) -> {
            if (text.startsWith("class ", from)) classBody(text, from, to, sorted, out);
            else out.append(text, from, to);
        });
        return out.toString();
    }

    /** Methods every model or training flow may pass through, kept whatever they hold. */
    private static final Set<String> FLOW_METHODS = Set.of("__init__", "forward", "call", "training_step",
            "validation_step", "test_step", "build", "compute_loss", "train_step", "step");

    /**
     * A kept class: its header and statements, the flow methods, those holding a loss call, their callers (two levels up)
     * and those they call on self; the other methods (a test class's hundreds of tests) blanked, and a nested class kept
     * the same way. At least one body statement stays, for the syntax.
     */
    private static void classBody(String text, int from, int to, List<Integer> keep, StringBuilder out) {
        int firstLine = text.indexOf('\n', from);
        int bodyStart = firstLine < 0 ? to : firstLine + 1;
        while (bodyStart < to && text.charAt(bodyStart) != ' ' && text.charAt(bodyStart) != '\n') bodyStart = text.indexOf('\n', bodyStart) + 1;
        int indent = 0;
        int probe = bodyStart;
        while (probe < to && (text.charAt(probe) == '\n' || text.charAt(probe) == '\r')) probe++;
        while (probe + indent < to && text.charAt(probe + indent) == ' ') indent++;
        List<Integer> starts = indent == 0 ? List.of() : starts(text, from, to, indent);
        if (starts.size() < 2) {
            if (starts.size() == 1 && text.startsWith("class ", starts.get(0))) { // a class around one class (a test suite's base): its members
                out.append(text, from, starts.get(0));
                classBody(text, starts.get(0), to, keep, out);
            } else {
                out.append(text, from, to);
            }
            return;
        }
        List<int[]> members = ranges(text, starts, to);
        boolean[] kept = new boolean[members.size()];
        Map<String, Integer> methods = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            int a = members.get(m)[0];
            int b = members.get(m)[1];
            String name = functionName(text, a, Math.min(b, a + 400));
            boolean method = name != null && text.substring(a, Math.min(b, a + 400)).contains("def " + name);
            if (method) methods.put(name, m);
            kept[m] = holds(keep, a, b) || !method || FLOW_METHODS.contains(name);
        }
        keepCallers(text, members, kept, methods, keep); // _training_step() calling self._loss_fn(y_pred, y): y_pred is given there
        keepCalled(text, members, kept, methods, "self.");
        kept[0] = true;
        out.append(text, from, members.get(0)[0]);
        write(text, members, kept, members.get(0)[0], to, out, (a, b) -> {
            if (text.startsWith("class ", a)) classBody(text, a, b, keep, out);
            else out.append(text, a, b);
        });
    }

    /** Statements as [from, to) char ranges from their starts, a decorator joined to the definition it decorates. */
    private static List<int[]> ranges(String text, List<Integer> starts, int end) {
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int next = s + 1;
            while (next < starts.size() && text.startsWith("@", starts.get(next - 1))) next++;
            ranges.add(new int[] {starts.get(s), next < starts.size() ? starts.get(next) : end});
            s = next - 1;
        }
        return ranges;
    }

    /** True when a sorted offset falls in [from, to). */
    private static boolean holds(List<Integer> sorted, int from, int to) {
        int i = Collections.binarySearch(sorted, from);
        int first = i >= 0 ? i : -i - 1;
        return first < sorted.size() && sorted.get(first) < to;
    }

    /** Keeps the definitions the kept code calls ({@code prefix}name(), two levels deep). */
    private static void keepCalled(String text, List<int[]> ranges, boolean[] kept, Map<String, Integer> definitions, String prefix) {
        Definitions defs = Definitions.of(definitions.keySet());
        Map<Integer, Set<String>> calls = new HashMap<>();
        for (int round = 0; round < 2; round++) {
            for (int r = 0; r < ranges.size(); r++) {
                if (!kept[r]) continue;
                Set<String> names = calls.computeIfAbsent(r, k -> called(text, ranges.get(k), prefix, defs));
                definitions.forEach((name, at) -> {
                    if (!kept[at] && names.contains(name)) kept[at] = true;
                });
            }
        }
    }

    /**
     * Keeps the functions that call a function holding a loss call, two levels up (train_model() calling forward_step(model,
     * ..., criterion)): the loss's input is often that function's parameter, which only its callers give.
     */
    private static void keepCallers(String text, List<int[]> ranges, boolean[] kept, Map<String, Integer> definitions, List<Integer> losses) {
        Set<String> called = new HashSet<>();
        for (Map.Entry<String, Integer> d : definitions.entrySet()) {
            if (holds(losses, ranges.get(d.getValue())[0], ranges.get(d.getValue())[1])) called.add(d.getKey());
        }
        Definitions defs = Definitions.of(definitions.keySet());
        Map<Integer, Set<String>> calls = new HashMap<>();
        for (int round = 0; round < 2 && !called.isEmpty(); round++) {
            Set<String> callers = new HashSet<>();
            for (Map.Entry<String, Integer> d : definitions.entrySet()) {
                int at = d.getValue();
                if (kept[at]) continue;
                Set<String> names = calls.computeIfAbsent(at, k -> called(text, ranges.get(k), "", defs));
                if (called.stream().anyMatch(names::contains)) {
                    kept[at] = true;
                    callers.add(d.getKey());
                }
            }
            called = callers;
        }
    }

    /**
     * The definitions a range calls as {@code prefix}name(, exactly those {@code code.contains(prefix + name + "(")} finds,
     * from one pass over the range's "(" (a search per definition through every kept range was most of the time of
     * masking a big test file): with no prefix, the tails of the word before each "(" (train( is in pretrain(); with
     * prefix "self.", that word itself. A tail is cut out of the text only when its hash is a definition's.
     */
    private static Set<String> called(String text, int[] range, String prefix, Definitions definitions) {
        Set<String> names = new HashSet<>();
        int from = range[0];
        for (int p = text.indexOf('(', from); p >= 0 && p < range[1]; p = text.indexOf('(', p + 1)) {
            int start = p;
            int hash = 0; // String.hashCode of text[start, p), grown leftwards
            int power = 1;
            while (start > from && CallText.identifier(text.charAt(start - 1))) {
                start--;
                hash += text.charAt(start) * power;
                power *= 31;
                boolean tail = prefix.isEmpty() || start == from || !CallText.identifier(text.charAt(start - 1));
                boolean after = prefix.isEmpty() || start - prefix.length() >= from && text.startsWith(prefix, start - prefix.length());
                if (tail && after && Arrays.binarySearch(definitions.hashes(), hash) >= 0 && definitions.names().contains(text.substring(start, p))) {
                    names.add(text.substring(start, p));
                }
            }
        }
        return names;
    }

    /** A file's definition names with their sorted hashes, made once for all the ranges searched for their calls. */
    private record Definitions(Set<String> names, int[] hashes) {
        static Definitions of(Set<String> names) {
            return new Definitions(names, names.stream().mapToInt(String::hashCode).sorted().toArray());
        }
    }

    /** Writes [start, end): the kept ranges through {@code kept}, the rest (and the gaps between ranges) blanked. */
    private static void write(String text, List<int[]> ranges, boolean[] keptFlags, int start, int end, StringBuilder out,
                              BiConsumer<Integer, Integer> kept) {
        int last = start;
        for (int r = 0; r < ranges.size(); r++) {
            int from = ranges.get(r)[0];
            int to = ranges.get(r)[1];
            blank(text, last, from, out);
            if (keptFlags[r]) kept.accept(from, to);
            else blank(text, from, to, out);
            last = to;
        }
        blank(text, last, end, out);
    }

    private static String functionName(String text, int from, int to) {
        int def = text.indexOf("def ", from);
        if (def < 0 || def >= to) return null;
        int start = def + 4;
        int end = start;
        while (end < to && CallText.identifier(text.charAt(end))) end++;
        return end > start ? text.substring(start, end) : null;
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        int spaces = 0; // written a line at a time: most of a big file is blanked
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                spaces(spaces, out);
                spaces = 0;
                out.append('\n');
            } else {
                spaces += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
            }
        }
        spaces(spaces, out);
    }

    /** Runs of 0 to 128 spaces, appended whole (a String is copied as an array, other sequences a char at a time). */
    private static final String[] SPACES = java.util.stream.IntStream.rangeClosed(0, 128).mapToObj(" "::repeat).toArray(String[]::new);

    private static void spaces(int n, StringBuilder out) {
        for (; n > 0; n -= SPACES.length - 1) out.append(SPACES[Math.min(n, SPACES.length - 1)]);
    }
}
