package dev.lossadvisor.engine.input;

import dev.lossadvisor.engine.samples.SampleMatrix;
import static dev.lossadvisor.engine.input.DescriptionReader.FRAMEWORKS;
import static dev.lossadvisor.engine.input.DescriptionReader.TASKS;
import static dev.lossadvisor.engine.input.JsonInput.choice;
import static dev.lossadvisor.engine.input.JsonInput.kindOf;
import static dev.lossadvisor.engine.input.JsonInput.parse;
import static dev.lossadvisor.engine.input.JsonInput.positiveInt;
import static dev.lossadvisor.engine.input.JsonInput.startObject;
import static dev.lossadvisor.engine.input.JsonInput.text;
import static dev.lossadvisor.engine.input.JsonInput.tokenName;
import static dev.lossadvisor.engine.input.JsonInput.tree;
import static dev.lossadvisor.engine.input.JsonInput.unknownField;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.samples.ValueSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the web API's requests, a recommendation request and a confirm request, each in one streaming pass. */
public final class RequestReader {
    private static final Set<String> REQUEST_FIELDS = Set.of("task", "frameworks", "classes", "labels");
    private static final Set<String> CONFIRM_FIELDS = Set.of("task", "seeds", "model");

    private final DescriptionReader descriptions;

    public RequestReader(DescriptionReader descriptions) {
        this.descriptions = descriptions;
    }

    /** Reads a recommendation request {"task", "frameworks", "classes", "labels"} in one streaming pass. */
    public RecommendRequest readRequest(InputStream in) {
        return parse(in, RequestReader::readRequest);
    }

    /** Reads a confirm request {"task", "seeds", "model"}, the model being a description like a file's. */
    public ConfirmRequest readConfirmRequest(InputStream in) {
        return parse(in, this::readConfirmRequest);
    }

    private static RecommendRequest readRequest(JsonParser p) throws IOException {
        startObject(p, "a recommendation request", "write {\"task\": \"binary\"}");
        String task = null;
        List<String> frameworks = List.of();
        int classes = 0;
        SampleMatrix labels = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/" + field;
            switch (field) {
                case "task" -> task = choice(text(tree(p), path), TASKS, path);
                case "frameworks" -> frameworks = frameworks(tree(p));
                case "classes" -> classes = positiveInt(tree(p), path);
                case "labels" -> labels = SampleReader.matrix(p, path, ValueSink.NONE, false, SampleReader.MAX_SAMPLE_VALUES);
                default -> throw unknownField(path, field, REQUEST_FIELDS);
            }
        }
        if (p.nextToken() != null) throw InputException.malformed("", "unexpected content after the request object", "send exactly one object");
        return new RecommendRequest(task, frameworks, classes, labels);
    }

    private ConfirmRequest readConfirmRequest(JsonParser p) throws IOException {
        startObject(p, "a confirm request", "write {\"task\": \"binary\", \"seeds\": 3}");
        String task = null;
        int seeds = ConfirmRequest.DEFAULT_SEEDS;
        ModelDescription model = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = "/" + field;
            switch (field) {
                case "task" -> task = text(tree(p), path);
                case "seeds" -> seeds = positiveInt(tree(p), path);
                case "model" -> {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw new InputException(path, "must be a model description object, got " + tokenName(p), "see schema/model-description.schema.json");
                    }
                    try {
                        model = descriptions.description(p);
                    } catch (InputException e) {
                        throw e.under(path);
                    }
                }
                default -> throw unknownField(path, field, CONFIRM_FIELDS);
            }
        }
        if (p.nextToken() != null) throw InputException.malformed("", "unexpected content after the request object", "send exactly one object");
        return new ConfirmRequest(task, seeds, model);
    }

    private static List<String> frameworks(JsonNode n) {
        if (n.isTextual()) return List.of(choice(text(n, "/frameworks"), FRAMEWORKS, "/frameworks"));
        if (!n.isArray()) throw new InputException("/frameworks", "must be an array of names, got " + kindOf(n), "write [\"keras\", \"pytorch\"]");
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) list.add(choice(text(n.get(i), "/frameworks/" + i), FRAMEWORKS, "/frameworks/" + i));
        return List.copyOf(list);
    }
}
