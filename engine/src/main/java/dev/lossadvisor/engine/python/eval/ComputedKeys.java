package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Dict;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code layers[f"fc{i}"] = nn.Linear(...)} in a loop filling an OrderedDict for nn.Sequential: the entries' order is
 * known though their names are not. Such an entry is kept under a name no string key can have (the f-string's source
 * behind a NUL), with the literal text before its first replacement field as what every name it makes starts with. A key
 * stored later that may be one of those names (it starts with that text), or a computed key that may be one stored
 * before, could replace an entry in its place rather than add one at the end: the dict is then not known.
 */
final class ComputedKeys {
    private static final char MARK = '\0';

    private ComputedKeys() {}

    /** d[f"..."] = value: the dict with one more entry at its end, or unknown when the key may name an entry already there. */
    static Value stored(Dict d, Node key, Value value) {
        String prefix = prefix(key);
        if (prefix == null || d.entries().keySet().stream().anyMatch(k -> k.charAt(0) != MARK && k.startsWith(prefix))) return Value.UNKNOWN;
        Map<String, Value> m = new LinkedHashMap<>(d.entries());
        m.put(MARK + prefix + MARK + key.text(), value);
        return new Dict(m);
    }

    /** Whether a string key stored after the computed ones may be one of them. */
    static boolean mayRename(Dict d, String key) {
        for (String k : d.entries().keySet()) if (k.charAt(0) == MARK && key.startsWith(k.substring(1, k.indexOf(MARK, 1)))) return true;
        return false;
    }

    /** Whether a dict holds entries whose names are not known (a loop over it cannot tell how many there are). */
    static boolean any(Dict d) {
        return d.entries().keySet().stream().anyMatch(k -> !k.isEmpty() && k.charAt(0) == MARK);
    }

    /** The literal text of an f-string before its first replacement field; null for anything else or an empty text. */
    private static String prefix(Node key) {
        if (key == null || !key.is("string")) return null;
        StringBuilder b = new StringBuilder();
        for (Node part : key.named()) {
            if (part.is("string_start")) continue;
            if (part.is("interpolation")) return b.isEmpty() ? null : b.toString();
            if (!part.is("string_content") || !part.named().isEmpty()) return null;
            b.append(part.text());
        }
        return null; // no replacement field: a plain string, read as a literal elsewhere
    }
}
