package dev.lossadvisor.engine.losses;

import dev.lossadvisor.engine.input.LossOptions;
import dev.lossadvisor.engine.samples.SampleMatrix;
import dev.lossadvisor.facts.LossConfig;
import java.util.List;
import java.util.Set;

/**
 * PyTorch 2's losses (torch/nn/functional.py, aten/src/ATen/native/Loss.cpp, LossNLL.cpp, LossCTC.cpp,
 * LossMultiMargin.cpp, LossMultiLabelMargin.cpp) and torchvision's ops/focal_loss.py, checked against the golden
 * tables tools/golden/torch_losses.py writes with torch 2.13 and 1.13; where 1.13 differs, 2.x is followed. Sample layout for losses of several inputs: see docs/losses.md.
 */
final class TorchLosses {
    private static final Set<String> REDUCTIONS = Set.of("mean", "sum", "none");
    private static final double COSINE_EPS = 1e-12;

    private TorchLosses() {}

    static LossValue compute(String label, LossConfig c, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        String reduction = reduction(c, o);
        Reduction r = switch (c.kind()) {
            case "bce" -> c.input().equals("logits") ? bceWithLogits(label, o, out, lab) : bce(label, o, out, lab);
            case "multilabel_soft_margin" -> multilabelSoftMargin(label, o, out, lab);
            case "cce" -> crossEntropy(label, o, out, lab, true);
            case "nll" -> crossEntropy(label, o, out, lab, false);
            case "mse" -> elementwise(label, out, lab, (x, y) -> (x - y) * (x - y));
            case "mae" -> elementwise(label, out, lab, (x, y) -> Math.abs(x - y));
            case "huber", "smooth_l1" -> huber(label, c, o, out, lab);
            case "kl_divergence" -> klDivergence(label, o, out, lab);
            case "hinge_embedding" -> {
                double margin = o.number("margin", 1);
                yield elementwise(label, out, lab, (x, y) -> (y != 1 ? Math.max(0, margin - x) : 0) + (y != -1 ? x : 0));
            }
            case "soft_margin" -> elementwise(label, out, lab, (x, y) -> LossMath.softplus(-y * x));
            case "poisson" -> poisson(label, o, out, lab);
            case "binary_focal" -> focal(label, o, out, lab);
            case "gaussian_nll" -> gaussianNll(label, o, out, lab);
            case "multi_margin" -> multiMargin(label, o, out, lab);
            case "multilabel_margin" -> multilabelMargin(label, out, lab);
            case "cosine_embedding" -> cosineEmbedding(label, o, out, lab);
            case "margin_ranking" -> marginRanking(label, o, out, lab);
            case "triplet_margin" -> triplet(label, o, out);
            case "ctc" -> ctc(label, o, out, lab, reduction);
            default -> throw new Refusal("no reference computation for " + c.name());
        };
        return r.reduce(switch (c.kind().equals("ctc") && reduction.equals("mean") ? "sum" : reduction) {
            case "none" -> Reduction.Step.NONE;
            case "sum" -> Reduction.Step.SUM;
            case "batchmean" -> Reduction.Step.PER_BATCH;
            default -> Reduction.Step.PER_WEIGHT; // 'mean': the sum over the weights of the values that count
        });
    }

    /** The reduction as written, from the legacy size_average/reduce flags, or the loss's default; checked as torch does. */
    private static String reduction(LossConfig c, LossOptions o) {
        String fallback = c.kind().equals("binary_focal") ? "none" : "mean";
        String r = o.reduction();
        if (r == null) return fallback;
        boolean ok = REDUCTIONS.contains(r) || (c.kind().equals("kl_divergence") && r.equals("batchmean"));
        if (!ok) throw new Refusal("PyTorch raises ValueError: " + r + " is not a valid value for reduction");
        return r;
    }

