package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block mappings of a YAML config (Hydra, OmegaConf) as a dict of literals: {@code key: value} nested by
 * indentation, scalars as Python would read them after OmegaConf (numbers, booleans, null, strings), and block lists
 * whose items are scalars or mappings of scalars (Hydra's {@code defaults:}, a list of layer specs). A block nested in
 * an item, an anchor or a flow collection leaves its key unknown; a file that is not there, or too big for a config, is null.
 */
final class YamlConfig {
    private static final long MAX_BYTES = 256 << 10;

    private YamlConfig() {}

    static Value read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return null;
            return parse(Files.readAllLines(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private record Level(int indent, Map<String, Value> entries) {}

    static Value parse(List<String> lines) {
        Map<String, Value> root = new LinkedHashMap<>();
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(-1, root));
        String pendingKey = null;
        int pendingIndent = 0;
        Map<String, Value> pendingIn = root;
        List<Value> items = null; // the block list being read, its dashes at itemIndent
        int itemIndent = 0;
        Map<String, Value> itemPairs = null; // the last item's mapping, its keys at itemKeys (- units: 10 / activation: softmax)
        int itemKeys = 0;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank() || line.startsWith("---")) continue;
            int indent = line.length() - line.stripLeading().length();
            String text = line.strip();
            boolean dash = text.startsWith("- ") || text.equals("-");
            if (items != null) {
                if (indent == itemIndent && dash) {
                    items.add(item(text.substring(1).strip()));
                    itemPairs = pairs(items);
                    itemKeys = keyIndent(indent, text);
                    continue;
                }
                int colon = text.indexOf(": ");
                if (indent == itemKeys && itemPairs != null && !dash && colon > 0) { // one more key of the item's mapping
                    itemPairs.put(unquote(text.substring(0, colon).strip()), scalar(text.substring(colon + 2).strip()));
                    items.set(items.size() - 1, new Dict(new LinkedHashMap<>(itemPairs)));
                    continue;
                }
                if (indent > itemIndent) { // a nested block inside an item: not followed
                    pendingIn.put(pendingKey, Value.UNKNOWN);
                    continue;
                }
                if (pendingIn.get(pendingKey) == null) pendingIn.put(pendingKey, new Value.Items(List.copyOf(items)));
                items = null;
                pendingKey = null;
            }
            while (indent < open.peek().indent()) open.pop();
            if (pendingKey != null) {
                // "key:" alone opens a mapping when the next line is deeper, a list when it is a dash (YAML lets it stand at the key's own indent)
                if (dash && indent >= pendingIndent) {
                    items = new java.util.ArrayList<>();
                    itemIndent = indent;
                    items.add(item(text.substring(1).strip()));
                    itemPairs = pairs(items);
                    itemKeys = keyIndent(indent, text);
                    continue;
                }
                if (indent > pendingIndent) {
                    Map<String, Value> child = new LinkedHashMap<>();
                    pendingIn.put(pendingKey, new Dict(child));
                    open.push(new Level(indent, child));
                } else {
                    pendingIn.put(pendingKey, new Literal(null));
                }
                pendingKey = null;
            }
            if (dash) continue; // an item of a list not under a key
            int colon = text.indexOf(": ");
            if (text.endsWith(":")) {
                pendingKey = unquote(text.substring(0, text.length() - 1).strip());
                pendingIndent = indent;
                pendingIn = open.peek().entries();
                continue;
            }
            if (colon < 0) continue;
            open.peek().entries().put(unquote(text.substring(0, colon).strip()), scalar(text.substring(colon + 2).strip()));
        }
        if (items != null && pendingIn.get(pendingKey) == null) pendingIn.put(pendingKey, new Value.Items(List.copyOf(items)));
        else if (pendingKey != null && items == null) pendingIn.put(pendingKey, new Literal(null));
        return freeze(root);
    }

    /** One list item: a scalar, or a mapping's first pair ({@code - model: convnet}); a nested list or mapping is not known. */
    private static Value item(String text) {
        if (text.isEmpty() || text.startsWith("- ")) return Value.UNKNOWN;
        int colon = text.indexOf(": ");
        if (text.endsWith(":")) return Value.UNKNOWN;
        if (colon < 0 || text.startsWith("\"") || text.startsWith("'")) return scalar(text);
        return new Dict(Map.of(unquote(text.substring(0, colon).strip()), scalar(text.substring(colon + 2).strip())));
    }

    /** The pairs of the list's last item when it is a mapping, to be extended by the lines below it; else null. */
    private static Map<String, Value> pairs(List<Value> items) {
        return items.get(items.size() - 1) instanceof Dict d ? new LinkedHashMap<>(d.entries()) : null;
    }

    /** The column of an item's first key: {@code - units: 10} at indent 2 has its keys at 4. */
    private static int keyIndent(int indent, String dashed) {
        String after = dashed.substring(1);
        return indent + 1 + after.length() - after.stripLeading().length();
    }

    private static Value freeze(Map<String, Value> m) {
        Map<String, Value> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Dict d ? freeze(new LinkedHashMap<>(d.entries())) : v));
        return new Dict(out);
    }

    private static String stripComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return line.substring(0, i);
        }
        return line;
    }

    private static Value scalar(String s) {
        if (s.startsWith("[") || s.startsWith("{") || s.startsWith("&") || s.startsWith("*") || s.startsWith("|") || s.startsWith(">") || s.startsWith("${")) {
            return Value.UNKNOWN;
        }
        if (s.startsWith("\"") || s.startsWith("'")) return new Literal(unquote(s));
        switch (s) {
            case "true", "True", "TRUE" -> { return new Literal(Boolean.TRUE); }
            case "false", "False", "FALSE" -> { return new Literal(Boolean.FALSE); }
            case "null", "Null", "NULL", "~", "" -> { return new Literal(null); }
            default -> { }
        }
        try {
            return new Literal(Double.parseDouble(s.replace("_", "")));
        } catch (NumberFormatException e) {
            return new Literal(s);
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) return s.substring(1, s.length() - 1);
        return s;
    }
}
