package dev.lossadvisor.facts;

import java.util.Objects;

/**
 * What a model file holds, so that rules can say what could not be checked instead of staying silent.
 * A hand-written description holds everything.
 *
 * @param architecture false for a weights-only file (save_weights): no layers, no loss
 * @param loss         false when no loss was recorded (a model saved before compile, a to_json() export)
 * @param unknownHead  the layer or model class the output comes from when it is not one Loss Advisor reads
 *                     (a custom layer, a subclassed model), else null
 * @param format       where the description came from: one of the format names below
 * @param lossNote     what the file shows instead of a loss for this output when it shows something (a null loss with
 *                     loss weight 0, a loss dict without this output), else null
 */
public record FileContents(boolean architecture, boolean loss, String unknownHead, String format, String lossNote) {

    public FileContents(boolean architecture, boolean loss, String unknownHead, String format) {
        this(architecture, loss, unknownHead, format, null);
    }

    /** Loss Advisor's own JSON description. */
    public static final String FORMAT_DESCRIPTION = "description";
    /** A .keras zip archive. */
    public static final String FORMAT_KERAS_ARCHIVE = "keras-archive";
    /** Keras HDF5 (model.save("m.h5") or save_weights), whatever the file is called. */
    public static final String FORMAT_KERAS_H5 = "keras-h5";
    /** model.to_json() output, of any Keras version. */
    public static final String FORMAT_KERAS_JSON = "keras-json";
    /** A TF.js layers-model model.json. */
    public static final String FORMAT_TFJS = "tfjs";
    /** A TF SavedModel directory. */
    public static final String FORMAT_SAVED_MODEL = "saved-model";
    /** Python training code: a model's output followed into a loss, across the files of a project. */
    public static final String FORMAT_PYTHON = "python";

    public static final FileContents DESCRIPTION = new FileContents(true, true, null, FORMAT_DESCRIPTION);

    // written out (see package-info)
    @Override
    public boolean equals(Object o) {
        return o instanceof FileContents f && architecture == f.architecture && loss == f.loss
                && Objects.equals(unknownHead, f.unknownHead) && Objects.equals(format, f.format)
                && Objects.equals(lossNote, f.lossNote);
    }

    @Override
    public int hashCode() {
        int h = Boolean.hashCode(architecture);
        h = 31 * h + Boolean.hashCode(loss);
        h = 31 * h + Objects.hashCode(unknownHead);
        h = 31 * h + Objects.hashCode(format);
        h = 31 * h + Objects.hashCode(lossNote);
        return h;
    }
}