    private static Reduction elementwise(String label, SampleMatrix out, SampleMatrix lab, LossMath.Element f) {
        Refusal.unlessSameShape(out, lab, "this loss takes them the same shape");
        return Reduction.of(label, LossMath.elementwise(out, lab, f), out.rows());
    }

    private static Reduction elementwise(String label, SampleMatrix out, SampleMatrix lab, java.util.function.DoubleBinaryOperator f) {
        return elementwise(label, out, lab, (x, y, r, col) -> f.applyAsDouble(x, y));
    }

    /** A per-column vector broadcast over the rows: one value, or one per column, as torch's broadcasting allows. */
    private static double[] broadcast(List<Double> w, int width, String option) {
        if (w == null) return null;
        if (w.size() != 1 && w.size() != width) {
            throw new Refusal("PyTorch raises RuntimeError: " + option + " has " + w.size() + " values and the outputs " + width + " columns");
        }
        double[] b = new double[width];
        for (int i = 0; i < width; i++) b[i] = w.get(w.size() == 1 ? 0 : i);
        return b;
    }

    private static Reduction bce(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        double[] w = broadcast(o.weights("weight"), out.width(), "weight");
        return elementwise(label, out, lab, (p, y, r, col) -> {
            if (!(p >= 0 && p <= 1)) throw new Refusal("PyTorch raises 'all elements of input should be between 0 and 1': output " + p + " at row " + r);
            // torch 2.x checks the target too (1.13 computed a value for it): the version users run decides
            if (!(y >= 0 && y <= 1)) throw new Refusal("PyTorch 2 raises 'all elements of target should be between 0 and 1': label " + y + " at row " + r);
            return (w == null ? 1 : w[col]) * LossMath.bceTorch(p, y);
        });
    }

    /** (1 - y) x + (1 + (pos_weight - 1) y) softplus(-x), times weight: aten binary_cross_entropy_with_logits. */
    private static Reduction bceWithLogits(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        double[] w = broadcast(o.weights("weight"), out.width(), "weight");
        double[] pw = broadcast(o.weights("pos_weight"), out.width(), "pos_weight");
        return elementwise(label, out, lab, (x, y, r, col) -> {
            double logWeight = pw == null ? 1 : (pw[col] - 1) * y + 1;
            return (w == null ? 1 : w[col]) * ((1 - y) * x + logWeight * LossMath.softplus(-x));
        });
    }

