package dev.lossadvisor.engine.python.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.python.eval.Value.Literal;
import dev.lossadvisor.engine.python.eval.Value.TextFile;
import dev.lossadvisor.engine.python.syntax.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Config files a script reads itself: {@code open("config.yaml")} (or a default CLI path) is the project's file, and
 * {@code yaml.safe_load(f)}, {@code yaml.load(f, Loader=...)}, {@code json.load(f)}, {@code json.loads(f.read())},
 * {@code OmegaConf.load(f)} give its content as dicts, lists and literals. A file not in the project's tree is not known.
 */
final class ConfigFiles implements Library {
    private static final long MAX_BYTES = 256 << 10;
    private static final int MAX_DEPTH = 32;

    /**
     * The tree mapper, made on first use (a JSON config read): an ObjectMapper's class initialisation (its date format's
     * calendar and locale data) cost every lint of a Python file about 3 % of its samples on the analysing thread.
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    @Override
    public Value call(String name, Args args, Node call) {
        return switch (name) {
            case "open", "io.open" -> opened(args);
            case "yaml.safe_load", "yaml.load", "yaml.full_load", "yaml.unsafe_load" -> args.value(0, "stream") instanceof TextFile f ? yaml(f.path()) : null;
            case "json.load", "json.loads" -> args.value(0, null) instanceof TextFile f ? json(f.path()) : null;
            default -> name.endsWith("OmegaConf.load") && args.value(0, "file_") instanceof TextFile f ? yaml(f.path()) : null;
        };
    }

    @Override
    public Value method(Value receiver, String method, Args args, Node call) {
        return receiver instanceof TextFile && method.equals("read") && args.isEmpty() ? receiver : null; // json.loads(f.read())
    }

    /** open(path) or open(path, "r"): the project file read; one opened for writing, or not found, is not known. */
    private static Value opened(Args args) {
        if (!(args.value(0, "file") instanceof Literal l && l.value() instanceof String path)) return Value.UNKNOWN;
        Node mode = args.node(1, "mode");
        if (mode != null && !(args.evaluator().eval(mode, args.context()) instanceof Literal m && m.value() instanceof String s && s.startsWith("r") && !s.contains("+"))) {
            return Value.UNKNOWN;
        }
        Path found = ConfigLibrary.located(args.context().scope().file(), path, null);
        return found == null ? Value.UNKNOWN : new TextFile(found);
    }

    private static Value yaml(Path file) {
        Value v = YamlConfig.read(file);
        return v == null ? Value.UNKNOWN : v;
    }

    static Value json(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Value.UNKNOWN;
            return value(Mapper.JSON.readTree(file.toFile()), 0);
        } catch (IOException | RuntimeException e) {
            return Value.UNKNOWN;
        }
    }

    /** A JSON value as Python's json module gives it: objects as dicts, arrays as lists, numbers as floats. */
    private static Value value(JsonNode n, int depth) {
        if (n == null || depth > MAX_DEPTH) return Value.UNKNOWN;
        if (n.isObject()) {
            Map<String, Value> entries = new LinkedHashMap<>();
            n.properties().forEach(e -> entries.put(e.getKey(), value(e.getValue(), depth + 1)));
            return new Value.Dict(entries);
        }
        if (n.isArray()) {
            List<Value> items = new ArrayList<>();
            n.forEach(i -> items.add(value(i, depth + 1)));
            return new Value.Items(items);
        }
        if (n.isNumber()) return new Literal(n.doubleValue());
        if (n.isTextual()) return new Literal(n.textValue());
        if (n.isBoolean()) return new Literal(n.booleanValue());
        return n.isNull() ? new Literal(null) : Value.UNKNOWN;
    }
}
