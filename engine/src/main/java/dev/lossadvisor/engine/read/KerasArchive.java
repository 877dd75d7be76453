package dev.lossadvisor.engine.read;

import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.FileContents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a .keras archive (the zip model.save("m.keras") writes) through its config.json alone, found through the
 * central directory: the weights entry is never inflated, and config.json is read only as far as its real
 * inflated size stays under the limit, whatever its header claims.
 */
final class KerasArchive {
    private KerasArchive() {}

    static List<ModelDescription> read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("config.json");
            if (entry == null) {
                throw InputException.notAModel("a zip archive with no config.json, so not a .keras model",
                        "save the model with model.save('model.keras')");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return KerasModels.describe(Json.read(in, "/config.json"), FileContents.FORMAT_KERAS_ARCHIVE);
            }
        } catch (ZipException e) {
            throw InputException.malformed("", "damaged zip archive: " + e.getMessage(), "a .keras file is the zip written by model.save('model.keras')");
        }
    }
}
