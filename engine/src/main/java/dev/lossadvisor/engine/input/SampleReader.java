package dev.lossadvisor.engine.input;

import dev.lossadvisor.engine.samples.SampleMatrix;
import static dev.lossadvisor.engine.input.JsonInput.abbreviate;
import static dev.lossadvisor.engine.input.JsonInput.parse;
import static dev.lossadvisor.engine.input.JsonInput.tokenName;
import static dev.lossadvisor.engine.input.JsonInput.unknownField;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lossadvisor.engine.inspect.LabelInspector;
import dev.lossadvisor.engine.inspect.OutputInspector;
import dev.lossadvisor.engine.samples.ValueSink;
import dev.lossadvisor.facts.OutputStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads sample outputs and labels: streamed value by value into primitive storage and the inspectors, so ten
 * million outputs never become ten million JSON nodes; and labels pasted as plain text.
 */
public final class SampleReader {
    /** Most sample values (outputs plus labels) one description may carry. */
    public static final long MAX_SAMPLE_VALUES = 20_000_000L;
    private static final Set<String> SAMPLE_FIELDS = Set.of("outputs", "labels");

    private SampleReader() {}

    /**
     * Reads pasted sample labels: a JSON array ([0, 1, 1] or [[0, 1], [1, 0]]), or plain numbers separated by
     * commas or blanks, one row per line (a single line is one label per value).
     *
     * @param path JSON pointer of the field the text came from, for error messages
     */
    public static SampleMatrix readLabels(String text, String path) {
        String t = text.strip();
        if (t.startsWith("[")) return parse(t, p -> {
            p.nextToken();
            SampleMatrix m = matrix(p, path, ValueSink.NONE, false, MAX_SAMPLE_VALUES);
            if (p.nextToken() != null) throw InputException.malformed(path, "unexpected content after the array", "paste one JSON array");
            return m;
        });
        List<String> lines = t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) throw new InputException(path, "empty", "paste labels such as 0 1 1 0, or leave the field empty");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split("[\\s,;]+");
            if (lines.size() == 1) {
                for (String c : cells) rows.add(new double[] {label(c, path + "/" + rows.size())});
                continue;
            }
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) row[c] = label(cells[c], path + "/" + rows.size() + "/" + c);
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new InputException(path + "/" + rows.size(), "ragged rows: this row has " + row.length + " values, row 0 has "
                        + rows.get(0).length, "every row must have the same number of values");
            }
            rows.add(row);
        }
        return SampleMatrix.of(rows.toArray(double[][]::new));
    }

    static double label(String cell, String path) {
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below with the cell's position
        }
        throw new InputException(path, "not a finite number: '" + abbreviate(cell) + "'", "labels are numbers such as 0, 1 or 0.7");
    }

    static Samples samples(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InputException("/samples", "must be an object, got " + tokenName(p), "write {\"outputs\": [[...]], \"labels\": [[...]]}");
        }
        SampleMatrix outputs = null;
        OutputStats outputStats = null;
        SampleMatrix labels = null;
        LabelInspector labelInspector = null;
        long budget = MAX_SAMPLE_VALUES;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/samples/" + field;
            switch (field) {
                case "outputs" -> {
                    OutputInspector inspector = new OutputInspector();
                    outputs = matrix(p, path, inspector, true, budget);
                    outputStats = inspector.stats();
                    budget -= outputs.size();
                }
                case "labels" -> {
                    labelInspector = new LabelInspector();
                    labels = matrix(p, path, labelInspector, false, budget);
                    budget -= labels.size();
                }
                default -> throw unknownField(path, field, SAMPLE_FIELDS);
            }
        }
        return new Samples(outputs, outputStats, labels, labels == null ? null : labelInspector.stats(labels));
    }

    /** Streams an array of rows (arrays of numbers, or bare numbers as rows of one) into storage and a sink. */
    static SampleMatrix matrix(JsonParser p, String path, ValueSink sink, boolean allowNonFinite, long budget) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InputException(path, "must be an array of rows, got " + tokenName(p), "write [[0.1, 0.9], [0.8, 0.2]] or [0.3, 0.7]");
        }
        SampleMatrix m = new SampleMatrix();
        int width = -1;
        int row = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), row++) {
            int rowWidth;
            if (t == JsonToken.START_ARRAY) {
                rowWidth = 0;
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken(), rowWidth++) {
                    value(p, path + "/" + row + "/" + rowWidth, m, sink, allowNonFinite);
                }
                if (rowWidth == 0) throw new InputException(path + "/" + row, "empty row", "every row needs at least one value");
            } else {
                value(p, path + "/" + row, m, sink, allowNonFinite);
                rowWidth = 1;
            }
            if (width < 0) width = rowWidth;
            if (rowWidth != width) {
                throw new InputException(path + "/" + row, "ragged rows: this row has " + rowWidth + " values, row 0 has " + width,
                        "every row must have the same number of values");
            }
            if (m.size() > budget) {
                throw new InputException(path + "/" + row, "more than " + MAX_SAMPLE_VALUES + " sample values",
                        "a representative subset of a few thousand rows is enough");
            }
            m.endRow(rowWidth);
            sink.endRow();
        }
        if (row == 0) throw new InputException(path, "empty", "give at least one row, or leave the field out");
        return m;
    }

    static void value(JsonParser p, String path, SampleMatrix m, ValueSink sink, boolean allowNonFinite) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new InputException(path, "must be a number, got " + tokenName(p),
                    t == JsonToken.START_ARRAY ? "rows hold numbers, not nested arrays" : "write the value as a JSON number");
        }
        double v = p.getDoubleValue();
        if (!allowNonFinite && !Double.isFinite(v)) {
            throw new InputException(path, "label is " + v, "labels must be finite numbers; drop or fix this row");
        }
        m.add(v);
        sink.accept(v);
    }
}
