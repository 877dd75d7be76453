package dev.lossadvisor.engine.python.semantic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which texts may hold a class statement listing a name among its bases or as its metaclass: those where the name stands
 * as a whole word (a maximal run of Java identifier chars) between the brackets after {@code class Name}, followed, past
 * whitespace, by ')', ',' or '[' (class A(Base), class A(mod.Base, Mixin), class A(Base[T])). Built once, on one pass
 * per text from one "class" to the next (the headers alone: most of a text's words end arguments of calls), so that a
 * search for a class's subclasses is a look-up per file and name instead of a search through every text for every name
 * (a lint of Debian's torch tree spent a third of its analysis there). The class statements of the files it names decide.
 */
final class ListedWords {
    /** By word, the numbers of the texts that may list it, ascending (most words are listed in one text: no bit set of all). */
    private final Map<String, int[]> texts = new HashMap<>();
    /** {@link Character#isJavaIdentifierPart} of the ASCII chars, most of a text's: a table look-up, not a call chain. */
    private static final boolean[] ASCII_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_PART[c] = Character.isJavaIdentifierPart(c);
    }

    /**
     * @param sources the texts, by their number in the answers (null for a text not read); read one after the other, each
     *                word put in the index as it is met (no set of words per text held until all are read)
     */
    ListedWords(List<String> sources) {
        for (int t = 0; t < sources.size(); t++) if (sources.get(t) != null) list(sources.get(t), t);
    }

    /** The class statements' headers of a text, {@code class Name[...](...)}, each read from its "(" to its ")". */
    private void list(String text, int t) {
        int n = text.length();
        for (int i = text.indexOf("class"); i >= 0; i = text.indexOf("class", i + 5)) {
            if (i > 0 && part(text.charAt(i - 1)) || i + 5 < n && part(text.charAt(i + 5))) continue; // not the whole word
            int j = blanks(text, i + 5);
            int name = j;
            while (j < n && part(text.charAt(j))) j++;
            if (j == name) continue;
            j = blanks(text, j);
            if (j < n && text.charAt(j) == '[') j = blanks(text, closing(text, j) + 1); // class Box[T](Base): its type parameters
            if (j < n && text.charAt(j) == '(') bases(text, j + 1, closing(text, j), t);
        }
    }

    /** The words listed between {@code from} and {@code to}: each followed, past whitespace, by ')', ',' or '['. */
    private void bases(String text, int from, int to, int t) {
        for (int i = from; i < to; ) {
            if (!part(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && part(text.charAt(i))) i++;
            int j = blanks(text, i);
            if (j < text.length() && (text.charAt(j) == ')' || text.charAt(j) == ',' || text.charAt(j) == '[')) add(text.substring(start, i), t);
        }
    }

    /** The bracket closing the one at {@code open} (brackets of any kind counted), or the text's end. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if ((c == ')' || c == ']' || c == '}') && --depth == 0) return i;
        }
        return text.length();
    }

    private static int blanks(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private void add(String word, int t) {
        int[] in = texts.get(word);
        if (in != null && in[in.length - 1] == t) return; // listed in this text already
        in = in == null ? new int[1] : Arrays.copyOf(in, in.length + 1);
        in[in.length - 1] = t;
        texts.put(word, in);
    }

    private static boolean part(char c) {
        return c < 128 ? ASCII_PART[c] : Character.isJavaIdentifierPart(c);
    }

    /** True when text number {@code t} may list {@code name} as a base. */
    boolean mayList(int t, String name) {
        int[] in = texts.get(name);
        return in != null && Arrays.binarySearch(in, t) >= 0;
    }
}
