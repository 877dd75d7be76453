package dev.lossadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.Finding;
import dev.lossadvisor.engine.findings.Severity;
import dev.lossadvisor.engine.input.InputException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input gets one line naming the JSON pointer and a hint; never anything else. */
class BadInputTest {
    private static final String OK_OUTPUT = "\"output\": {\"units\": 1, \"activation\": \"sigmoid\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        malformed JSON            | {"framework": "keras", "output": {"units": 1,}                              | /output/units | malformed JSON
        not an object             | [1, 2, 3]                                                                   | ``          | must be a JSON object
        a string holding a newline | "line\\nbreak"                                                            | ``          | must be a JSON object
        trailing content          | {"framework": "keras", "output": {"units": 1}, "loss": "mse"} {}            | ``          | unexpected content
        units as string           | {"framework": "keras", "output": {"units": "one"}, "loss": "mse"}           | /output/units | whole number
        negative units            | {"framework": "keras", "output": {"units": -3}, "loss": "mse"}              | /output/units | between 1 and
        fractional units          | {"framework": "keras", "output": {"units": 2.5}, "loss": "mse"}             | /output/units | whole number
        missing framework         | {"output": {"units": 1}, "loss": "mse"}                                     | /framework  | missing
        unknown framework         | {"framework": "jax", "output": {"units": 1}, "loss": "mse"}                 | /framework  | unknown value
        missing output            | {"framework": "keras", "loss": "mse"}                                       | /output     | missing
        missing loss              | {"framework": "keras", "output": {"units": 1}}                              | /loss       | missing
        unknown activation        | {"framework": "keras", "output": {"units": 1, "activation": "sigmod"}, "loss": "mse"} | /output/activation | unknown value
        misspelt field            | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "lables": {}}  | /lables     | unknown field
        from_logits as string     | {"framework": "keras", "output": {"units": 1}, "loss": {"name": "bce", "from_logits": "yes"}} | /loss/from_logits | true or false
        reduction as a number     | {"framework": "pytorch", "output": {"units": 1}, "loss": {"name": "BCELoss", "reduction": 1}} | /loss/reduction | must be a string
        alpha as a string         | {"framework": "keras", "output": {"units": 1}, "loss": {"name": "binary_focal_crossentropy", "alpha": "high"}} | /loss/alpha | must be a number
        pos_weight of strings     | {"framework": "pytorch", "output": {"units": 1}, "loss": {"name": "BCEWithLogitsLoss", "pos_weight": ["9"]}} | /loss/pos_weight/0 | must be a number
        loss of another framework | {"framework": "keras", "output": {"units": 1}, "loss": "BCEWithLogitsLoss"}  | /loss/name  | is a pytorch loss
        ragged rows               | {"framework": "keras", "output": {"units": 2}, "loss": "mse", "samples": {"outputs": [[1, 2], [3]]}} | /samples/outputs/1 | ragged rows
        nested too deep           | {"framework": "keras", "output": {"units": 2}, "loss": "mse", "samples": {"outputs": [[[1]]]}} | /samples/outputs/0/0 | must be a number
        string in outputs         | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "samples": {"outputs": [0.5, "x"]}} | /samples/outputs/1 | must be a number
        NaN in labels             | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "samples": {"labels": [[0.5], [NaN]]}} | /samples/labels/1/0 | label is NaN
        empty row                 | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "samples": {"labels": [[]]}} | /samples/labels/0 | empty row
        row count mismatch        | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "samples": {"outputs": [1, 2], "labels": [1]}} | /samples/labels | has 1 rows
        samples not an object     | {"framework": "keras", "output": {"units": 1}, "loss": "mse", "samples": [1]} | /samples | must be an object
        """)
    void rejects(String what, String json, String path, String problem) {
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.validate(json), what);
        assertEquals(path, e.path(), what + ": " + e.oneLine());
        assertTrue(e.problem().contains(problem), what + ": " + e.oneLine());
        assertFalse(e.oneLine().contains("\n"), "one line");
        assertFalse(e.hint() == null || e.hint().isBlank(), "every error says what to do");
        assertEquals(0, e.getStackTrace().length, "not a bug: no stack trace");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        binary_crosentropy   | binary_crossentropy
        BinaryCrossEntropy   | ''
        categorical_entropy  | categorical_crossentropy
        """)
    void unknownLossNamesAreAWarningWithTheClosest(String wrong, String suggestion) {
        String json = "{\"framework\": \"keras\", \"output\": {\"units\": 1}, \"loss\": \"" + wrong + "\"}";
        List<Finding> unknown = Fixtures.ADVISOR.validate(json).findings().stream().filter(f -> f.rule().equals("unknown-loss")).toList();
        if (suggestion.isEmpty()) {
            assertEquals(List.of(), unknown, "a case-only difference is the same name");
            return;
        }
        assertEquals(1, unknown.size());
        assertEquals(Severity.WARNING, unknown.get(0).severity());
        assertTrue(unknown.get(0).fix().contains(suggestion), unknown.get(0).fix());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        keras   | keras.losses.BinaryCrossentropy
        keras   | tf.keras.losses.binary_crossentropy
        pytorch | nn.BCEWithLogitsLoss
        pytorch | torch.nn.CrossEntropyLoss()
        djl     | Loss.softmaxCrossEntropyLoss
        """)
    void qualifiedNamesResolve(String framework, String name) {
        Fixtures.ADVISOR.validate("{\"framework\": \"" + framework + "\", \"output\": {\"units\": 3}, \"loss\": \"" + name + "\"}");
    }

    /** No parser internals: Jackson's source locations, feature names, character codes or token lists. */
    static boolean plain(String message) {
        return Stream.of("[Source:", "StreamReadFeature", "(code ", "JSON String, Number", "com.fasterxml", "Exception", "StreamReadConstraints")
                .noneMatch(message::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"framework\": \"keras\", \"output\": {", "{\"framework\": \"keras\" \"x\"}", "{'framework': 1}", "[1, 2",
            "{\"framework\": \"keras\", \"output\": {\"units\" 1}}", "{\"framework\": tru}", "{\"framework\": \"keras\",}",
            "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"})
    void syntaxErrorsAreDescribedPlainly(String json) {
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.validate(json));
        assertTrue(plain(e.oneLine()), e.oneLine());
    }

    @org.junit.jupiter.api.Test
    void readingLimitsAreDescribedPlainly() {
        InputException e = assertThrows(InputException.class, () -> Fixtures.ADVISOR.validate("{\"framework\": 1" + "0".repeat(500) + "}"));
        assertTrue(plain(e.oneLine()) && e.problem().contains("reading limit"), e.oneLine());
    }
}
