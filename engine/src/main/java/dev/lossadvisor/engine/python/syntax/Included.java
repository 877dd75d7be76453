package dev.lossadvisor.engine.python.syntax;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSPoint;
import org.treesitter.TSRange;

/**
 * The spans of a text the parser reads: all of it but long runs of blank lines, which a big file parsed around its loss
 * calls is mostly made of (its other statements blanked to spaces). The parser skips an excluded span instead of
 * scanning it (blank text still costs about 50 ns a byte); blank lines mean nothing to Python's grammar, and every
 * span starts and ends at a line start, so the indentation the scanner sees and every byte offset stay as they are.
 */
final class Included {
    /** Shorter runs of blank lines are read: a span more costs more than a few blank lines. */
    private static final int MIN_SKIPPED_BYTES = 512;

    private Included() {}

    /** The spans to parse, or an empty array for the whole text (no run worth skipping). */
    static TSRange[] ranges(String text) {
        List<TSRange> ranges = new ArrayList<>();
        int bytes = 0; // UTF-8 offset of i
        int row = 0;
        int from = 0; // the span being read starts here (bytes, at row fromRow)
        int fromRow = 0;
        int blankFrom = -1; // the run of blank lines since this line start (bytes, at row blankRow), or -1
        int blankRow = 0;
        boolean blank = true; // the current line holds only spaces so far
        int lineStart = 0;
        int lastLine = 0; // the start of the line before lineStart
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (blank && blankFrom < 0) {
                    blankFrom = lineStart;
                    blankRow = row;
                } else if (!blank) {
                    blankFrom = -1;
                }
                bytes++;
                row++;
                lastLine = lineStart;
                lineStart = bytes;
                blank = true;
                continue;
            }
            if (blank && c != ' ' && c != '\r') {
                blank = false;
                if (blankFrom >= 0 && lineStart - blankFrom >= MIN_SKIPPED_BYTES) {
                    if (blankFrom > from) ranges.add(new TSRange(new TSPoint(fromRow, 0), new TSPoint(blankRow, 0), from, blankFrom));
                    from = lineStart;
                    fromRow = row;
                }
                blankFrom = -1;
            }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
        }
        if (blank && blankFrom >= 0 && lineStart - blankFrom >= MIN_SKIPPED_BYTES) {
            // a blank tail: its last line only, so that the module ends where the text does, as in a parse of all of it
            if (blankFrom > from) ranges.add(new TSRange(new TSPoint(fromRow, 0), new TSPoint(blankRow, 0), from, blankFrom));
            boolean ended = lineStart == bytes;
            from = ended ? lastLine : lineStart;
            fromRow = ended ? row - 1 : row;
        }
        if (from == 0) return new TSRange[0];
        ranges.add(new TSRange(new TSPoint(fromRow, 0), new TSPoint(row, bytes - lineStart), from, bytes));
        return ranges.toArray(new TSRange[0]);
    }
}
