package dev.lossadvisor.engine.fix;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Python file's lines, with the block structure the fixes need: the def or class a line stands in. */
final class Source {
    private static final Pattern DEF = Pattern.compile("^(\\s*)(?:async\\s+)?def\\s+(\\w+)\\s*\\(");
    private static final Pattern CLASS = Pattern.compile("^(\\s*)class\\s+(\\w+)\\b");

    final List<String> lines;

    Source(String text) {
        this.lines = text.lines().toList();
    }

    /** Line {@code n} counted from 1, or null past the end. */
    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }

    /** The enclosing block of line {@code n} that {@code pattern} opens: [first line, last line, name], or null at module level. */
    Block enclosing(int n, boolean classes) {
        Pattern pattern = classes ? CLASS : DEF;
        int indent = indent(line(n));
        for (int i = n - 1; i >= 1; i--) {
            String l = line(i);
            if (l.isBlank() || l.stripLeading().startsWith("#")) continue;
            int li = indent(l);
            if (li >= indent) continue;
            indent = li;
            Matcher m = pattern.matcher(l);
            if (m.find()) return new Block(i, end(i, li), m.group(2));
            if (li == 0) return null;
        }
        return null;
    }

    /** The last line of the block opened at line {@code first} with indentation {@code indent}. */
    private int end(int first, int indent) {
        int last = first;
        for (int i = first + 1; i <= lines.size(); i++) {
            String l = line(i);
            if (l.isBlank()) continue;
            if (indent(l) <= indent && !l.stripLeading().startsWith("#")) break;
            last = i;
        }
        return last;
    }

    static int indent(String l) {
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return i;
    }

    /** Occurrences of {@code name} as a whole word in lines [from, to], comments left out. */
    int count(String name, int from, int to) {
        Pattern word = Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)");
        int n = 0;
        for (int i = from; i <= to; i++) {
            Matcher m = word.matcher(code(line(i)));
            while (m.find()) n++;
        }
        return n;
    }

    /** The line without its comment (a '#' outside quotes). */
    static String code(String l) {
        char quote = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return l.substring(0, i);
            }
        }
        return l;
    }

    /** A def or class: its first and last line and its name. */
    record Block(int first, int last, String name) {}
}
