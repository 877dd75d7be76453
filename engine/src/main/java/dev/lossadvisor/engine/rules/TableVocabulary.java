package dev.lossadvisor.engine.rules;

import dev.lossadvisor.facts.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the decision tables' names against the fact model's {@link Vocabulary} when the rule base loads: a task
 * or loss kind misspelt in a table would otherwise never match and silently drop a recommendation.
 */
final class TableVocabulary {
    private static final String RECOMMEND = "dev/lossadvisor/rules/recommend.drl.csv";
    private static final String FRAMEWORKS = "dev/lossadvisor/rules/frameworks.drl.csv";

    private TableVocabulary() {}

    static void check(ClassLoader cl) {
        for (List<String> row : rows(cl, RECOMMEND)) {
            Vocabulary.check("Task.kind", row.get(1), RECOMMEND + " " + row.get(0));
            Vocabulary.check("Recommendation.lossKind", row.get(4), RECOMMEND + " " + row.get(0));
        }
        for (List<String> row : rows(cl, FRAMEWORKS)) {
            String recipeAndFramework = row.get(1); // "recipe, framework"
            Vocabulary.check("Framework.name", recipeAndFramework.substring(recipeAndFramework.lastIndexOf(',') + 1).strip(), FRAMEWORKS + " " + row.get(0));
        }
    }

    /** The table's rule rows (after its "Rule," header), each split into its CSV cells. */
    private static List<List<String>> rows(ClassLoader cl, String resource) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            List<List<String>> rows = new ArrayList<>();
            boolean body = false;
            for (List<String> cells : cells(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                if (body && !cells.get(0).isBlank()) rows.add(cells);
                if (cells.get(0).equals("Rule")) body = true;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RFC 4180 records: quoted cells may hold commas, doubled quotes and line breaks. A cell is cut from the array at
     * its ends: this runs interpreted while the rule base loads, where a StringBuilder call per character of the
     * snippets (40 KB) cost the load about 10 ms.
     */
    private static List<List<String>> cells(String text) {
        char[] cs = text.toCharArray();
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int from = 0; // start of the characters not yet added to the cell
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (quoted) {
                if (c != '"') continue;
                cell.append(cs, from, i - from);
                if (i + 1 < cs.length && cs[i + 1] == '"') {
                    from = ++i; // the second quote of a pair is kept
                } else {
                    quoted = false;
                    from = i + 1;
                }
            } else if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                cell.append(cs, from, i - from);
                from = i + 1;
                if (c == '"') {
                    quoted = true;
                } else if (c != '\r') {
                    record.add(cell.toString());
                    cell.setLength(0);
                    if (c == '\n') {
                        records.add(record);
                        record = new ArrayList<>();
                    }
                }
            }
        }
        cell.append(cs, from, cs.length - from);
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
