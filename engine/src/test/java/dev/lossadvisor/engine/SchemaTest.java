package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lossadvisor.engine.input.DescriptionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The published JSON Schema agrees with the reader: every sample conforms, and the enumerations match. */
class SchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final Path SCHEMA = Path.of(System.getProperty("schema.file", "../schema/model-description.schema.json"));

    private static JsonNode schemaTree() throws IOException {
        return MAPPER.readTree(SCHEMA.toFile());
    }

    /** Every sample written as a Loss Advisor description conforms (the others are Keras files, read by their own readers). */
    @TestFactory
    Stream<DynamicTest> everySampleConformsToTheSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.SAMPLES)) {
            walk.filter(p -> p.toString().endsWith(".json") && Fixtures.ADVISOR.read(p).get(0).contents().format().equals("description"))
                    .sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(Fixtures.SAMPLES.relativize(f).toString(), () -> {
            Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(f.toFile()));
            assertEquals(Set.of(), errors);
        }));
    }

    @Test
    void enumerationsMatchTheReader() throws IOException {
        JsonNode props = schemaTree().get("properties");
        assertEquals(DescriptionReader.TASKS, strings(props.get("task").get("enum")));
        assertEquals(DescriptionReader.FRAMEWORKS, strings(props.get("framework").get("enum")));
        assertEquals(DescriptionReader.LABEL_FORMATS, strings(props.get("labels").get("properties").get("format").get("enum")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
