package dev.lossadvisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds' validateSmallJsonUnseen in one JVM, alternated round by round in this thread's CPU time, with Jackson's
 * readTree of the same JSON between them: each build's jar in a class loader of its own (compiled apart by the JIT), the
 * same descriptions for both, each first in every other round, and readTree's Jackson in a third loader. Two processes
 * on a shared machine differ by 10 % or more with the same code; two builds in one process, each round measured right
 * after the other, differ by a few %. Prints one line:
 * {@code this NS base NS readTree NS} (medians per call). Usage: WarmPair THIS_JAR BASE_JAR [ROUNDS].
 */
public final class WarmPair {
    private static final int VALIDATES = 4_000;
    private static final int READS = 100_000;
    static Object sink;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String[] distinct = new String[ValidateBenchmark.DISTINCT];
        for (int i = 0; i < distinct.length; i++) distinct[i] = ValidateBenchmark.SMALL.replace("double softmax", "double softmax " + i);
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        // Jackson for readTree from a loader of its own: the builds' copies would compile with its profile in them
        ClassLoader jackson = new URLClassLoader(new URL[] {Path.of(args[1]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Object mapper = jackson.loadClass("com.fasterxml.jackson.databind.ObjectMapper").getConstructor().newInstance();
        Method readTree = mapper.getClass().getMethod("readTree", String.class);
        int next = 0;
        for (int i = 0; i < 10 * VALIDATES; i++) { // warm-up: both builds and readTree compiled, the memo's eviction reached
            for (Build b : builds) next = b.validate(distinct, next);
            sink = readTree.invoke(mapper, ValidateBenchmark.SMALL);
        }
        double[][] ns = new double[3][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < builds.length; j++) {
                int k = (j + r) % builds.length; // each build first in every other round
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < VALIDATES; i++) next = builds[k].validate(distinct, next);
                ns[k][r] = (cpu.getCurrentThreadCpuTime() - start) / (double) VALIDATES;
            }
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < READS; i++) sink = readTree.invoke(mapper, ValidateBenchmark.SMALL);
            ns[2][r] = (cpu.getCurrentThreadCpuTime() - start) / (double) READS;
        }
        for (double[] n : ns) Arrays.sort(n);
        System.out.printf(Locale.ROOT, "this %.0f base %.0f readTree %.0f%n", ns[0][rounds / 2], ns[1][rounds / 2], ns[2][rounds / 2]);
    }

    /** One build's advisor, loaded apart from the other's; Drools finds its services through the context class loader. */
    private static final class Build {
        final ClassLoader loader;
        final Object advisor;
        final Method validate;

        Build(Path jar) throws Exception {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> api = loader.loadClass("dev.lossadvisor.engine.LossAdvisor");
            Thread.currentThread().setContextClassLoader(loader);
            advisor = api.getMethod("create").invoke(null);
            validate = api.getMethod("validate", String.class);
        }

        int validate(String[] distinct, int last) throws Exception {
            int next = (last + 1) % distinct.length;
            Thread.currentThread().setContextClassLoader(loader);
            sink = validate.invoke(advisor, distinct[next]);
            return next;
        }
    }
}
