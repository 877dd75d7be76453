package dev.lossadvisor.engine.input;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Name normalisation and "did you mean" suggestions. */
public final class Names {
    private Names() {}

    /** Lower-case, without module prefixes (nn., keras.losses.), underscores, dashes or spaces. */
    public static String key(String name) {
        String s = name.trim();
        int paren = s.indexOf('(');
        if (paren > 0) s = s.substring(0, paren);
        int dot = s.lastIndexOf('.');
        if (dot >= 0) s = s.substring(dot + 1);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '_' && c != '-' && !Character.isWhitespace(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** Up to {@code limit} candidates closest to {@code wanted}, nearest first, only those reasonably close. */
    public static List<String> closest(String wanted, Stream<String> candidates, int limit) {
        String w = key(wanted);
        int allowed = Math.max(3, w.length() / 2);
        return candidates.distinct()
                .map(c -> new Scored(c, distance(w, key(c))))
                .filter(s -> s.distance <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    private record Scored(String name, int distance) {}

    /** True when {@code written} is {@code intended} with a typo or two (an edit distance of 1, or 2 in longer names). */
    public static boolean typoOf(String written, String intended) {
        int d = distance(key(written), key(intended));
        return d <= (intended.length() >= 6 ? 2 : 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
