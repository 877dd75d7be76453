package dev.lossadvisor.bench;

import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.ModelDescription;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a model file costs what its configuration costs, not what its weights weigh: a Keras HDF5 model with
 * {@code weightsMb} of weights against the baseline, a 1 KB Loss Advisor description of the same model, in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ReadBenchmark {
    static final String MODEL_CONFIG = """
        {"class_name": "Sequential", "config": {"name": "big", "layers": [
          {"class_name": "InputLayer", "config": {"name": "input", "batch_input_shape": [null, 4096]}},
          {"class_name": "Dense", "config": {"name": "dense", "units": 4096, "activation": "relu"}},
          {"class_name": "Dense", "config": {"name": "dense_1", "units": 10, "activation": "softmax"}}]}}""";
    static final String TRAINING_CONFIG = """
        {"loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"], "optimizer_config": {"class_name": "Adam", "config": {}}}""";
    static final String DESCRIPTION = """
        {"name": "big", "framework": "keras", "output": {"units": 10, "activation": "softmax"},
         "loss": "sparse_categorical_crossentropy", "metrics": ["accuracy"],
         "description": "the same model as the HDF5 file, described by hand; padded to about a kilobyte so that the baseline reads a file of the size a real description has .................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................................."}""";

    @Param({"500"})
    public int weightsMb;

    LossAdvisor advisor;
    Path dir;
    Path hdf5;
    Path json;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        advisor = LossAdvisor.create();
        dir = Files.createTempDirectory("read-bench");
        json = Files.writeString(dir.resolve("model.json"), DESCRIPTION);
        hdf5 = dir.resolve("model.h5");
        // model.save("model.h5") layout: configs as root attributes, weights under model_weights; one 50 MB tensor
        // object written weightsMb / 50 times keeps the generator's heap small
        float[][] tensor = new float[3200][4096];
        try (WritableHdfFile h = HdfFile.write(hdf5)) {
            h.putAttribute("model_config", MODEL_CONFIG);
            h.putAttribute("training_config", TRAINING_CONFIG);
            h.putAttribute("keras_version", "2.15.0");
            h.putAttribute("backend", "tensorflow");
            WritableGroup weights = h.putGroup("model_weights");
            for (int i = 0; i < weightsMb / 50; i++) weights.putGroup("dense_" + i).putDataset("kernel", tensor);
        }
        System.out.printf("%n[read] %s: %d MB, %s: %d bytes%n", hdf5.getFileName(), Files.size(hdf5) >> 20, json.getFileName(), Files.size(json));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(hdf5);
        Files.deleteIfExists(json);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public List<ModelDescription> baselineJsonDescription() {
        return advisor.read(json);
    }

    @Benchmark
    public List<ModelDescription> hdf5Model() {
        return advisor.read(hdf5);
    }
}
