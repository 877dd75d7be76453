package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.JsonErrors;
import dev.lossadvisor.engine.input.JsonInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** Parses Keras documents as trees, under limits that a real model config stays far below. */
final class Json {
    /** Largest model config read: real ones are kilobytes to about two megabytes (an 800-layer functional model). */
    static final int MAX_BYTES = 8 << 20;
    static final long MAX_TOKENS = 1_000_000;
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Keras writes NaN and Infinity in configs
            .streamReadConstraints(StreamReadConstraints.builder()
                    // a 160-layer MobileNet config is about 10,000 tokens; a crafted one is stopped long before its tree fills the heap
                    .maxNestingDepth(200).maxStringLength(MAX_BYTES).maxNumberLength(400).maxNameLength(10_000).maxTokenCount(MAX_TOKENS).build())
            .build();

    private Json() {}

    /**
     * Every tree here is built from {@link #FACTORY}'s parser alone, as readTree would build it (a missing node when the
     * input holds no value), never by an ObjectMapper: its class initialisation (its date format's calendar and locale
     * data, about 300 classes) cost a cold lint of Keras model JSON tens of milliseconds, and the start-up cache that a
     * lint of JSON files uses loaded those classes at every JVM start, whatever the files were.
     */
    static JsonNode tree(Path file) throws IOException {
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            return tree(p);
        }
    }

    private static JsonNode tree(JsonParser p) throws IOException {
        return p.nextToken() == null ? MissingNode.getInstance() : JsonInput.tree(p);
    }

    static JsonNode parse(String text, String pointer) {
        try (JsonParser p = FACTORY.createParser(text)) {
            return check(tree(p), pointer);
        } catch (JsonProcessingException e) {
            throw malformed(e, pointer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document as a tree: a JSON string that holds JSON (json.dump of to_json(), an HDF5 attribute) is parsed. */
    static JsonNode unwrap(JsonNode n, String pointer) {
        return n != null && n.isTextual() ? parse(n.asText(), pointer) : n;
    }

    /** The first JSON value in the bytes from {@code offset} on, whatever follows it; empty when there is none. */
    static Optional<JsonNode> firstValue(byte[] bytes, int offset) {
        try (JsonParser p = FACTORY.createParser(bytes, offset, bytes.length - offset)) {
            return p.nextToken() == null ? Optional.empty() : Optional.of(JsonInput.tree(p));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads at most {@link #MAX_BYTES} of the stream, counting what it really yields. */
    static JsonNode read(InputStream in, String pointer) throws IOException {
        try (JsonParser p = FACTORY.createParser(Limited.of(in, MAX_BYTES, "a model config"))) {
            return check(tree(p), pointer);
        } catch (JsonProcessingException e) {
            throw malformed(e, pointer);
        }
    }

    private static JsonNode check(JsonNode n, String pointer) {
        if (n == null || n.isMissingNode()) throw InputException.malformed(pointer, "empty Keras model JSON", "export it again with model.to_json() or model.save()");
        return n;
    }

    private static InputException malformed(JsonProcessingException e, String pointer) {
        if (e instanceof StreamConstraintsException) {
            return InputException.malformed(pointer, "model config beyond a reading limit (" + MAX_TOKENS + " JSON tokens, " + (MAX_BYTES >> 20)
                    + " MB, nesting 200)", "this is not a model config Keras wrote; if it is, report it with the file's size");
        }
        return InputException.malformed(pointer, JsonErrors.describe(e, "Keras model JSON"),
                "export it again with model.to_json() or model.save()");
    }
}
