package dev.lossadvisor.engine.input;

/**
 * Bad input, located by a JSON pointer, with what to do about it. Its message is one line,
 * ready to show a user; it carries no stack trace because it is not a bug.
 */
public final class InputException extends RuntimeException {
    private final String path;
    private final String hint;
    private final boolean malformed;
    private final boolean notAModel;
    private final boolean tooLarge;

    public InputException(String path, String problem, String hint) {
        this(path, problem, hint, false, false, false);
    }

    private InputException(String path, String problem, String hint, boolean malformed, boolean notAModel, boolean tooLarge) {
        super(problem, null, false, false);
        this.path = path;
        this.hint = hint;
        this.malformed = malformed;
        this.notAModel = notAModel;
        this.tooLarge = tooLarge;
    }

    /** Input that is not JSON at all, or breaks a reading limit, as opposed to JSON with a wrong field. */
    public static InputException malformed(String path, String problem, String hint) {
        return new InputException(path, problem, hint, true, false, false);
    }

    /** Input refused for its size before it is analysed (a source over the token or byte cap): malformed, and HTTP 413. */
    public static InputException tooLarge(String path, String problem, String hint) {
        return new InputException(path, problem, hint, true, false, true);
    }

    /**
     * A readable file that holds no model (a pickle, an image, JSON of another kind): an error when named on its own,
     * skipped when met while searching a directory. Well-formed input of the wrong kind, so not {@link #malformed()}.
     */
    public static InputException notAModel(String problem, String hint) {
        return new InputException("", "not a model file: " + problem, hint, false, true, false);
    }

    /** True for a file that is no model at all, as opposed to a damaged or wrong one. */
    public boolean notAModel() { return notAModel; }

    /** JSON pointer to the offending field ("" for the whole document). */
    public String path() { return path; }

    public String problem() { return getMessage(); }

    public String hint() { return hint; }

    /** True when the input could not be read as JSON (HTTP 400), false when a field is wrong (HTTP 422). */
    public boolean malformed() { return malformed; }

    /** True for input refused for its size (HTTP 413). */
    public boolean tooLarge() { return tooLarge; }

    /** The same problem, located inside the field at {@code prefix} of a larger document. */
    public InputException under(String prefix) {
        return new InputException(prefix + path, getMessage(), hint, malformed, notAModel, tooLarge);
    }

    /** One line: path, problem and hint. */
    public String oneLine() {
        return (path.isEmpty() ? "(document)" : path) + ": " + getMessage() + (hint == null ? "" : " (" + hint + ")");
    }
}
