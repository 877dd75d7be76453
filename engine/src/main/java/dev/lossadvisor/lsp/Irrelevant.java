package dev.lossadvisor.lsp;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits that cannot change any flow into a loss, so that the last analysis stands: every changed file holds nothing
 * a loss flow starts from (before and after the edit), and no other file imports it. Conservative on both counts: a
 * word that might be a loss or a model framework, or any import line naming the file's module or package, and the
 * project is analysed again.
 */
final class Irrelevant {
    private static final Pattern LOSSY = Pattern.compile("loss|Loss|entropy|kl_div|criterion|compile|keras|Sequential");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:from|import)\\s[^\\n]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]\\w*");

    private Irrelevant() {}

    static boolean edits(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new HashSet<>();
        for (String k : after.keySet()) if (!after.get(k).equals(before.get(k))) changed.add(k);
        for (String k : before.keySet()) if (!after.containsKey(k)) changed.add(k);
        Set<String> imported = null;
        for (String k : changed) {
            if (lossy(before.get(k)) || lossy(after.get(k))) return false;
            if (imported == null) imported = importedWords(after);
            for (Path part : Path.of(k)) {
                String name = part.toString().replaceFirst("\\.pyw?$", "");
                if (imported.contains(name)) return false;
            }
        }
        return true;
    }

    private static boolean lossy(String text) {
        return text != null && LOSSY.matcher(text).find();
    }

    /** Every word on an import line of the project. */
    private static Set<String> importedWords(Map<String, String> texts) {
        Set<String> words = new HashSet<>();
        for (String t : texts.values()) {
            Matcher line = IMPORT.matcher(t);
            while (line.find()) {
                Matcher w = WORD.matcher(line.group());
                while (w.find()) words.add(w.group());
            }
        }
        return words;
    }
}
