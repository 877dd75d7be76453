package dev.lossadvisor.engine.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two versions of a file (as {@code diff -u} and {@code ruff --diff} print), 3 lines of context. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    public static String of(String name, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        // longest common subsequence over lines: the files a fix touches are source files, small enough for the table
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String[]> ops = new ArrayList<>(); // {" ", "-", "+"} with the line
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new String[] {" ", a.get(i++)});
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new String[] {"-", a.get(i++)});
            } else {
                ops.add(new String[] {"+", b.get(j++)});
            }
        }
        StringBuilder out = new StringBuilder();
        boolean absolute = name.startsWith("/");
        out.append(absolute ? "--- " : "--- a/").append(name).append('\n').append(absolute ? "+++ " : "+++ b/").append(name).append('\n');
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // extend the hunk while changes come within twice the context
            int last = k;
            while (end < ops.size()) {
                if (!ops.get(end)[0].equals(" ")) last = end;
                else if (end - last > 2 * CONTEXT) break;
                end++;
            }
            end = Math.min(ops.size(), last + CONTEXT + 1);
            int oldStart = 1;
            int newStart = 1;
            for (int x = 0; x < start; x++) {
                if (!ops.get(x)[0].equals("+")) oldStart++;
                if (!ops.get(x)[0].equals("-")) newStart++;
            }
            int oldLen = 0;
            int newLen = 0;
            StringBuilder body = new StringBuilder();
            for (int x = start; x < end; x++) {
                String op = ops.get(x)[0];
                if (!op.equals("+")) oldLen++;
                if (!op.equals("-")) newLen++;
                body.append(op).append(ops.get(x)[1]).append('\n');
            }
            out.append("@@ -").append(oldLen == 0 ? oldStart - 1 : oldStart).append(',').append(oldLen).append(" +")
                    .append(newLen == 0 ? newStart - 1 : newStart).append(',').append(newLen).append(" @@\n").append(body);
            k = end;
        }
        return out.toString();
    }
}
