package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.input.Names;
import dev.lossadvisor.engine.input.DescriptionReader;
import dev.lossadvisor.engine.python.PythonSources;
import dev.lossadvisor.engine.scripts.Notebook;
import dev.lossadvisor.engine.scripts.Scripts;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.FileContents;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way in for model files: detects the format from the content, never the name, and returns one
 * description per output head. Loss Advisor JSON, .keras archives, Keras HDF5 (also under a .keras name),
 * Keras and TF.js model JSON in every variant, and TF SavedModel directories.
 */
public final class ModelReader {
    /** How far a stream is read ahead to tell JSON documents apart, then rewound. */
    private static final int PEEK_BYTES = 64 * 1024;
    /** Largest upload spooled to disk for a zip or HDF5 reader, which need random access. */
    private static final long MAX_SPOOL_BYTES = 1L << 30;
    /** Top-level keys that only a Loss Advisor description has. */
    static final Set<String> DESCRIPTION_KEYS = Set.of("framework", "output", "loss", "labels", "samples", "task", "suppress");
    /** Keys both kinds may start with, and TF.js's own: they decide nothing alone. */
    static final Set<String> NEUTRAL_KEYS = Set.of("name", "description", "$schema", "module", "format", "generatedBy",
            "convertedBy", "weightsManifest");
    /** Top-level keys of a Jupyter notebook (nbformat 4 starts with cells, 3 with metadata then nbformat). */
    private static final Set<String> NOTEBOOK_KEYS = Set.of("cells", "worksheets", "nbformat", "nbformat_minor");

    private final DescriptionReader descriptions;

    public ModelReader(DescriptionReader descriptions) {
        this.descriptions = descriptions;
    }

    /** True for a directory that is one model (a TF SavedModel), not a folder to search. */
    public static boolean isModelDirectory(Path dir) {
        return SavedModel.isSavedModel(dir);
    }

    /**
     * For a file met in a directory search that failed to read: what it looks like when it carries no model's marks
     * (a template, YAML, JSON of another kind), so that it is skipped and not counted unreadable; null for a model
     * candidate, whose failure stands.
     */
    public static String lookalike(Path file) {
        return Scripts.isScript(file) ? null : Candidates.lookalike(file);
    }

    /**
     * Reads a model file, or a SavedModel directory (also when given its saved_model.pb or keras_metadata.pb). A .py
     * file is read with the project around it (the .py files under its folder) and gives one description per flow
     * from a model into a loss, none when it has no such flow.
     */
    public List<ModelDescription> read(Path path) {
        try {
            if (Scripts.isScript(path) && Files.isRegularFile(path)) return pythonFile(path);
            if (Files.isDirectory(path)) {
                if (SavedModel.isSavedModel(path)) return SavedModel.read(path);
                throw new InputException("", "is a directory without saved_model.pb", "name a model file, or lint the directory to search it");
            }
            Path parent = path.toAbsolutePath().getParent();
            String name = path.getFileName().toString();
            if ((name.equals(SavedModel.GRAPH) || name.equals(SavedModel.METADATA)) && parent != null && SavedModel.isSavedModel(parent)) {
                return SavedModel.read(parent);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return detect(in, path, "lint Keras model files (.keras, .h5, model.json), SavedModel directories or Loss Advisor JSON");
            }
        } catch (NoSuchFileException e) {
            throw new InputException("", "no such file", "check the path");
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("", "cannot read: " + e.getMessage(), "check the file and its permissions");
        }
    }

    private static List<ModelDescription> pythonFile(Path path) {
        PythonSources.Outcome o = Scripts.analyseNamed(List.of(path)).get(0);
        if (o.problem() != null) throw refused(o.problem(), o.problem(), "fix the file");
        return o.descriptions();
    }

    /** Reads a model from a stream (an upload, a request body), detecting its format from the first bytes. */
    public List<ModelDescription> read(InputStream stream) {
        try {
            return detect(stream, null, "upload a Keras model (.keras, .h5, model.json) or Loss Advisor JSON");
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            throw InputException.malformed("", "the input could not be read to its end: " + why, "send the file again");
        }
    }

