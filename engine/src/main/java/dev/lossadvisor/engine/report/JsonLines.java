package dev.lossadvisor.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Finds the source line of JSON pointers in a file, so that findings point at a line in code-scanning UIs. */
public final class JsonLines {
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private JsonLines() {}

    /** Line of each pointer, or of its nearest present ancestor; line 1 when nothing matches or the file is unreadable. */
    static Map<String, Integer> lines(Path file, Set<String> pointers) {
        if (pointers.isEmpty()) return Map.of(); // nothing to place: the file (a clean one, Python source) is not read
        return lines(() -> FACTORY.createParser(Files.newInputStream(file)), pointers);
    }

    /** The same for JSON held in memory (an editor's unsaved buffer). */
    public static Map<String, Integer> lines(byte[] json, Set<String> pointers) {
        if (pointers.isEmpty()) return Map.of();
        return lines(() -> FACTORY.createParser(json), pointers);
    }

    private interface Source {
        JsonParser open() throws IOException;
    }

    private static Map<String, Integer> lines(Source source, Set<String> pointers) {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonParser p = source.open()) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    String ptr = p.getParsingContext().pathAsPointer().toString();
                    seen.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
                    // sample arrays are long and hold no pointer we report: skip them
                    if (ptr.startsWith("/samples/")) {
                        p.nextToken();
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable here means the finding still belongs to the file, at its first line
        }
        Map<String, Integer> result = new HashMap<>();
        for (String ptr : pointers) {
            String probe = ptr;
            // up the pointer to the nearest part the file has; a path that is no pointer at all has none
            while (!probe.isEmpty() && !seen.containsKey(probe)) probe = probe.substring(0, Math.max(0, probe.lastIndexOf('/')));
            result.put(ptr, seen.getOrDefault(probe, 1));
        }
        return result;
    }
}
