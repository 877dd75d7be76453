package dev.lossadvisor.engine.python;

/** A place in a Python file: the file as the user named it, 1-based line and column (in characters). */
public record SourcePlace(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
