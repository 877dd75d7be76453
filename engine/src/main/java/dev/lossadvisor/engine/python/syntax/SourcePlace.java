package dev.lossadvisor.engine.python.syntax;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A place in a source file as findings name it, {@code file:line:column}: the file as the user named it, line and column (in characters) counted from 1. */
public record SourcePlace(String file, int line, int column) {
    private static final Pattern PLACE = Pattern.compile("(.+):(\\d+):(\\d+)");

    /** The place a finding's path names, or empty for a JSON pointer. */
    public static Optional<SourcePlace> parse(String path) {
        if (path == null) return Optional.empty();
        Matcher m = PLACE.matcher(path);
        return m.matches() ? Optional.of(new SourcePlace(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
