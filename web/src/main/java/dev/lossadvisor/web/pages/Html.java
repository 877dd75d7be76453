package dev.lossadvisor.web.pages;

import dev.lossadvisor.engine.input.InputException;
import java.util.List;

/** HTML building blocks. Every value that is not a literal of this code goes through {@link #esc}. */
public final class Html {
    private static final List<String[]> NAV = List.of(
            new String[] {"/", "Recommend"}, new String[] {"/validate", "Validate"}, new String[] {"/confirm", "Confirm"},
            new String[] {"/rules", "Rules"}, new String[] {"/openapi.json", "API"});

    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(Object value) {
        String s = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(r);
        }
        return b == null ? s : b.toString();
    }

    /** A whole page: head, navigation with {@code active} marked, and the body. */
    public static String page(String title, String active, String extraHead, String body) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · Loss Advisor</title>")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/style.css\"><script src=\"/static/app.js\" defer></script>")
                .append(extraHead).append("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a><header><a class=\"brand\" href=\"/\">Loss Advisor</a><nav>");
        for (String[] item : NAV) {
            h.append("<a href=\"").append(item[0]).append('"').append(item[0].equals(active) ? " aria-current=\"page\"" : "").append('>')
                    .append(item[1]).append("</a>");
        }
        h.append("</nav></header><main id=\"main\" tabindex=\"-1\">").append(body).append("</main><footer>Loss Advisor — loss, activation and label advice, ")
                .append("lint rules and a reference CNN. <a href=\"/openapi.json\">REST API</a></footer></body></html>\n");
        return h.toString();
    }

    /** An input problem as an alert: where, what, and what to do. */
    public static String error(String heading, String path, String problem, String hint) {
        return "<div class=\"alert\" role=\"alert\" id=\"error\"><strong>" + esc(heading) + "</strong> "
                + (path == null || path.isEmpty() ? "" : "<code class=\"path\">" + esc(path) + "</code> ")
                + esc(problem) + (hint == null ? "" : "<p class=\"hint\">" + esc(hint) + "</p>") + "</div>";
    }

    public static String error(InputException e) {
        return error("Cannot use this input:", e.path(), e.problem(), e.hint());
    }

    /** Option elements, the one equal to {@code selected} selected. */
    public static String options(List<String> values, String selected) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append("<option value=\"").append(esc(v)).append('"').append(v.equals(selected) ? " selected" : "").append('>')
                    .append(esc(v)).append("</option>");
        }
        return b.toString();
    }

    /** " aria-invalid=\"true\"" on the form field an error's JSON pointer starts with. */
    public static String invalidIf(InputException e, String field) {
        if (e == null) return "";
        String p = e.path();
        return p.equals("/" + field) || p.startsWith("/" + field + "/") ? " aria-invalid=\"true\"" : "";
    }

    /** A code block with a copy button. */
    public static String snippet(String id, String code) {
        return "<div class=\"snippet\"><button type=\"button\" class=\"copy\" data-copy=\"" + esc(id) + "\">Copy</button><pre><code id=\""
                + esc(id) + "\">" + esc(code) + "</code></pre></div>";
    }
}
