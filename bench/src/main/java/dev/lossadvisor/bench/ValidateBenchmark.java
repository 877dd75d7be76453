package dev.lossadvisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.RecommendRequest;
import dev.lossadvisor.engine.input.ModelDescription;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, single-threaded throughput of the advisor API on small descriptions. The baseline is Jackson
 * reading the same JSON into a tree: the least any validator of this JSON must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ValidateBenchmark {
    /** A small description with a mistake, no samples. */
    static final String SMALL = """
        {"name": "double softmax", "framework": "pytorch", "task": "multiclass",
         "output": {"units": 3, "activation": "softmax"}, "loss": {"name": "CrossEntropyLoss"},
         "labels": {"format": "integer", "num_classes": 3}}""";

    /** The churn example: five outputs and labels, loss values computed. */
    static final String CHURN = """
        {"name": "churn", "framework": "keras", "task": "binary",
         "output": {"units": 1, "activation": "sigmoid"}, "loss": {"name": "mse"},
         "samples": {"outputs": [0.541, 0.823, 0.312, 0.791, 0.458], "labels": [0, 1, 0, 1, 0]}}""";

    /** More distinct descriptions than the rule base remembers runs: each validate fires the rules. */
    static final int DISTINCT = 2048;

    LossAdvisor advisor;
    ModelDescription parsedSmall;
    final String[] distinctSmall = new String[DISTINCT];
    int next;
    final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void setup() {
        advisor = LossAdvisor.create();
        parsedSmall = advisor.parse(SMALL);
        for (int i = 0; i < DISTINCT; i++) distinctSmall[i] = SMALL.replace("double softmax", "double softmax " + i);
    }

    @Benchmark
    public JsonNode baselineJacksonReadTree() throws Exception {
        return mapper.readTree(SMALL);
    }

    @Benchmark
    public Object validateSmallJson() {
        return advisor.validate(SMALL);
    }

    /** The small description under a new name each time: its facts differ, so no earlier run's conclusions apply. */
    @Benchmark
    public Object validateSmallJsonUnseen() {
        next = (next + 1) % DISTINCT;
        return advisor.validate(distinctSmall[next]);
    }

    @Benchmark
    public Object validateParsedSmall() {
        return advisor.validate(parsedSmall);
    }

    @Benchmark
    public Object validateChurnWithSamples() {
        return advisor.validate(CHURN);
    }

    @Benchmark
    public Object recommendBinary() {
        return advisor.recommend(RecommendRequest.forTask("binary"));
    }
}
