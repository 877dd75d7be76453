package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What CPython rejects before parsing and tree-sitter would accept or choke on, found in one pass over the text: a BOM
 * inside the file, indentation deeper than the parser reads, brackets that do not match (whose error recovery is the
 * parser's slowest path), and nesting deeper than CPython's own limits. Python 2's tokens (backticks, {@code <>}) and
 * its tabs and spaces mixed as Python 3 refuses (TabError) are read: the grammar knows them, and indentation the
 * parser would count otherwise than Python (a tab after spaces) is rewritten to the same column and length.
 * The same pass counts the tokens, so that the parse, whose time and native memory grow with them, is bounded before
 * it starts.
 */
final class Precheck {
    /** CPython's limits: MAXLEVEL nested brackets, MAXINDENT indentation levels. */
    static final int MAX_BRACKETS = 200;
    static final int MAX_INDENTS = 100;
    /**
     * tree-sitter-python's scanner saves each indentation in one byte: a block indented 256 columns (a tab counting 8)
     * reads as 0 and the parse fails at 1:1, or, past that, as another block's column.
     */
    static final int MAX_INDENT_COLUMNS = 255;
    /**
     * Words, strings and operator characters the parser may be given: 3.6 times the largest file of Debian's torch
     * (common_methods_invocations.py, 138,000 tokens); a parse of this many takes about 2 s of one core and 100 MB of
     * native memory (bench/run.sh rss).
     */
    static final int MAX_TOKENS = 500_000;

    private static final String PAIRS = "()[]{}";

    private Precheck() {}

    /**
     * What the parser is given: the text with its comments blanked to spaces of the same UTF-8 length (the tree needs
     * none, and tree-sitter's scanner takes a comment indented less than its block, such as commented-out code at
     * column 1 before a decorator, for the block's end), and how many tokens it holds (an upper bound: an operator of
     * two characters counts twice). A line indented with a tab after spaces is indented there as the scanner counts Python's column.
     */
    record Checked(String text, int tokens) {}

    /** @throws IllegalArgumentException with "line:column" and the reason for the first problem */
    static Checked check(String text) {
        StringBuilder blanked = null;
        int copied = 0;
        int line = 1;
        int lineStart = 0;
        StringBuilder open = new StringBuilder(); // the brackets open, innermost last
        int tokens = 0;
        boolean word = false; // the previous character belongs to a name or a number
        char quote = 0;
        boolean triple = false;
        boolean logicalStart = true;
        Deque<Integer> indents = new ArrayDeque<>(); // Python's columns of the blocks open
        indents.push(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                boolean continued = i > 0 && text.charAt(i - 1) == '\\';
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (quote != 0 && !triple) quote = 0; // an unterminated string: the parser says where
                line++;
                lineStart = i + 1;
                if (quote == 0 && open.isEmpty() && !continued) logicalStart = true;
                word = false;
                tokens++;
                continue;
            }
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                    if (triple) i += 2;
                    quote = 0;
                }
                continue;
            }
            if (logicalStart) {
                logicalStart = false;
                int k = i;
                int col = 0; // as Python 2 counts, and Python 3 where it accepts the file: a tab to the next multiple of 8
                int scanned = 0; // as the parser's scanner counts: a tab is 8 columns wherever it stands
                for (char w; k < text.length() && ((w = text.charAt(k)) == ' ' || w == '\t' || w == '\f'); k++) { // one read a char: blanked files are mostly these
                    if (w == ' ') {
                        col++;
                        scanned++;
                    } else if (w == '\t') {
                        col = (col / 8 + 1) * 8;
                        scanned += 8;
                    } else {
                        col = scanned = 0;
                    }
                }
                boolean blank = k >= text.length() || text.charAt(k) == '#' || text.charAt(k) == '\n' || text.charAt(k) == '\r';
                if (!blank && col > MAX_INDENT_COLUMNS) {
                    throw new IllegalArgumentException("indented " + col + " columns at " + line + ":" + (k - lineStart + 1) + ", more than the "
                            + MAX_INDENT_COLUMNS + " the Python parser reads (indent blocks by 4 spaces, or move deep code into functions)");
                }
                if (!blank) indent(indents, col, line, k - lineStart + 1);
                if (!blank && scanned != col) { // a tab after spaces (" \t\t"): rewritten so that the scanner counts Python's column
                    if (blanked == null) blanked = new StringBuilder(text.length());
                    blanked.append(text, copied, i).append(pythonColumn(k - i, col));
                    copied = k;
                }
                i = k - 1;
                continue;
            }
            boolean inWord = Character.isLetterOrDigit(c) || c == '_' || c > 0x7f;
            if (inWord ? !word : c != ' ' && c != '\t' && c != '\f' && c != '\\') {
                if (++tokens > MAX_TOKENS) throw tooMany(line);
            }
            word = inWord;
            switch (c) {
                case '#' -> {
                    if (blanked == null) blanked = new StringBuilder(text.length());
                    blanked.append(text, copied, i);
                    for (; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
                        char d = text.charAt(i);
                        blanked.append("   ", 0, d < 0x80 ? 1 : d < 0x800 || Character.isSurrogate(d) ? 2 : 3); // its UTF-8 bytes
                    }
                    copied = i--;
                }
                case '"', '\'' -> {
                    quote = c;
                    triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    if (triple) i += 2;
                }
                case '(', '[', '{' -> {
                    open.append(c);
                    if (open.length() > MAX_BRACKETS) throw error(line, i - lineStart + 1, "too many nested parentheses (CPython allows " + MAX_BRACKETS + ")");
                }
                case ')', ']', '}' -> {
                    if (open.isEmpty()) throw error(line, i - lineStart + 1, "unmatched '" + c + "'");
                    char o = open.charAt(open.length() - 1);
                    if (o != PAIRS.charAt(PAIRS.indexOf(c) - 1)) {
                        throw error(line, i - lineStart + 1, "closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'");
                    }
                    open.setLength(open.length() - 1);
                }
                case '\uFEFF' -> throw error(line, i - lineStart + 1, "a byte order mark inside the file (invalid non-printable character U+FEFF)");
                default -> { }
            }
        }
        return new Checked(blanked == null ? text : blanked.append(text, copied, text.length()).toString(), tokens);
    }

    /** Python's blocks by their columns, tabs to multiples of 8 (Python 2 runs tabs and spaces mixed; Python 3 may refuse them, TabError). */
    private static void indent(Deque<Integer> stack, int col, int line, int column) {
        if (col > stack.peek()) {
            if (stack.size() > MAX_INDENTS) throw error(line, column, "too many levels of indentation (CPython allows " + MAX_INDENTS + ")");
            stack.push(col);
        } else {
            while (stack.size() > 1 && col < stack.peek()) stack.pop();
        }
    }

    /**
     * Indentation of {@code length} characters that tree-sitter's scanner, which counts a tab as 8 columns wherever it
     * stands, reads as Python's column {@code col}: line feeds first (blank lines to the scanner, which starts its count
     * again after each; a form feed, which Python and the scanner both reset on, fails the grammar), then tabs and spaces.
     * It fits, since each character of the original moved Python's column by at most what a tab or a space here does.
     * The byte length stays, and places come from the original text by byte offset, so every place stays right.
     */
    private static String pythonColumn(int length, int col) {
        return "\n".repeat(length - col / 8 - col % 8) + "\t".repeat(col / 8) + " ".repeat(col % 8);
    }

    private static IllegalArgumentException tooMany(int line) {
        return new IllegalArgumentException("too large to parse: over " + String.format(java.util.Locale.ROOT, "%,d", MAX_TOKENS) + " tokens by line " + line
                + " (a generated file? keep generated code and data out of the linted sources)");
    }

    private static IllegalArgumentException error(int line, int column, String why) {
        return new IllegalArgumentException("not valid Python at " + line + ":" + column + " (" + why + ")");
    }
}
