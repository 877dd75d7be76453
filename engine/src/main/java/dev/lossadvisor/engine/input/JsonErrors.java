package dev.lossadvisor.engine.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jackson's syntax errors in plain words: what is wrong and where, without the parser's internals. */
public final class JsonErrors {
    /** "Unexpected character ('x' (code 120)): ..." and "Unexpected character ((CTRL-CHAR, code 127)): ...". */
    private static final Pattern CHAR = Pattern.compile("Unexpected character \\((?:'(.+?)' \\(code [^)]*\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)(?:: (.*))?",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern OPENED = Pattern.compile("expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\]\\)",
            Pattern.DOTALL);

    private JsonErrors() {}

    /** "malformed JSON at line 3, column 7: a comma must separate the fields of an object". */
    public static String describe(JsonProcessingException e) {
        return describe(e, "JSON");
    }

    /** @param what what the input was to be, e.g. "Keras model JSON" */
    public static String describe(JsonProcessingException e, String what) {
        JsonLocation at = e.getLocation();
        return "malformed " + what + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": " + plain(e.getOriginalMessage());
    }

    static String plain(String message) {
        if (message == null) return "unreadable input";
        String m = message.strip();
        Matcher opened = OPENED.matcher(m);
        if (opened.find()) {
            return "the input ends inside the " + (opened.group(1).equals("Object") ? "object" : "array") + " opened at line "
                    + opened.group(2) + ", column " + opened.group(3);
        }
        if (m.startsWith("Unexpected end-of-input")) return "the input ends too early";
        Matcher c = CHAR.matcher(m);
        if (c.matches()) {
            String what = c.group(1) != null ? shown(c.group(1)) : "control character " + c.group(2);
            return "unexpected " + what + (c.group(3) == null ? "" : ": " + expected(c.group(3)));
        }
        Matcher t = TOKEN.matcher(m);
        if (t.matches()) return "unrecognised word '" + t.group(1) + "': a value is a number, a string in double quotes, true, false, null, an array or an object";
        int source = m.indexOf(" [Source:");
        int nl = m.indexOf('\n');
        int end = Math.min(source < 0 ? m.length() : source, nl < 0 ? m.length() : nl);
        return m.substring(0, end).replaceAll(" \\(code [^)]*\\)|\\(CTRL-CHAR, code \\d+\\)", "a control character");
    }

    private static String expected(String what) {
        String w = what.strip();
        if (w.startsWith("was expecting comma to separate Object entries")) return "a comma must separate the fields of an object";
        if (w.startsWith("was expecting comma to separate Array entries")) return "a comma must separate the values of an array";
        if (w.startsWith("was expecting double-quote to start field name")) return "field names must be in double quotes";
        if (w.startsWith("was expecting a colon to separate field name and value")) return "a colon must follow each field name";
        if (w.startsWith("expected a valid value")) return "a value is a number, a string in double quotes, true, false, null, an array or an object";
        int paren = w.indexOf(" (");
        return paren < 0 ? w : w.substring(0, paren);
    }

    private static String shown(String ch) {
        return switch (ch) {
            case "\\'" , "'" -> "a single quote (JSON strings use double quotes)";
            case "\"" -> "'\"'";
            default -> ch.length() == 1 && ch.charAt(0) >= 0x20 && ch.charAt(0) < 0x7f ? "'" + ch + "'" : "a byte that is not text";
        };
    }
}
