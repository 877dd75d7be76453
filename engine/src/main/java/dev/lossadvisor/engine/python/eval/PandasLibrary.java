package dev.lossadvisor.engine.python.eval;

import dev.lossadvisor.engine.python.eval.Value.Frame;
import dev.lossadvisor.engine.python.eval.Value.Labels;
import dev.lossadvisor.engine.python.eval.Value.Lib;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.syntax.Node;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * pandas and scikit-learn's label encoders, as far as they show what labels are: a table read from data, whose
 * label column ({@code df["label"]}, {@code df.label}) holds class indices, and the encodings that make class indices
 * ({@code LabelEncoder().fit_transform}, {@code .astype("category").cat.codes}, {@code pd.factorize}) or one-hot rows
 * ({@code pd.get_dummies}, {@code OneHotEncoder}, {@code LabelBinarizer}) or multi-hot rows ({@code MultiLabelBinarizer}) of any column. Another column ({@code df["price"]})
 * is a column of unknown kind.
 */
final class PandasLibrary implements Library {
    /** Table methods that give a table of the same columns. */
    private static final Set<String> ROWS = Set.of("dropna", "fillna", "reset_index", "sample", "copy", "drop_duplicates", "query", "sort_values",
            "head", "tail", "drop", "rename", "astype", "set_index", "merge", "join", "assign", "sort_index");
    /** Column methods that keep its values as they are. */
    private static final Set<String> KEEPS = Set.of("to_numpy", "tolist", "to_list", "copy", "dropna", "reset_index", "squeeze");
    private static final Set<String> LABEL_COLUMNS = Set.of("class", "class_id", "classes", "category", "species");

    @Override
    public Value call(String name, Args args, Node call) {
        if (name.startsWith("sklearn.preprocessing.") && encoding(name) != null) return new Lib(name); // the encoder object, known by its class
        if (!name.startsWith("pandas.")) return null;
        return switch (name.substring("pandas.".length())) {
            case "read_csv", "read_table", "read_parquet", "read_json", "read_excel", "read_feather", "read_pickle", "DataFrame", "concat" -> new Frame();
            // of one column, one positive per row; of a table, one per column (several per row): not one-hot labels
            case "get_dummies" -> args.value(0, "data") instanceof Frame ? Value.UNKNOWN : new Labels("one_hot", 0, call.place());
            case "factorize" -> new Value.Items(List.of(new Labels("index", 0, call.place()), Value.UNKNOWN));
            default -> Value.UNKNOWN;
        };
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        if (receiver instanceof Frame) return ROWS.contains(method) ? receiver : Value.UNKNOWN;
        if (receiver instanceof Lib l && encoding(l.name()) != null && (method.equals("fit_transform") || method.equals("transform"))) {
            return new Labels(encoding(l.name()), 0, call.place());
        }
        if (!(receiver instanceof Labels l) || !Set.of("column", "label_column", "index", "one_hot").contains(l.kind())) return null;
        if (method.equals("astype") && args.value(0, "dtype") instanceof Literal t && "category".equals(t.value())) return new Labels("category", 0, l.place());
        return KEEPS.contains(method) || method.equals("astype") ? receiver : null;
    }

    /** df["label"], df.label, df.values; s.values; s.astype("category").cat.codes. Null when pandas has no say. */
    static Value attribute(Value o, String attr, Node at) {
        if (o instanceof Frame) return attr.equals("loc") || attr.equals("iloc") ? o : attr.equals("values") ? Value.UNKNOWN : column(attr, at);
        if (!(o instanceof Labels l)) return null;
        if (attr.equals("values")) return l;
        if (l.kind().equals("category") && attr.equals("cat")) return new Labels("categories", 0, l.place());
        if (l.kind().equals("categories") && attr.equals("codes")) return new Labels("index", 0, at.place());
        return null;
    }

    /**
     * A column of a table by its name: "label_column" when the name says it holds the labels (class indices for a
     * model that outputs a distribution; the flow decides), else a column of unknown kind.
     */
    static Value column(String name, Node at) {
        String n = name.toLowerCase(Locale.ROOT);
        return new Labels(n.contains("label") || LABEL_COLUMNS.contains(n) ? "label_column" : "column", 0, at.place());
    }

    /** What an encoder class makes of a column: class indices, one-hot or multi-hot rows; null for another class. */
    private static String encoding(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return switch (last) {
            case "LabelEncoder", "OrdinalEncoder" -> "index";
            case "OneHotEncoder", "LabelBinarizer" -> "one_hot";
            case "MultiLabelBinarizer" -> "multi_hot"; // a row per example with a 1 for each of its labels
            default -> null;
        };
    }
}
