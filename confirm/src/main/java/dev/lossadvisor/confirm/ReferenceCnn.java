package dev.lossadvisor.confirm;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference network: conv 3×3 (8 filters) → relu → max-pool 2×2 → dense, on 28×28 images, trained with SGD.
 * Same seed, same data, same numbers: the engine's seed fixes the initial weights, a java.util.Random the data.
 * SGD with momentum, not Adam: Adam divides each gradient by its own running size, which hides exactly the
 * vanishing or exploding gradients that separate a good loss from a bad one.
 */
final class ReferenceCnn {
    static final int BATCH = 32;

    private ReferenceCnn() {}

    /**
     * One optimiser step. DJL refuses to step while every gradient is exactly zero, which is what a clipped
     * or saturated loss produces: that step changes nothing, as it would in the user's framework.
     */
    private static void step(Trainer trainer) {
        try {
            trainer.step();
        } catch (IllegalStateException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("Gradient values are all zeros")) throw e;
        }
    }

    /**
     * PyTorch on one thread of this one. Its parallel reductions sum in an order set by the thread count (the cores,
     * unless whoever loaded the engine chose), and the last bits that order changes can move a prediction across
     * the 0.5 threshold: the same seed then scores differently from machine to machine. One thread also costs about
     * a third of the CPU of two on these small batches. The setting is per thread: the first run on a thread makes it.
     */
    private static void oneThread() {
        if (JniUtils.getNumThreads() != 1) JniUtils.setNumThreads(1);
    }

    /** Trains one candidate on one seed's data and evaluates it on held-out data. */
    static RunResult run(SyntheticTask task, Candidate candidate, long seed, Dataset train, Dataset test, Progress progress) {
        long start = System.nanoTime();
        Engine.getInstance().setRandomSeed((int) seed);
        oneThread();
        SequentialBlock block = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(8).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(task.units()).build());
        if (task.initialBias() != 0) {
            // through the initialiser, not an in-place edit after it: PyTorch refuses in-place edits of a parameter
            // on any thread but the one that loaded the engine (grad mode is per thread)
            block.getChildren().get(block.getChildren().size() - 1).getValue()
                    .setInitializer(new ConstantInitializer(task.initialBias()), Parameter.Type.BIAS);
        }
        List<Double> curve = new ArrayList<>();
        boolean nonFinite = false;
        try (Model model = Model.newInstance("reference-cnn"); NDManager manager = NDManager.newBaseManager()) {
            model.setBlock(block);
            // the loss is computed by HeadLoss; the trainer's own loss is never evaluated
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(task.learningRate())).optMomentum(0.9f).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 1, Dataset.SIDE, Dataset.SIDE));
                NDArray x = manager.create(train.images(), new Shape(train.n(), 1, Dataset.SIDE, Dataset.SIDE));
                NDArray y = manager.create(train.targets(), new Shape(train.n(), train.width()));
                int batches = train.n() / BATCH;
                for (int epoch = 0; epoch < task.epochs(); epoch++) {
                    double sum = 0;
                    for (int b = 0; b < batches; b++) {
                        try (NDManager step = manager.newSubManager()) {
                            NDArray xb = x.get(b * BATCH + ":" + (b + 1) * BATCH);
                            NDArray yb = y.get(b * BATCH + ":" + (b + 1) * BATCH);
                            xb.attach(step);
                            yb.attach(step);
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray z = trainer.forward(new NDList(xb)).singletonOrThrow();
                                NDArray loss = HeadLoss.loss(candidate, z, yb);
                                sum += loss.getFloat();
                                gc.backward(loss);
                            }
                            step(trainer);
                        }
                    }
                    double mean = sum / batches;
                    nonFinite |= !Double.isFinite(mean);
                    curve.add(mean);
                    progress.epoch(candidate, seed, epoch + 1, task.epochs(), mean);
                }
                NDArray xt = manager.create(test.images(), new Shape(test.n(), 1, Dataset.SIDE, Dataset.SIDE));
                NDArray z = trainer.evaluate(new NDList(xt)).singletonOrThrow();
                float[] predictions = HeadLoss.predict(candidate, z, task.probabilities()).toFloatArray();
                for (float p : predictions) nonFinite |= !Float.isFinite(p);
                Metrics m = Metrics.of(task, predictions, test);
                return new RunResult(candidate.id(), seed, List.copyOf(curve), m.metric(), m.ece(), m.brier(), m.accuracy(), nonFinite,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
