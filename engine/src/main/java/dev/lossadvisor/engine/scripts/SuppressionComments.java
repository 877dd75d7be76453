package dev.lossadvisor.engine.scripts;

import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.engine.input.ModelDescription.Suppression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments on the lines of a flow, each kept with the place it is written at:
 * {@code # loss-advisor: ignore[rule, ...] reason} and, as ruff and flake8 plugins honour them, {@code # noqa: LA007}
 * (codes or names of Loss Advisor's rules; other tools' codes such as E501 are theirs) and a bare {@code # noqa}.
 */
final class SuppressionComments {
    private static final Pattern IGNORE = Pattern.compile("#\\s*loss-advisor:\\s*ignore\\[([^\\]]*)]\\s*(.*)$");
    private static final Pattern NOQA = Pattern.compile("#\\s*noqa(?::\\s*([\\w\\s,-]*[\\w-]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_CODE = Pattern.compile("(?i)(?!LA\\d)[A-Z]+\\d+");
    private static final Pattern NAME = Pattern.compile("[^\\s,]+");
    private static final Pattern PLACE = Pattern.compile("(.+):(\\d+):(\\d+)");

    private SuppressionComments() {}

    /**
     * The description silencing what the comments on its lines say.
     *
     * @param line a source line by file (as shown) and 1-based number, or null when unknown
     */
    static ModelDescription apply(ModelDescription d, BiFunction<String, Integer, String> line) {
        Set<String> places = new LinkedHashSet<>(d.locations().values());
        Set<String> lines = new LinkedHashSet<>();
        List<Suppression> found = new ArrayList<>();
        for (String place : places) {
            Matcher p = PLACE.matcher(place);
            if (!p.matches() || !lines.add(p.group(1) + ":" + p.group(2))) continue;
            String text = line.apply(p.group(1), Integer.parseInt(p.group(2)));
            if (text != null) found.addAll(parse(text, p.group(1) + ":" + p.group(2)));
        }
        return d.withSuppressions(found);
    }

    /** Each rule named in a list ("a, b" or "A B"), placed at its own column: one finding per rule that silences nothing. */
    private static void names(String list, int offset, String at, String reason, List<Suppression> out) {
        Matcher m = NAME.matcher(list);
        while (m.find()) {
            if (!FOREIGN_CODE.matcher(m.group()).matches()) out.add(new Suppression(m.group(), reason, at + ":" + (offset + m.start() + 1)));
        }
    }

    /** The suppressions written on one line; {@code at} is "file:line", the column is the comment's. */
    static List<Suppression> parse(String text, String at) {
        List<Suppression> out = new ArrayList<>();
        int hash = text.indexOf('#');
        if (hash < 0) return out;
        Matcher m = IGNORE.matcher(text);
        if (m.find()) {
            String reason = m.group(2).isBlank() ? "(no reason given)" : m.group(2).trim();
            names(m.group(1), m.start(1), at, reason, out);
        }
        Matcher n = NOQA.matcher(text);
        if (n.find()) {
            if (n.group(1) == null) out.add(new Suppression(Suppression.ALL, "# noqa", at + ":" + (n.start() + 1)));
            else names(n.group(1), n.start(1), at, "# noqa", out);
        }
        return out;
    }
}
