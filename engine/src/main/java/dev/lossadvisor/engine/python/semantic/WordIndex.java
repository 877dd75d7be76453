package dev.lossadvisor.engine.python.semantic;

import dev.lossadvisor.engine.python.syntax.CallText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which of some texts may call a name, answered by one look-up instead of a search through every text per name: the
 * words (maximal runs of ASCII word characters) that stand before a "(" past blanks, line breaks, continuations and
 * comments (a call may span lines inside brackets), def and class headers left out. A call's callee ends in an
 * identifier token right before its arguments, so a text without such a word holds no call of that name. Only the
 * words before a "(" are kept, a fraction of all: built once, on one pass per text.
 */
final class WordIndex {
    private final Map<String, BitSet> texts = new HashMap<>();
    private final List<String> sources;
    /** {@link #holds(int, String)}'s answers by word: the texts asked about, and those that hold it. */
    private final Map<String, BitSet[]> held = new HashMap<>();
    /**
     * Per text, a Bloom filter of all its words (two bits of each word's hash): a word whose bits are not all set is not
     * in the text, so {@link #holds(int, String)} answers no without searching it (most of its searches that found nothing
     * read the whole text); a word whose bits are set is searched as before.
     */
    private final long[][] blooms;

    /** @param sources the texts, by their number in the answers */
    WordIndex(List<String> sources) {
        this.sources = sources;
        List<Set<String>> called = new ArrayList<>(Collections.nCopies(sources.size(), null));
        blooms = new long[sources.size()][];
        List<Integer> numbers = IntStream.range(0, sources.size()).boxed().toList();
        Parallel.each(numbers, t -> { // each text on its own, on every core
            long[] bloom = new long[bloomLongs(sources.get(t).length())];
            called.set(t, calledWords(sources.get(t), bloom));
            blooms[t] = bloom;
        });
        for (int t = 0; t < sources.size(); t++) for (String word : called.get(t)) texts.computeIfAbsent(word, k -> new BitSet()).set(t);
    }

    /**
     * One bit per two chars of text, as a power of two of longs: a text holds about one distinct word per 40 chars, so
     * about 20 bits per word, and a word not in the text passes both bits about once in a hundred.
     */
    private static int bloomLongs(int chars) {
        return Integer.highestOneBit(Math.max(chars >> 7, 1) * 2 - 1);
    }

    /** Sets the word's two bits (from its String hash). */
    private static void add(long[] bloom, int hash) {
        int mask = bloom.length * 64 - 1;
        int a = hash & mask;
        int b = (hash * 0x9E3779B9 >>> 7) & mask;
        bloom[a >>> 6] |= 1L << a;
        bloom[b >>> 6] |= 1L << b;
    }

    private static boolean mayHold(long[] bloom, int hash) {
        int mask = bloom.length * 64 - 1;
        int a = hash & mask;
        int b = (hash * 0x9E3779B9 >>> 7) & mask;
        return (bloom[a >>> 6] & 1L << a) != 0 && (bloom[b >>> 6] & 1L << b) != 0;
    }

    /** The words of one text that stand before a "(", def and class headers left out; every word's bits set in {@code bloom}. */
    private static Set<String> calledWords(String text, long[] bloom) {
        Set<String> words = new HashSet<>();
        int n = text.length();
        int start = -1;
        int hash = 0; // the String hash of the word being read
        boolean definition = false; // the word before was def or class
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean word = i < n && wordChar(c);
            if (word) hash = 31 * hash + c;
            if (word && start < 0) {
                start = i;
                hash = c;
            } else if (!word && start >= 0) {
                add(bloom, hash);
                int open = CallText.skipBlanks(text, i);
                if (open < n && text.charAt(open) == '(' && !definition) words.add(text.substring(start, i));
                definition = i - start == 3 && text.startsWith("def", start) || i - start == 5 && text.startsWith("class", start);
                start = -1;
            } else if (!word && definition && i < n && c != ' ' && c != '\t') {
                definition = false;
            }
        }
        return words;
    }

    /** True when the index can answer for this name: a non-empty run of word characters. */
    static boolean answers(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) if (!wordChar(name.charAt(i))) return false;
        return true;
    }

    /** The numbers of the texts that may call {@code name} (for which {@link #answers} holds). */
    BitSet calling(String name) {
        return texts.getOrDefault(name, new BitSet());
    }

    /**
     * True when text number {@code t} holds {@code word} (for which {@link #answers} holds) as a whole word; each text
     * searched once per word, however many names' callers ask (the words of a module's name, "import").
     */
    boolean holds(int t, String word) {
        BitSet[] known = held.computeIfAbsent(word, k -> new BitSet[] {new BitSet(), new BitSet()});
        if (!known[0].get(t)) {
            known[0].set(t);
            if (mayHold(blooms[t], word.hashCode()) && holds(sources.get(t), word)) known[1].set(t);
        }
        return known[1].get(t);
    }

    /**
     * True when text number {@code t} may pass {@code word} (for which {@link #answers} holds) as an argument: the whole
     * word right before a "," or ")" past blanks, line breaks, continuations and comments, as an argument that is that
     * name ({@code Process(target=train)}, {@code pool.map(self.train, xs)}, {@code partial(fit, ...)}) ends. Each text
     * searched once per word.
     */
    boolean passes(int t, String word) {
        BitSet[] known = passed.computeIfAbsent(word, k -> new BitSet[] {new BitSet(), new BitSet()});
        if (!known[0].get(t)) {
            known[0].set(t);
            if (holds(t, word) && passes(sources.get(t), word)) known[1].set(t);
        }
        return known[1].get(t);
    }

    /** {@link #passes(int, String)}'s answers by word: the texts asked about, and those that may pass it. */
    private final Map<String, BitSet[]> passed = new HashMap<>();

    private static boolean passes(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if (!whole(text, i, end)) continue;
            int next = CallText.skipBlanks(text, end);
            if (next < text.length() && (text.charAt(next) == ',' || text.charAt(next) == ')')) return true;
        }
        return false;
    }

    /** True when {@code text} holds {@code word} (for which {@link #answers} holds) as a whole word. */
    private static boolean holds(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (whole(text, i, i + word.length())) return true;
        }
        return false;
    }

    private static boolean whole(String text, int start, int end) {
        return (start == 0 || !wordChar(text.charAt(start - 1))) && (end == text.length() || !wordChar(text.charAt(end)));
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
