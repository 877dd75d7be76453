package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.FileContents;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Keras HDF5 model (model.save("m.h5"), also found under a .keras name) from its root attributes alone:
 * model_config and training_config are JSON strings there. The weights are never touched, so a file of
 * gigabytes costs what its attributes cost.
 */
final class Hdf5Model {
    /** Root groups and attributes that only Keras weight files have. */
    private static final Set<String> WEIGHT_MARKERS = Set.of("layer_names", "model_weights", "layers", "vars", "_layer_checkpoint_dependencies");

    private Hdf5Model() {}

    static List<ModelDescription> read(Path file) {
        try (HdfFile hdf = new HdfFile(file)) {
            Map<String, Attribute> attributes = hdf.getAttributes();
            String model = text(attributes.get("model_config"), "model_config");
            if (model == null) {
                boolean weights = attributes.keySet().stream().anyMatch(WEIGHT_MARKERS::contains)
                        || hdf.getChildren().keySet().stream().anyMatch(WEIGHT_MARKERS::contains);
                if (!weights) throw InputException.notAModel("HDF5 data without a Keras model (no model_config attribute)", "lint the model file or the training script instead");
                return List.of(KerasModels.withoutArchitecture(file.getFileName().toString(), FileContents.FORMAT_KERAS_H5));
            }
            ObjectNode doc = JsonNodeFactory.instance.objectNode();
            doc.set("model_config", Json.parse(model, "/model_config"));
            String training = text(attributes.get("training_config"), "training_config");
            if (training != null) doc.set("training_config", Json.parse(training, "/training_config"));
            return KerasModels.describe(doc, FileContents.FORMAT_KERAS_H5);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // jhdf reports damage with its own unchecked exceptions, whatever the part of the file
            throw InputException.malformed("", "unreadable HDF5 file: " + oneLine(e), "the file is damaged or truncated; save the model again");
        }
    }

    /** A root attribute as text, refusing values no Keras config reaches before they are read. */
    private static String text(Attribute a, String name) {
        if (a == null) return null;
        if (a.getSize() != 1 && !a.isScalar()) throw InputException.malformed("/" + name, "attribute is not a single string", "save the model again");
        Object data = a.getData();
        if (data instanceof String[] arr && arr.length == 1) data = arr[0];
        if (!(data instanceof String s)) throw InputException.malformed("/" + name, "attribute is not a string", "save the model again");
        if (s.length() > Json.MAX_BYTES) throw InputException.malformed("/" + name, "attribute larger than " + (Json.MAX_BYTES >> 20) + " MB", "save the model again");
        return s;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
