package dev.lossadvisor.engine.input;

/**
 * Bad input, located by a JSON pointer, with what to do about it. Its message is one line,
 * ready to show a user; it carries no stack trace because it is not a bug.
 */
public final class InputException extends RuntimeException {
    private final String path;
    private final String hint;

    public InputException(String path, String problem, String hint) {
        super(problem, null, false, false);
        this.path = path;
        this.hint = hint;
    }

    /** JSON pointer to the offending field ("" for the whole document). */
    public String path() { return path; }

    public String problem() { return getMessage(); }

    public String hint() { return hint; }

    /** One line: path, problem and hint. */
    public String oneLine() {
        return (path.isEmpty() ? "(document)" : path) + ": " + getMessage() + (hint == null ? "" : " (" + hint + ")");
    }
}