    /** Per row: the mean over classes of the weighted binary cross-entropy from logits. */
    private static Reduction multilabelSoftMargin(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        Refusal.unlessSameShape(out, lab, "this loss takes them the same shape");
        double[] w = broadcast(o.weights("weight"), out.width(), "weight");
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            double sum = 0;
            for (int col = 0; col < out.width(); col++) {
                double x = out.get(r, col);
                double y = lab.get(r, col);
                sum += (w == null ? 1 : w[col]) * (y * LossMath.softplus(-x) + (1 - y) * LossMath.softplus(x));
            }
            v[r] = sum / out.width();
        }
        return Reduction.of(label, v, out.rows());
    }

    /**
     * CrossEntropyLoss (from logits, with label smoothing) and NLLLoss (from log-probabilities): class-index targets
     * with weights and ignore_index as nll_loss_nd, or, for CrossEntropyLoss, rows of class probabilities.
     */
    private static Reduction crossEntropy(String label, LossOptions o, SampleMatrix out, SampleMatrix lab, boolean fromLogits) {
        int k = out.width();
        double[] w = classWeights(o, k);
        double smoothing = fromLogits ? o.number("label_smoothing", 0) : 0;
        if (smoothing < 0 || smoothing > 1) throw new Refusal("PyTorch raises: label_smoothing must be between 0.0 and 1.0");
        if (lab == null || lab.rows() != out.rows()) throw new Refusal("labels must have one row per output row");
        double[][] logp = new double[out.rows()][];
        for (int r = 0; r < out.rows(); r++) logp[r] = fromLogits ? LossMath.logSoftmax(out, r) : LossMath.row(out, r);
        if (lab.width() == k && fromLogits && k > 1) return softTargets(label, logp, lab, w, smoothing);
        if (lab.width() != 1) {
            throw new Refusal(fromLogits ? "labels have " + lab.width() + " values per row for " + k + " outputs: give a class index or " + k + " probabilities"
                    : "PyTorch raises RuntimeError: 0D or 1D target tensor expected, multi-target not supported");
        }
        int ignore = (int) o.number("ignore_index", -100);
        double[] v = new double[out.rows()];
        double[] d = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            double y = lab.get(r, 0);
            if (y == ignore) continue;
            int t = classIndex(y, k);
            double wy = w == null ? 1 : w[t];
            double nll = -wy * logp[r][t];
            double smooth = 0;
            if (smoothing > 0) {
                for (int c = 0; c < k; c++) smooth -= (w == null ? 1 : w[c]) * logp[r][c];
            }
            v[r] = (1 - smoothing) * nll + smoothing / k * smooth;
            d[r] = wy;
        }
        return new Reduction(label, v, d, out.rows());
    }

    private static Reduction softTargets(String label, double[][] logp, SampleMatrix lab, double[] w, double smoothing) {
        int k = logp.length == 0 ? 0 : logp[0].length;
        double[] v = new double[logp.length];
        for (int r = 0; r < logp.length; r++) {
            for (int c = 0; c < k; c++) {
                double t = lab.get(r, c) * (1 - smoothing) + smoothing / k;
                v[r] -= (w == null ? 1 : w[c]) * t * logp[r][c];
            }
        }
        return Reduction.of(label, v, logp.length);
    }

    private static double[] classWeights(LossOptions o, int k) {
        List<Double> w = o.weights("weight");
        if (w == null) return null;
        if (w.size() != k) {
            throw new Refusal("PyTorch raises RuntimeError: weight tensor should be defined either for all " + k + " classes or no classes but got weight tensor of shape: [" + w.size() + "]");
        }
        return w.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int classIndex(double y, int k) {
        if (y != Math.rint(y)) throw new Refusal("PyTorch raises RuntimeError: expected a class index (integer), got " + y);
        if (y < 0 || y >= k) throw new Refusal("PyTorch raises IndexError: Target " + (long) y + " is out of bounds.");
        return (int) y;
    }


    /** SmoothL1Loss (beta, L1 below beta = 0) or HuberLoss (delta): the two differ by a factor of beta or delta. */
    private static Reduction huber(String label, LossConfig c, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        if (c.kind().equals("smooth_l1")) {
            double beta = o.number("beta", 1);
            if (beta < 0) throw new Refusal("PyTorch raises: smooth_l1_loss does not support negative values for beta.");
            return elementwise(label, out, lab, (x, y) -> {
                double a = Math.abs(x - y);
                return beta == 0 ? a : a < beta ? 0.5 * a * a / beta : a - 0.5 * beta;
            });
        }
        double delta = o.number("delta", 1);
        return elementwise(label, out, lab, (x, y) -> {
            double a = Math.abs(x - y);
            return a < delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
        });
    }

    /** kl_div: xlogy(y, y) - y x, or exp(y) (y - x) with log_target. */
    private static Reduction klDivergence(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        boolean logTarget = o.flag("log_target", false);
        return elementwise(label, out, lab, (x, y) -> logTarget ? Math.exp(y) * (y - x) : LossMath.xlogy(y, y) - y * x);
    }

    private static Reduction poisson(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        boolean logInput = o.flag("log_input", true);
        boolean full = o.flag("full", false);
        double eps = o.number("eps", 1e-8);
        return elementwise(label, out, lab, (x, y) -> {
            double loss = logInput ? Math.exp(x) - y * x : x - y * Math.log(x + eps);
            if (full && y > 1) loss += y * Math.log(y) - y + 0.5 * Math.log(2 * Math.PI * y);
            return loss;
        });
    }

    /** torchvision.ops.sigmoid_focal_loss: alpha 0.25 by default (negative: off), gamma 2, reduction 'none'. */
    private static Reduction focal(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        double alpha = o.number("alpha", 0.25);
        double gamma = o.number("gamma", 2);
        return elementwise(label, out, lab, (x, y) -> LossMath.focalLogit(x, y, gamma, alpha >= 0 ? alpha : null));
    }

    /** Outputs hold [mean | variance]: 0.5 (log var + (mean - y)^2 / var), var clamped at eps. */
    private static Reduction gaussianNll(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        int d = lab == null ? 0 : lab.width();
        if (lab == null || out.width() != 2 * d || out.rows() != lab.rows()) {
            throw new Refusal("GaussianNLLLoss takes outputs as [mean | variance], twice as wide as the labels");
        }
        double eps = o.number("eps", 1e-6);
        boolean full = o.flag("full", false);
        double[] v = new double[lab.size()];
        int i = 0;
        for (int r = 0; r < lab.rows(); r++) {
            for (int c = 0; c < d; c++) {
                double var = out.get(r, d + c);
                if (var < 0) throw new Refusal("PyTorch raises ValueError: var has negative entry/entries");
                double clamped = Math.max(var, eps);
                double diff = out.get(r, c) - lab.get(r, c);
                v[i++] = 0.5 * (Math.log(clamped) + diff * diff / clamped) + (full ? 0.5 * Math.log(2 * Math.PI) : 0);
            }
        }
        return Reduction.of(label, v, lab.rows());
    }

    /** Per row: sum over wrong classes of max(0, margin - x[y] + x[j])^p, times weight[y], over C. */
    private static Reduction multiMargin(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        int k = out.width();
        double p = o.number("p", 1);
        if (p != 1 && p != 2) throw new Refusal("PyTorch raises ValueError: only p == 1 and p == 2 supported");
        double margin = o.number("margin", 1);
        double[] w = classWeights(o, k);
        if (lab == null || lab.width() != 1 || lab.rows() != out.rows()) throw new Refusal("MultiMarginLoss takes one class index per row");
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            int y = classIndex(lab.get(r, 0), k);
            double sum = 0;
            for (int j = 0; j < k; j++) {
                if (j == y) continue;
                double z = Math.max(0, margin - out.get(r, y) + out.get(r, j));
                sum += (p == 2 ? z * z : z) * (w == null ? 1 : w[y]);
            }
            v[r] = sum / k;
        }
        return Reduction.of(label, v, out.rows());
    }

    /** Labels are the target classes of the row, then -1 (or the row's end); hinge between every target and non-target. */
    private static Reduction multilabelMargin(String label, SampleMatrix out, SampleMatrix lab) {
        Refusal.unlessSameShape(out, lab, "this loss takes them the same shape");
        int k = out.width();
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            boolean[] target = new boolean[k];
            for (int c = 0; c < k; c++) {
                double y = lab.get(r, c);
                if (y == -1) break;
                if (y != Math.rint(y) || y < 0 || y >= k) throw new Refusal("PyTorch raises RuntimeError: target out of range");
                target[(int) y] = true;
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                if (!target[j]) continue;
                for (int i = 0; i < k; i++) if (!target[i]) sum += Math.max(0, 1 - (out.get(r, j) - out.get(r, i)));
            }
            v[r] = sum / k;
        }
        return Reduction.of(label, v, out.rows());
    }

    /** Outputs hold [x1 | x2]; labels 1 (similar: 1 - cos) or -1 (dissimilar: max(0, cos - margin)). */
    private static Reduction cosineEmbedding(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        int d = out.width() / 2;
        if (out.width() % 2 != 0 || lab == null || lab.width() != 1 || lab.rows() != out.rows()) {
            throw new Refusal("CosineEmbeddingLoss takes outputs as [x1 | x2] and one label (1 or -1) per row");
        }
        double margin = o.number("margin", 0);
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            double dot = 0;
            double n1 = COSINE_EPS;
            double n2 = COSINE_EPS;
            for (int c = 0; c < d; c++) {
                double a = out.get(r, c);
                double b = out.get(r, d + c);
                dot += a * b;
                n1 += a * a;
                n2 += b * b;
            }
            double cos = dot / Math.sqrt(n1 * n2);
            double y = lab.get(r, 0);
            v[r] = (y == 1 ? 1 - cos : 0) + (y == -1 ? Math.max(0, cos - margin) : 0);
        }
        return Reduction.of(label, v, out.rows());
    }

    /** Outputs hold [x1, x2]: max(0, -y (x1 - x2) + margin). */
    private static Reduction marginRanking(String label, LossOptions o, SampleMatrix out, SampleMatrix lab) {
        if (out.width() != 2 || lab == null || lab.width() != 1 || lab.rows() != out.rows()) {
            throw new Refusal("MarginRankingLoss takes outputs as [x1, x2] and one label (1 or -1) per row");
        }
        double margin = o.number("margin", 0);
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) v[r] = Math.max(0, -lab.get(r, 0) * (out.get(r, 0) - out.get(r, 1)) + margin);
        return Reduction.of(label, v, out.rows());
    }

    /** Outputs hold [anchor | positive | negative]; no labels. pairwise_distance adds eps to the difference. */
    private static Reduction triplet(String label, LossOptions o, SampleMatrix out) {
        if (out.width() % 3 != 0) throw new Refusal("TripletMarginLoss takes outputs as [anchor | positive | negative], equally wide");
        int d = out.width() / 3;
        double margin = o.number("margin", 1);
        double p = o.number("p", 2);
        double eps = o.number("eps", 1e-6);
        boolean swap = o.flag("swap", false);
        double[] v = new double[out.rows()];
        for (int r = 0; r < out.rows(); r++) {
            double ap = distance(out, r, 0, d, d, p, eps);
            double an = distance(out, r, 0, 2 * d, d, p, eps);
            if (swap) an = Math.min(an, distance(out, r, d, 2 * d, d, p, eps));
            v[r] = Math.max(ap - an + margin, 0);
        }
        return Reduction.of(label, v, out.rows());
    }

    private static double distance(SampleMatrix m, int r, int from, int to, int d, double p, double eps) {
        double sum = 0;
        for (int c = 0; c < d; c++) sum += Math.pow(Math.abs(m.get(r, from + c) - m.get(r, to + c) + eps), p);
        return Math.pow(sum, 1 / p);
    }

    /**
     * One sequence: outputs are T rows of C log-probabilities, labels one row of targets. 'mean' divides by the target
     * length (and then by the batch of one), which {@link #compute} applies by summing this already divided value.
     */
    private static Reduction ctc(String label, LossOptions o, SampleMatrix out, SampleMatrix lab, String reduction) {
        if (lab == null || lab.rows() != 1) throw new Refusal("CTCLoss takes one sequence: outputs a row per time step, labels one row of targets");
        int k = out.width();
        int blank = (int) o.number("blank", 0);
        if (blank < 0 || blank >= k) throw new Refusal("PyTorch raises RuntimeError: blank must be in label range");
        int[] targets = new int[lab.width()];
        for (int i = 0; i < targets.length; i++) targets[i] = classIndex(lab.get(0, i), k);
        double[][] logp = new double[out.rows()][];
        for (int r = 0; r < out.rows(); r++) logp[r] = LossMath.row(out, r);
        double nll = Ctc.negativeLogLikelihood(logp, targets, blank);
        if (Double.isInfinite(nll) && o.flag("zero_infinity", false)) nll = 0;
        if (reduction.equals("mean")) nll /= Math.max(targets.length, 1);
        return Reduction.of(label, new double[] {nll}, 1);
    }
}
