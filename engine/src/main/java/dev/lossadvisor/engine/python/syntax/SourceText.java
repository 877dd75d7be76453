package dev.lossadvisor.engine.python.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A source file's text and its UTF-8 bytes: the one place where tree-sitter's byte offsets become lines, character
 * columns and strings. Lines end at \n, \r\n or a lone \r, as CPython counts them.
 */
public final class SourceText {
    private final String file;
    private final String text;
    private final byte[] utf8;
    /** Byte offset where each line starts. */
    private final int[] lineStarts;

    public SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        this.utf8 = text.getBytes(StandardCharsets.UTF_8);
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < utf8.length; i++) {
            boolean end = utf8[i] == '\n' || utf8[i] == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n');
            if (!end) continue;
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    public int bytes() {
        return utf8.length;
    }

    /** The text of bytes [start, end). */
    public String slice(int start, int end) {
        int s = Math.max(0, Math.min(start, utf8.length));
        return new String(utf8, s, Math.max(0, Math.min(end, utf8.length) - s), StandardCharsets.UTF_8);
    }

    /**
     * Whether the text of bytes [start, end) starts with {@code prefix}, as {@code slice(start, end).startsWith(prefix)}
     * says, without decoding the slice (a decorated definition's whole text, to read its first decorator).
     */
    public boolean startsWith(String prefix, int start, int end) {
        int s = Math.max(0, Math.min(start, utf8.length));
        int e = Math.max(s, Math.min(end, utf8.length));
        for (int k = 0; k < prefix.length(); k++) if (prefix.charAt(k) >= 0x80) return slice(start, end).startsWith(prefix);
        return e - s >= prefix.length() && matches(prefix, s); // an ASCII byte is its own character in UTF-8
    }

    /**
     * Whether bytes [start, end) hold {@code token} (ASCII) where the tokenizer would read it as a whole keyword or
     * operator: for a token that starts with a letter, not inside a longer name (a digit may come before it: 1for).
     */
    public boolean holds(String token, int start, int end) {
        boolean word = Character.isLetter(token.charAt(0));
        int last = Math.min(end, utf8.length) - token.length();
        for (int i = Math.max(0, start); i <= last; i++) {
            if (!matches(token, i)) continue;
            if (!word) return true;
            boolean before = i > 0 && nameByte(utf8[i - 1]) && !(utf8[i - 1] >= '0' && utf8[i - 1] <= '9');
            boolean after = i + token.length() < utf8.length && nameByte(utf8[i + token.length()]);
            if (!before && !after) return true;
        }
        return false;
    }

    private boolean matches(String token, int at) {
        for (int k = 0; k < token.length(); k++) if (utf8[at + k] != token.charAt(k)) return false;
        return true;
    }

    /** A byte of a name: an ASCII letter, digit or underscore, or any byte of a non-ASCII character. */
    private static boolean nameByte(byte b) {
        return b < 0 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_';
    }

    /** The 1-based line and character column of a byte offset. */
    public SourcePlace place(int offset) {
        int b = Math.max(0, Math.min(offset, utf8.length));
        int line = Arrays.binarySearch(lineStarts, b);
        if (line < 0) line = -line - 2;
        int start = lineStarts[line];
        int column = 1;
        for (int i = start; i < b; i++) if ((utf8[i] & 0xC0) != 0x80) column += (utf8[i] & 0xF8) == 0xF0 ? 2 : 1; // UTF-16 units
        return new SourcePlace(file, line + 1, column);
    }

    /** The text of a 1-based line, without its end, or null. */
    public String line(int number) {
        if (number < 1 || number > lineStarts.length) return null;
        int start = lineStarts[number - 1];
        int end = number < lineStarts.length ? lineStarts[number] : utf8.length;
        while (end > start && (utf8[end - 1] == '\n' || utf8[end - 1] == '\r')) end--;
        return slice(start, end);
    }

    /** The byte offset of a character index. */
    public int byteOffset(int charIndex) {
        int bytes = 0;
        for (int i = 0; i < charIndex && i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
        }
        return bytes;
    }
}
