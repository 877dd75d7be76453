package dev.lossadvisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lossadvisor.engine.LossAdvisor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * ValidateBenchmark's readTree and validateSmallJsonUnseen timed in this thread's CPU time, alternated in rounds: on a
 * shared machine JMH's wall-clock scores swing wider than the figure itself, while CPU time per call barely moves. Prints
 * one line, the medians over the rounds: {@code readTree NS validateUnseen NS}. Uses only the public API, so another
 * build's jar can be measured with this class (bench/run.sh warm, BASELINE=DIR).
 */
public final class WarmCpu {
    private static final int READS = 200_000;
    private static final int VALIDATES = 4_000;
    static Object sink;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        LossAdvisor advisor = LossAdvisor.create();
        ObjectMapper mapper = new ObjectMapper();
        String[] distinct = new String[ValidateBenchmark.DISTINCT];
        for (int i = 0; i < distinct.length; i++) distinct[i] = ValidateBenchmark.SMALL.replace("double softmax", "double softmax " + i);
        int next = 0;
        for (int i = 0; i < 10 * VALIDATES; i++) { // warm-up: both paths compiled, every description seen by the memo's eviction
            sink = mapper.readTree(ValidateBenchmark.SMALL);
            next = (next + 1) % distinct.length;
            sink = advisor.validate(distinct[next]);
        }
        double[] read = new double[rounds];
        double[] validate = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < READS; i++) sink = mapper.readTree(ValidateBenchmark.SMALL);
            long middle = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < VALIDATES; i++) {
                next = (next + 1) % distinct.length;
                sink = advisor.validate(distinct[next]);
            }
            long end = cpu.getCurrentThreadCpuTime();
            read[r] = (middle - start) / (double) READS;
            validate[r] = (end - middle) / (double) VALIDATES;
        }
        Arrays.sort(read);
        Arrays.sort(validate);
        System.out.printf(java.util.Locale.ROOT, "readTree %.0f validateUnseen %.0f%n", read[rounds / 2], validate[rounds / 2]);
    }
}
