package dev.lossadvisor.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.Advice;
import dev.lossadvisor.engine.LossAdvisor;
import dev.lossadvisor.engine.input.RecommendRequest;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToDoubleFunction;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every 'recommend' snippet runs as printed, with --classes 3 and without (then naming the class count K), on
 * synthetic data in the label format its advice states; the labels are a function of x, so the loss must fall over
 * the snippet's 20 steps. PyTorch runs under Debian's python3-torch (CI installs it) and under torch 2 where
 * {@code torch2.python} has it, Keras where {@code keras.python} imports it, all batched in one Python process per
 * framework (src/test/resources/snippets/run_snippets.py); DJL snippets are compiled and trained here.
 */
class SnippetsTest {
    static final int CLASSES = 3;  // run_snippets.py's K
    static final String DEBIAN_PYTHON = "/usr/bin/python3";

    @TempDir
    Path tmp;

    /** The snippet of every task for one framework, printed with --classes 3 and without, by a readable id. */
    static Map<String, Snippet> snippets(String framework) {
        Map<String, Snippet> all = new LinkedHashMap<>();
        for (String task : LossAdvisor.TASKS) {
            for (int classes : new int[] {CLASSES, 0}) {
                Advice a = ConfirmTest.ADVISOR.recommend(new RecommendRequest(task, List.of(framework), classes, null));
                String id = framework + " " + task + (classes > 0 ? " --classes " + classes : " (K)");
                all.put(id, new Snippet(id, task, a.code().get(0).snippet()));
            }
        }
        return all;
    }

    record Snippet(String id, String task, String text) {}

    @Test
    void pytorchSnippetsTrainUnderDebiansTorch() throws Exception {
        Assumptions.assumeTrue(imports(DEBIAN_PYTHON, "torch, torchvision", Map.of()),
                "skipped: " + DEBIAN_PYTHON + " cannot import torch and torchvision (apt-get install -y python3-torch python3-torchvision)");
        List<String> skipped = runInPython(DEBIAN_PYTHON, Map.of(), "pytorch");
        assertEquals(List.of(), skipped, "Debian's torch has torchvision: no snippet may be skipped");
    }

    @Test
    void pytorchSnippetsTrainUnderTorch2() throws Exception {
        String python = System.getProperty("torch2.python", "/tmp/i20-torch/bin/python");
        Assumptions.assumeTrue(imports(python, "torch", Map.of()), "skipped: " + python + " cannot import torch 2 (set -Dtorch2.python)");
        List<String> skipped = runInPython(python, Map.of(), "pytorch");
        skipped.forEach(s -> System.err.println("SnippetsTest: under " + python + " skipped " + s));
    }

    @Test
    void kerasSnippetsTrain() throws Exception {
        String python = System.getProperty("keras.python", "/tmp/i20-keras/bin/python");
        Map<String, String> env = Map.of("KERAS_BACKEND", System.getProperty("keras.backend", "tensorflow"));
        Assumptions.assumeTrue(imports(python, "keras", env),
                "skipped: " + python + " cannot import keras with KERAS_BACKEND=" + env.get("KERAS_BACKEND") + " (set -Dkeras.python)");
        assertEquals(List.of(), runInPython(python, env, "keras"));
    }

