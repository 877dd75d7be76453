package dev.lossadvisor.engine.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lossadvisor.engine.input.InputException;
import dev.lossadvisor.engine.input.ModelDescription;
import dev.lossadvisor.facts.FileContents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a TF SavedModel directory through keras_metadata.pb, where tf.keras keeps the model's Keras JSON.
 * The protobuf is decoded from its wire format: SavedMetadata { repeated SavedObject nodes = 1 }, and
 * SavedObject { int32 node_id = 2; string node_path = 3; string identifier = 4; string metadata = 5; VersionDef version = 6 }
 * (tensorflow/python/keras/protobuf/saved_metadata.proto); the root object's metadata is the model JSON.
 */
final class SavedModel {
    static final String GRAPH = "saved_model.pb";
    static final String METADATA = "keras_metadata.pb";
    private static final int MAX_BYTES = 64 << 20;

    private SavedModel() {}

    static boolean isSavedModel(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(GRAPH));
    }

    static List<ModelDescription> read(Path dir) throws IOException {
        Path meta = dir.resolve(METADATA);
        if (!Files.isRegularFile(meta)) {
            // a SavedModel exported from TF code or Keras 3's model.export(): a graph, no Keras layers or loss
            return List.of(KerasModels.withoutArchitecture(dir.getFileName().toString(), FileContents.FORMAT_SAVED_MODEL));
        }
        byte[] bytes;
        try (InputStream in = Limited.of(Files.newInputStream(meta), MAX_BYTES, METADATA)) {
            bytes = in.readAllBytes();
        }
        JsonNode root;
        try {
            root = Json.parse(rootMetadata(bytes), "/" + METADATA);
        } catch (InputException damaged) {
            root = lenientRootMetadata(bytes).orElseThrow(() -> damaged);
        }
        return KerasModels.describe(root, FileContents.FORMAT_SAVED_MODEL);
    }

    /**
     * The root metadata read by its JSON alone, for files whose lengths no longer match their content: tf.keras wrote
     * the JSON pretty-printed with ", " at line ends, and editors and commit hooks strip that trailing blank.
     */
    private static Optional<JsonNode> lenientRootMetadata(byte[] pb) {
        byte[] marker = {0x1a, 0x04, 'r', 'o', 'o', 't'}; // node_path = "root"
        int at = indexOf(pb, marker, 0);
        if (at < 0) return Optional.empty();
        for (int i = at + marker.length; i < pb.length - 2 && i < at + 512; i++) {
            if (pb[i] != 0x2a) continue; // field 5, length-delimited: the metadata
            int j = i + 1;
            while (j < pb.length && pb[j] < 0) j++; // the length varint, not trusted
            if (j + 1 < pb.length && pb[j + 1] == '{') return Json.firstValue(pb, j + 1);
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] b, byte[] sub, int from) {
        outer:
        for (int i = from; i <= b.length - sub.length; i++) {
            for (int k = 0; k < sub.length; k++) if (b[i + k] != sub[k]) continue outer;
            return i;
        }
        return -1;
    }

    /** The metadata string of the node whose path is "root" (else the first node's). */
    static String rootMetadata(byte[] pb) {
        Wire top = new Wire(pb, 0, pb.length);
        String first = null;
        while (top.more()) {
            int key = top.varint32();
            if (key >>> 3 == 1 && (key & 7) == 2) {
                Wire node = top.nested();
                String path = null;
                String metadata = null;
                while (node.more()) {
                    int k = node.varint32();
                    if ((k & 7) == 2 && (k >>> 3 == 3 || k >>> 3 == 5)) {
                        String s = node.string();
                        if (k >>> 3 == 3) path = s;
                        else metadata = s;
                    } else {
                        node.skip(k & 7);
                    }
                }
                if (metadata != null && "root".equals(path)) return metadata;
                if (first == null) first = metadata;
            } else {
                top.skip(key & 7);
            }
        }
        if (first == null) throw InputException.malformed("/" + METADATA, "holds no Keras model metadata", "save the model again with model.save(dir)");
        return first;
    }

    /** A cursor over protobuf wire-format bytes between two offsets. */
    private static final class Wire {
        private final byte[] b;
        private int pos;
        private final int end;

        Wire(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) throw damaged();
                byte x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) return v;
            }
            throw damaged();
        }

        int varint32() {
            return (int) varint();
        }

        Wire nested() {
            int len = length();
            Wire w = new Wire(b, pos, pos + len);
            pos += len;
            return w;
        }

        String string() {
            int len = length();
            String s = new String(b, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        private int length() {
            long len = varint();
            if (len < 0 || len > end - pos) throw damaged();
            return (int) len;
        }

        void skip(int wireType) {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> advance(8);
                case 2 -> advance(length());
                case 5 -> advance(4);
                default -> throw damaged();
            }
        }

        private void advance(int n) {
            if (n > end - pos) throw damaged();
            pos += n;
        }

        private static InputException damaged() {
            return InputException.malformed("/" + METADATA, "damaged protobuf", "save the model again with model.save(dir)");
        }
    }
}
