package dev.lossadvisor.engine.python.semantic;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of some texts contain a name, answered from their distinct words instead of a search through every text per
 * name: a name of word characters only occurs inside one maximal run of them, so the texts holding it are those of
 * the words that contain it. Built once; answers are kept by name.
 */
final class WordIndex {
    /** The distinct words, longest first, and the texts of each. */
    private final String[] words;
    private final BitSet[] texts;
    private final Map<String, BitSet> answers = new ConcurrentHashMap<>();

    /** @param texts the texts, by their number in the answers */
    WordIndex(List<String> sources) {
        Map<String, BitSet> byWord = new HashMap<>();
        for (int t = 0; t < sources.size(); t++) {
            String text = sources.get(t);
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean word = i < text.length() && wordChar(text.charAt(i));
                if (word && start < 0) start = i;
                else if (!word && start >= 0) {
                    byWord.computeIfAbsent(text.substring(start, i), k -> new BitSet()).set(t);
                    start = -1;
                }
            }
        }
        words = byWord.keySet().toArray(new String[0]);
        java.util.Arrays.sort(words, java.util.Comparator.comparingInt(String::length).reversed());
        texts = new BitSet[words.length];
        for (int w = 0; w < words.length; w++) texts[w] = byWord.get(words[w]);
    }

    /** True when the index can answer for this name: a non-empty run of word characters. */
    static boolean answers(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) if (!wordChar(name.charAt(i))) return false;
        return true;
    }

    /** The numbers of the texts that contain {@code name} (for which {@link #answers} holds). */
    BitSet containing(String name) {
        return answers.computeIfAbsent(name, n -> {
            BitSet out = new BitSet();
            for (int w = 0; w < words.length && words[w].length() >= n.length(); w++) if (words[w].contains(n)) out.or(texts[w]);
            return out;
        });
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