    /** Runs the framework's snippets in one process; fails on any that errs or whose loss does not fall; returns the skipped. */
    private List<String> runInPython(String python, Map<String, String> env, String framework) throws Exception {
        Map<String, Snippet> snippets = snippets(framework);
        List<Map<String, String>> items = snippets.values().stream()
                .map(s -> Map.of("id", s.id(), "task", s.task(), "snippet", s.text())).toList();
        Path input = tmp.resolve("snippets.json");
        ObjectMapper json = new ObjectMapper();
        json.writeValue(input.toFile(), items);
        Path harness = tmp.resolve("run_snippets.py");
        try (var in = SnippetsTest.class.getResourceAsStream("/snippets/run_snippets.py")) {
            Files.copy(in, harness);
        }
        ProcessBuilder pb = new ProcessBuilder(python, harness.toString(), input.toString(), framework)
                .redirectError(tmp.resolve("stderr.txt").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the snippets' Python run timed out");
        assertEquals(0, p.exitValue(), () -> out + readQuietly(tmp.resolve("stderr.txt")));
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int seen = 0;
        for (String line : out.strip().split("\n")) {
            JsonNode r = json.readTree(line);
            String id = r.get("id").asText();
            seen++;
            if (r.has("skipped")) skipped.add(id + ": " + r.get("skipped").asText());
            else if (r.has("error")) failures.add(id + " fails:\n" + r.get("error").asText() + "\n" + snippets.get(id).text());
            else failures.addAll(falls(id, json.convertValue(r.get("losses"), double[].class)));
        }
        assertEquals(snippets.size(), seen, out);
        assertEquals(List.of(), failures);
        return skipped;
    }

    /** The loss is finite at each of at least 20 steps and ends below where it started. */
    private static List<String> falls(String id, double[] losses) {
        if (losses.length < 20) return List.of(id + ": " + losses.length + " training steps, not 20");
        for (double l : losses) if (!Double.isFinite(l)) return List.of(id + ": loss " + l);
        double first = losses[0], last = losses[losses.length - 1];
        return last < first ? List.of() : List.of(id + ": loss " + first + " -> " + last + " does not fall");
    }

    private static boolean imports(String python, String modules, Map<String, String> env) throws Exception {
        if (!new File(python).canExecute()) return false;
        ProcessBuilder pb = new ProcessBuilder(python, "-c", "import " + modules).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /**
     * Each DJL snippet compiles as printed inside a method that is given x, the labels and K, and trains: its loss over
     * its own dataset after its 20 epochs is below the loss of the same snippet, same seed, before training.
     */
    @Test
    void djlSnippetsCompileAndTrain() throws Exception {
        Map<String, Snippet> snippets = snippets("djl");
        Path src = tmp.resolve("src"), classes = tmp.resolve("classes");
        List<File> files = new ArrayList<>();
        int n = 0;
        for (Snippet s : snippets.values()) {
            assertTrue(s.text().contains("EasyTrain.fit(trainer, 20, data, null);"), s.id() + ": trains 20 epochs on its dataset");
            Path file = src.resolve("Snippet" + n++ + ".java");
            Files.createDirectories(src);
            Files.writeString(file, wrap(file.getFileName().toString().replace(".java", ""), s.text()));
            files.add(file.toFile());
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var errors = new java.io.StringWriter();
        var fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        boolean ok = javac.getTask(errors, fm, null, List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()),
                null, fm.getJavaFileObjectsFromFiles(files)).call();
        assertTrue(ok, () -> "a DJL snippet does not compile:\n" + errors);

        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SnippetsTest.class.getClassLoader());
                NDManager manager = NDManager.newBaseManager()) {
            n = 0;
            for (Snippet s : snippets.values()) {
                String className = "Snippet" + n++;
                if (!s.id().endsWith(" --classes " + CLASSES)) continue;  // the K variant differs only in K: compiling it is enough
                Method run = loader.loadClass(className).getMethod("run", boolean.class, NDArray.class, NDArray.class, NDArray.class, NDArray.class, int.class);
                Map<String, NDArray> data = labels(manager, s.task());
                float[] loss = new float[2];
                for (int trained = 0; trained < 2; trained++) {
                    Engine.getInstance().setRandomSeed(0);
                    loss[trained] = (float) run.invoke(null, trained == 1, data.get("x"), data.get("y"), data.get("yCls"), data.get("yBox"), CLASSES);
                }
                if (!(Float.isFinite(loss[1]) && loss[1] < loss[0])) failures.add(s.id() + ": loss " + loss[0] + " -> " + loss[1] + " after 20 epochs");
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The snippet as the body of {@code static float run(boolean fit, x, y, yCls, yBox, int K)}, its imports above the
     * class; with fit false its EasyTrain.fit call trains nothing. Returns the snippet's loss over its own dataset.
     */
    private static String wrap(String className, String snippet) {
        StringBuilder imports = new StringBuilder(), body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            if (line.startsWith("import ")) imports.append(line).append('\n');
            else body.append("        ").append(line).append('\n');
        }
        return imports + """
                import ai.djl.ndarray.NDArray;
                import ai.djl.training.EasyTrain;
                import ai.djl.training.Trainer;
                import ai.djl.training.dataset.Batch;
                import ai.djl.training.dataset.Dataset;

                public final class %s {
                    public static float run(boolean fit, NDArray x, NDArray y, NDArray yCls, NDArray yBox, int K) throws Exception {
                %s
                        float total = 0;
                        int batches = 0;
                        for (Batch b : trainer.iterateDataset(data)) {
                            total += loss.evaluate(b.getLabels(), trainer.forward(b.getData())).getFloat();
                            batches++;
                            b.close();
                        }
                        trainer.close();
                        model.close();
                        return total / batches;
                    }

                    static void fitIf(boolean fit, Trainer trainer, int epochs, Dataset data, Dataset validation) throws Exception {
                        if (fit) EasyTrain.fit(trainer, epochs, data, validation);
                    }
                }
                """.formatted(className, body.toString().replace("EasyTrain.fit(", "fitIf(fit, "));
    }

    /** x (64, 8) and each task's labels in the format its DJL advice states, as run_snippets.py makes them for Python. */
    private static Map<String, NDArray> labels(NDManager manager, String task) {
        int n = 64, d = 8, k = CLASSES;  // two batches of 32 an epoch: DJL steps cost more than torch's
        Random rng = new Random(0);
        float[][] x = new float[n][d];
        double[] w = new double[d];
        double[][] wk = new double[d][k], wBox = new double[d][4];
        for (float[] row : x) for (int j = 0; j < d; j++) row[j] = (float) rng.nextGaussian();
        for (int j = 0; j < d; j++) {
            w[j] = rng.nextGaussian() / Math.sqrt(d);
            for (int c = 0; c < k; c++) wk[j][c] = rng.nextGaussian();
            for (int c = 0; c < 4; c++) wBox[j][c] = rng.nextGaussian();
        }
        double[] s = new double[n];
        double[][] scores = new double[n][k], box = new double[n][4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                s[i] += x[i][j] * w[j];
                for (int c = 0; c < k; c++) scores[i][c] += x[i][j] * wk[j][c];
                for (int c = 0; c < 4; c++) box[i][c] += x[i][j] * wBox[j][c];
            }
        }
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(s).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(s).map(v -> (v - mean) * (v - mean)).average().orElse(1));
        float[][] y = switch (task) {
            case "regression", "regression-outliers" -> column(n, i -> (s[i] - mean) / sd + (task.equals("regression") ? 0.1 : i % 20 == 0 ? 10 : 0.1) * rng.nextGaussian());
            case "count" -> column(n, i -> poisson(Math.exp(s[i]), rng));
            case "binary" -> column(n, i -> s[i] > 0 ? 1 : 0);
            case "soft-binary" -> column(n, i -> 1 / (1 + Math.exp(-2 * s[i])));
            case "imbalanced-binary" -> column(n, i -> s[i] > sorted[(int) (0.85 * n)] ? 1 : 0);
            case "margin-binary" -> column(n, i -> s[i] > 0 ? 1 : -1);
            case "multiclass", "multiclass-large" -> column(n, i -> argmax(scores[i]));
            case "ordinal" -> column(n, i -> s[i] < -0.5 ? 0 : s[i] < 0.5 ? 1 : 2);
            case "multilabel", "multilabel-imbalanced" -> rows(n, k, (i, c) -> scores[i][c] > (task.equals("multilabel") ? 0 : 1) ? 1 : 0);
            case "distillation" -> rows(n, k, (i, c) -> softmax(scores[i], 2 / 4.0)[c]);
            case "object-detection" -> rows(n, k, (i, c) -> max(scores[i]) > 0.5 && argmax(scores[i]) == c ? 1 : 0);
            default -> throw new IllegalArgumentException("no synthetic labels for task " + task);
        };
        Map<String, NDArray> data = new LinkedHashMap<>();
        data.put("x", manager.create(x));
        boolean indices = task.equals("multiclass") || task.equals("multiclass-large") || task.equals("ordinal");
        NDArray labels = manager.create(y);
        if (indices) labels = labels.reshape(n).toType(task.equals("ordinal") ? DataType.INT32 : DataType.FLOAT32, false);
        if (task.equals("object-detection")) {
            data.put("yCls", labels);
            data.put("yBox", manager.create(rows(n, 4, (i, c) -> max(scores[i]) > 0.5 ? box[i][c] : 0)));
        } else {
            data.put("y", labels);
        }
        return data;
    }

    private static float[][] column(int n, IntToDoubleFunction f) {
        return rows(n, 1, (i, c) -> f.applyAsDouble(i));
    }

    private interface Cell { double at(int row, int col); }

    private static float[][] rows(int n, int width, Cell f) {
        float[][] out = new float[n][width];
        for (int i = 0; i < n; i++) for (int c = 0; c < width; c++) out[i][c] = (float) f.at(i, c);
        return out;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    private static double max(double[] v) {
        return v[argmax(v)];
    }

    private static double[] softmax(double[] v, double scale) {
        double m = max(v), sum = 0;
        double[] e = new double[v.length];
        for (int i = 0; i < v.length; i++) sum += e[i] = Math.exp((v[i] - m) * scale);
        for (int i = 0; i < v.length; i++) e[i] /= sum;
        return e;
    }

    /** Knuth's method: fine for the small rates here. */
    private static int poisson(double rate, Random rng) {
        double limit = Math.exp(-rate), p = 1;
        int k = -1;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k;
    }
}
