package dev.lossadvisor.engine.capture;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.FileContents;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the descriptions a capture wrote (one per loss call site: the description format plus a "captured" section)
 * and places them: the loss at its call site, the output at the module that produced it.
 */
public final class CapturedReader {
    /** What the hooks name their files: NN-LOSS-FILE-LINE.json. */
    private static final Pattern FILE = Pattern.compile("\\d{2,}-[A-Za-z0-9_]+-.+-\\d+\\.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonGenerator.Feature.QUOTE_NON_NUMERIC_NUMBERS); // NaN and Infinity stay numbers, as the description format takes them

    private CapturedReader() {}

    static boolean isCaptureFile(Path f) {
        return FILE.matcher(f.getFileName().toString()).matches();
    }

    /** True for a directory a capture wrote descriptions into. */
    public static boolean isCaptureDirectory(Path dir) {
        return !files(dir).isEmpty();
    }

    /** Every captured call site in the directory, in the order the program first reached them. */
    public static List<Captured> read(LossAdvisor advisor, Path dir) {
        List<Captured> all = new ArrayList<>();
        for (Path f : files(dir)) all.add(read(advisor, f, dir));
        return all;
    }

    private static List<Path> files(Path dir) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) if (isCaptureFile(f)) found.add(f);
        } catch (IOException e) {
            throw new InputException("", "cannot list " + dir + ": " + e.getMessage(), "check the directory's permissions");
        }
        found.sort(null);
        return found;
    }

    private static Captured read(LossAdvisor advisor, Path file, Path dir) {
        ObjectNode tree;
        try {
            JsonNode n = JSON.readTree(file.toFile());
            if (!(n instanceof ObjectNode o)) throw new InputException("", file + " is no captured description", "capture again");
            tree = o;
        } catch (IOException e) {
            throw new InputException("", "cannot read " + file + ": " + e.getMessage(), "capture again");
        }
        JsonNode captured = tree.remove("captured");
        if (captured == null) throw new InputException("/captured", "missing in " + file, "capture again: only loss-advisor capture writes these files");
        ModelDescription d;
        try {
            d = advisor.parse(JSON.writeValueAsString(tree));
        } catch (IOException e) {
            throw new InputException("", "cannot read " + file + ": " + e.getMessage(), "capture again");
        }
        String callSite = captured.path("call_site").asText();
        String producerPlace = captured.path("producer").path("place").asText(callSite);
        Map<String, String> locations = new LinkedHashMap<>();
        locations.put("/output", place(producerPlace));
        locations.put("/loss", place(callSite));
        locations.put("", place(callSite));
        String head = d.loss().name() + " at " + callSite;
        ModelDescription placed = new ModelDescription(d.name(), d.framework(), d.task(), d.output(), d.loss(), d.labels(), d.samples(),
                d.suppressions(), head, d.metrics(), new FileContents(true, true, null, "capture"), Map.copyOf(locations));
        return new Captured(file, callSite.substring(0, Math.max(0, callSite.lastIndexOf(':'))), placed, story(captured), captured);
    }

    /** file:line as a place findings point at: file:line:column. */
    private static String place(String fileLine) {
        return fileLine.matches(".+:\\d+") ? fileLine + ":1" : fileLine;
    }

    /** What was observed, in a sentence: where the loss input came from and when it was seen. */
    static String story(JsonNode c) {
        StringBuilder s = new StringBuilder("captured: the input to ").append(c.path("loss").asText());
        JsonNode producer = c.path("producer");
        if (!producer.isMissingNode()) {
            String name = producer.path("name").asText();
            s.append(" came from ").append(producer.path("class").asText()).append(name.isEmpty() ? " (the model)" : " (" + name + ")");
            if (producer.has("place")) s.append(" at ").append(producer.path("place").asText());
        }
        List<String> chain = new ArrayList<>();
        c.path("grad_fn").forEach(n -> chain.add(n.asText()));
        if (!chain.isEmpty()) s.append(producer.isMissingNode() ? " was made by " : ", grad_fn ").append(String.join(" <- ", chain.subList(0, Math.min(3, chain.size()))));
        else if ("values".equals(c.path("activation_from").asText())) s.append(" carried no grad_fn (gradients off); its values were read instead");
        s.append(", in batch ").append(c.path("batch").asInt(1)).append(" of ").append(c.path("batches_captured").asInt(1))
                .append(" captured at ").append(c.path("call_site").asText());
        return s.toString();
    }
}