    /**
     * Tells the format from the first bytes. Zip and HDF5 readers need random access: they read the file, or a
     * temporary copy of a stream; JSON is read from the stream.
     *
     * @param file the file the stream reads, or null
     */
    private List<ModelDescription> detect(InputStream stream, Path file, String hint) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, PEEK_BYTES);
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(Sniff.HEAD_BYTES);
        in.reset();
        if (head.length == 0) throw empty();
        return switch (Sniff.of(head)) {
            case ZIP -> file != null ? archive(file) : spooled(in);
            case HDF5 -> file != null ? Hdf5Model.read(file) : spooled(in);
            case JSON -> json(in);
            case OTHER -> {
                if (file == null && PythonText.looksLikePython(head)) yield python(Path.of("upload.py"), Limited.of(in, PythonText.MAX_BYTES, () -> PythonText.tooLarge("the Python file")).readAllBytes());
                throw InputException.notAModel("looks like " + Sniff.lookalike(head), hint);
            }
        };
    }

    /** A zip is a .keras archive (config.json inside) or a zipped Python project (.py files and no config.json). */
    private static List<ModelDescription> archive(Path file) throws IOException {
        Map<Path, byte[]> sources = PythonText.projectZip(file);
        return sources.isEmpty() ? KerasArchive.read(file) : python(sources);
    }

    /** A Python source refused: for its size (a 413 on the web), or as malformed. */
    private static InputException refused(String problem, String shown, String hint) {
        return PythonSources.tooLarge(problem) ? InputException.tooLarge("", shown, "keep generated code and data out of the linted sources")
                : InputException.malformed("", shown, hint);
    }

    /** One pasted or uploaded Python file. */
    private static List<ModelDescription> python(Path name, byte[] bytes) {
        return python(Map.of(name, bytes));
    }

    /** Python sources: every flow of every file; the first file that cannot be read stops the read, naming the file. */
    private static List<ModelDescription> python(Map<Path, byte[]> sources) {
        List<ModelDescription> all = new java.util.ArrayList<>();
        for (PythonSources.Outcome o : Scripts.analyse(sources)) {
            if (o.problem() != null) throw refused(o.problem(), o.file() + ": " + o.problem(), "fix the file, or leave it out of the upload");
            all.addAll(o.descriptions());
        }
        return all;
    }

    /** The stream goes to a temporary file first, deleted after. */
    private List<ModelDescription> spooled(InputStream in) throws IOException {
        Path tmp = Files.createTempFile("loss-advisor-", ".model");
        try {
            Files.copy(Limited.of(in, MAX_SPOOL_BYTES, "an uploaded model"), tmp, StandardCopyOption.REPLACE_EXISTING);
            return read(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private enum JsonKind { DESCRIPTION, KERAS, NOTEBOOK, STRING, OTHER }

    private List<ModelDescription> json(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        String[] firstKey = new String[1];
        JsonKind kind = kind(in, firstKey);
        in.reset();
        return switch (kind) {
            case DESCRIPTION -> List.of(descriptions.read(in));
            case NOTEBOOK -> python(Path.of("upload.ipynb"), Limited.of(in, Scripts.MAX_NOTEBOOK_BYTES, "an uploaded notebook").readAllBytes());
            case KERAS -> KerasModels.describe(Json.read(in, ""), FileContents.FORMAT_KERAS_JSON);
            case STRING -> {
                // json.dump(model.to_json()) writes the model JSON as one string, which describe parses
                JsonNode string = Json.read(in, "");
                if (!string.asText().stripLeading().startsWith("{")) throw InputException.notAModel("a JSON string, not a model", "lint Keras model JSON or Loss Advisor JSON");
                yield KerasModels.describe(string, FileContents.FORMAT_KERAS_JSON);
            }
            case OTHER -> throw InputException.notAModel(firstKey[0] == null ? "JSON that is not an object" : "JSON of another kind (its key '"
                    + firstKey[0] + "' belongs to no model format)", "lint Keras model JSON or Loss Advisor JSON");
        };
    }

    /** Tells the JSON documents apart by their top-level keys, reading at most {@link #PEEK_BYTES}. */
    private static JsonKind kind(InputStream in, String[] firstKey) throws IOException {
        JsonParser p = Json.FACTORY.createParser(window(in));
        try (p) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) return JsonKind.STRING;
            if (t != JsonToken.START_OBJECT) return t == null ? JsonKind.DESCRIPTION : JsonKind.OTHER;
            boolean metadata = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (NOTEBOOK_KEYS.contains(key)) return JsonKind.NOTEBOOK;
                if (key.equals("metadata")) {
                    metadata = true; // a notebook's, or another document's: the next keys tell
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                if (KerasModels.KEYS.contains(key) && !NEUTRAL_KEYS.contains(key)) return JsonKind.KERAS;
                // a description with a misspelt field is still a description: its reader says "did you mean"
                if (DESCRIPTION_KEYS.stream().anyMatch(k -> k.equals(key) || Names.typoOf(key, k))) return JsonKind.DESCRIPTION;
                if (!NEUTRAL_KEYS.contains(key) && !key.equals("config")) {
                    firstKey[0] = key;
                    return JsonKind.OTHER;
                }
                p.nextToken();
                p.skipChildren();
            }
            if (metadata) firstKey[0] = "metadata";
            return metadata ? JsonKind.OTHER : JsonKind.DESCRIPTION;
        } catch (JsonProcessingException e) {
            return JsonKind.DESCRIPTION; // past the window, or broken: the description reader reports where
        }
    }

    /** A window of the stream that ends within the mark, and that the parser's close leaves open for the rewind. */
    private static InputStream window(InputStream in) {
        return new FilterInputStream(in) {
            private int left = PEEK_BYTES - 1;

            @Override
            public int read() throws IOException {
                if (left == 0) return -1;
                left--;
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) return -1;
                int n = super.read(b, off, Math.min(len, left));
                if (n > 0) left -= n;
                return n;
            }

            @Override
            public void close() {
                // the caller rewinds and reads the stream again
            }
        };
    }

    /** An empty file is a broken one (a failed save, a placeholder), not a file of another kind. */
    private static InputException empty() {
        return InputException.malformed("", "empty input", "a model file is a Keras model (.keras, .h5, model.json) or a Loss Advisor JSON description");
    }
}
