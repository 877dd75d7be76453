package dev.lossadvisor.engine.fix;

/**
 * One line of a file replaced: {@code before} is the whole line as it stands (checked before the edit applies),
 * {@code after} its replacement, null to delete the line.
 *
 * @param line counted from 1
 */
public record LineEdit(String file, int line, String before, String after) {}
