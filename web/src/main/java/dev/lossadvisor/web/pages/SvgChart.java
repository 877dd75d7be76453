package dev.lossadvisor.web.pages;

import static dev.lossadvisor.web.pages.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * A line chart of training loss per epoch, one line per candidate, as inline SVG (no script, no network).
 * A line stops where its loss became NaN or infinite; a cross marks the divergence. Positive losses that span more
 * than a factor of 20 are drawn on a log scale, so that a stuck loss of 8 does not flatten one falling to 0.01; a loss
 * that falls below the decades shown is drawn on the floor with a downward mark. Losses of 0 or below (NLLLoss fed
 * probabilities goes negative) are drawn on a linear axis that reaches below zero.
 */
final class SvgChart {
    /** One line: its legend text and a value per epoch (NaN where it diverged). */
    record Series(String label, List<Double> values) {}

    /** Colour-blind-safe palette (Okabe–Ito). */
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"};
    private static final int W = 640;
    private static final int PLOT_H = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int HEIGHT = TOP + PLOT_H + 44;
    private static final double LOG_RATIO = 20;
    /** A log axis shows this many decades below the highest loss; a loss that falls to 1e-30 is simply "low". */
    private static final double DECADES = 4;

    /** Maps a loss to a height: linear or log10, over [lo, hi] of the transformed values. */
    private record Scale(boolean log, double lo, double hi) {
        double t(double v) {
            return log ? Math.log10(v) : v;
        }

        /** Values below the axis (a loss falling past the last decade shown) sit on it, marked by {@link #below}. */
        double y(double v) {
            return TOP + PLOT_H * (1 - (Math.max(t(v), lo) - lo) / (hi - lo));
        }

        boolean below(double v) {
            return t(v) < lo;
        }

        double inverse(double t) {
            return log ? Math.pow(10, t) : t;
        }
    }

    private SvgChart() {}

    static String render(String title, List<Series> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int epochs = 1;
        for (Series s : series) {
            epochs = Math.max(epochs, s.values().size());
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Scale scale = scale(lo, hi);
        StringBuilder b = new StringBuilder(4096);
        b.append("<figure class=\"chart\"><svg class=\"chart\" id=\"loss-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">").append(esc(title))
                .append("</title>");
        axes(b, scale, epochs);
        for (int i = 0; i < series.size(); i++) line(b, series.get(i), COLOURS[i % COLOURS.length], scale, epochs);
        // the legend is HTML beside the drawing, so that long names wrap on a narrow screen instead of running off it
        b.append("</svg><ul class=\"legend\">");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            boolean diverged = s.values().stream().anyMatch(v -> !Double.isFinite(v));
            boolean falls = s.values().stream().anyMatch(v -> Double.isFinite(v) && scale.below(v));
            b.append("<li><svg class=\"swatch\" viewBox=\"0 0 14 4\" width=\"14\" height=\"4\" aria-hidden=\"true\"><rect width=\"14\" height=\"4\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\"/></svg> ").append(esc(s.label())).append(diverged ? " (diverged: NaN)" : "")
                    .append(falls ? " (falls below the plot: ▼)" : "").append("</li>");
        }
        return b.append("</ul></figure>").toString();
    }

    private static Scale scale(double lo, double hi) {
        if (lo > hi) return new Scale(false, 0, 1);
        if (lo > 0 && hi / lo > LOG_RATIO) {
            double top = Math.log10(hi) + 0.05;
            return new Scale(true, Math.max(Math.log10(lo) - 0.05, top - DECADES), top);
        }
        if (hi - lo < 1e-9) return new Scale(false, lo - 0.5, lo + 0.5);
        double margin = 0.05 * (hi - lo);
        // the floor stops at 0 for losses that cannot go below it, and follows them when they do
        return new Scale(false, lo >= 0 ? Math.max(0, lo - margin) : lo - margin, hi + margin);
    }

    private static void axes(StringBuilder b, Scale scale, int epochs) {
        int bottom = TOP + PLOT_H;
        b.append("<g class=\"axes\"><line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(W - RIGHT)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#555\"/><line x1=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" x2=\"").append(LEFT).append("\" y2=\"").append(bottom).append("\" stroke=\"#555\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = scale.inverse(scale.lo() + (scale.hi() - scale.lo()) * i / 4);
            double y = scale.y(v);
            b.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(fmt(y)).append("\" y2=\"")
                    .append(fmt(y)).append("\" stroke=\"#ddd\"/><text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.2g", v)).append("</text>");
        }
        for (int e = 1; e <= epochs; e++) {
            b.append("<text x=\"").append(fmt(x(e, epochs))).append("\" y=\"").append(bottom + 16).append("\" text-anchor=\"middle\">")
                    .append(e).append("</text>");
        }
        b.append("<text x=\"").append((LEFT + W - RIGHT) / 2).append("\" y=\"").append(bottom + 32)
                .append("\" text-anchor=\"middle\">epoch — training loss, mean over seeds").append(scale.log() ? ", log scale" : "")
                .append("</text></g>");
    }

    private static void line(StringBuilder b, Series s, String colour, Scale scale, int epochs) {
        StringBuilder points = new StringBuilder();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < s.values().size(); i++) {
            double v = s.values().get(i);
            if (!Double.isFinite(v)) break;
            lastX = x(i + 1, epochs);
            lastY = scale.y(v);
            points.append(fmt(lastX)).append(',').append(fmt(lastY)).append(' ');
            if (scale.below(v)) {
                b.append("<path class=\"off-plot\" fill=\"").append(colour).append("\" d=\"M").append(fmt(lastX - 5)).append(',')
                        .append(fmt(lastY + 3)).append("l10,0l-5,8z\"><title>").append(esc(s.label())).append(", epoch ").append(i + 1)
                        .append(": ").append(String.format(Locale.ROOT, "%.3g", v)).append(", below the plot</title></path>");
            }
        }
        if (points.length() > 0) {
            b.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"").append(points.toString().strip())
                    .append("\"><title>").append(esc(s.label())).append("</title></polyline>");
        }
        if (s.values().stream().anyMatch(v -> !Double.isFinite(v))) {
            double cx = Double.isNaN(lastX) ? x(1, epochs) : lastX;
            double cy = Double.isNaN(lastY) ? TOP + 8 : lastY;
            b.append("<path class=\"diverged\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\" d=\"M").append(fmt(cx - 5)).append(',')
                    .append(fmt(cy - 5)).append("l10,10m0,-10l-10,10\"><title>").append(esc(s.label())).append(" diverged (NaN)</title></path>");
        }
    }

    private static double x(int epoch, int epochs) {
        return epochs == 1 ? LEFT + (W - LEFT - RIGHT) / 2.0 : LEFT + 12 + (W - LEFT - RIGHT - 24) * (epoch - 1.0) / (epochs - 1);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
