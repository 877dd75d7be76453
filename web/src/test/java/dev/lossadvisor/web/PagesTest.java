package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lossadvisor.engine.findings.RuleInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The HTML pages over HTTP: forms, results, kept input on errors, escaping. */
class PagesTest extends SharedServer {
    @Test
    void theRecommendFormGivesTheRecommendationAndCodePerFramework() {
        HttpResponse<String> r = server.post("/recommend", "application/x-www-form-urlencoded",
                form(Map.of("task", "multiclass", "classes", "10", "frameworks", "keras")));
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"rec-loss\">Categorical cross-entropy"), html);
        assertTrue(html.contains("id=\"snippet-keras\""));
        assertFalse(html.contains("id=\"snippet-pytorch\""), "only the chosen framework");
        assertTrue(html.contains("Dense(10"), "units filled in");
        assertTrue(html.contains("<option value=\"multiclass\" selected>"), "the form keeps the choice");
    }

    @Test
    void aBadFieldIsMarkedAndWhatWasTypedStays() {
        HttpResponse<String> r = server.post("/recommend", "application/x-www-form-urlencoded",
                form(Map.of("task", "binary", "classes", "two", "labels", "0 1 <b>1</b>")));
        assertEquals(422, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"error\""));
        assertTrue(html.contains("<code class=\"path\">/classes</code>"), html);
        assertTrue(html.contains("value=\"two\" aria-invalid=\"true\""), html);
        assertTrue(html.contains("0 1 &lt;b&gt;1&lt;/b&gt;</textarea>"), "typed labels kept, escaped");
    }

    @Test
    void userTextIsEscapedEverywhere() {
        String name = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        String description = "{\"name\": \"" + name.replace("\"", "\\\"") + "\", \"framework\": \"keras\", \"task\": \"binary\", "
                + "\"output\": {\"units\": 1, \"activation\": \"sigmoid\"}, \"loss\": \"mse\"}";
        String html = server.post("/validate", "application/x-www-form-urlencoded", form(Map.of("description", description))).body();
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("data-rule=\"mse-for-classification\""));
        assertTrue(html.contains("href=\"/rules/mse-for-classification\""), "findings link their rule page");
    }

    @Test
    void findingsAreGroupedBySeverityWorstFirst() {
        String html = server.get("/validate?sample=integer-labels-with-categorical-ce").body();
        String description = html.substring(html.indexOf("name=\"description\""));
        description = description.substring(description.indexOf('>') + 1, description.indexOf("</textarea>"));
        String result = server.post("/validate", "application/x-www-form-urlencoded",
                form(Map.of("description", unescape(description)))).body();
        assertTrue(result.contains("id=\"severity-error\""), result);
        assertTrue(result.contains("data-rule=\"integer-labels-with-categorical-ce\""));
        int error = result.indexOf("id=\"severity-error\"");
        int warning = result.indexOf("id=\"severity-warning\"");
        assertTrue(warning < 0 || error < warning);
    }

    @Test
    void anUploadedFileIsValidatedAndShownForEditing() {
        String boundary = "----loss-advisor-test";
        String file = "{\"framework\": \"pytorch\", \"task\": \"multiclass\", \"output\": {\"units\": 1, \"activation\": \"softmax\"}, "
                + "\"loss\": \"CrossEntropyLoss\"}";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"model.json\"\r\nContent-Type: application/json\r\n\r\n"
                + file + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = server.post("/validate", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("data-rule=\"softmax-single-unit\""), r.body());
        assertTrue(r.body().contains("&quot;CrossEntropyLoss&quot;}</textarea>"), "the upload lands in the text area");
    }

    @Test
    void malformedJsonIs400WithTheTextKept() {
        HttpResponse<String> r = server.post("/validate", "application/x-www-form-urlencoded", form(Map.of("description", "{\"framework\": ")));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("malformed JSON"));
        assertTrue(r.body().contains("{&quot;framework&quot;: </textarea>"));
    }

    @Test
    void theRulesIndexAndEveryRulePage() {
        String index = server.get("/rules").body();
        for (RuleInfo rule : TestServer.ADVISOR.rules()) {
            assertTrue(index.contains("href=\"/rules/" + rule.name() + "\""), rule.name());
            HttpResponse<String> page = server.get("/rules/" + rule.name());
            assertEquals(200, page.statusCode(), rule.name());
            assertTrue(page.body().contains("What it does") && page.body().contains("Why is this bad?") && page.body().contains("Use instead"));
        }
        assertEquals(200, server.get("/rules/LA001").statusCode(), "codes work too");
        HttpResponse<String> missing = server.get("/rules/nope");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void theConfirmFormStartsAJobAndRedirectsToItsPage() {
        try (TestServer busy = new TestServer(new Limits(1 << 20, 1, java.time.Duration.ofMinutes(1), 10))) {
            HttpResponse<String> r = busy.post("/confirm", "application/x-www-form-urlencoded", form(Map.of("task", "multiclass", "seeds", "2")));
            assertEquals(303, r.statusCode());
            String location = r.headers().firstValue("Location").orElseThrow();
            assertTrue(location.matches("/confirm/[0-9a-f]{18}"), location);
            String page = busy.get(location).body();
            assertTrue(page.contains("id=\"job-progress\"") || page.contains("id=\"verdict\""), page);
            // the one slot is taken: the form comes back with the reason and the input
            HttpResponse<String> refused = busy.post("/confirm", "application/x-www-form-urlencoded",
                    form(Map.of("task", "binary", "seeds", "1", "model", "{\"x\": 1}")));
            assertTrue(refused.statusCode() == 429 || refused.statusCode() == 422, refused.body());
            assertTrue(refused.body().contains("{&quot;x&quot;: 1}</textarea>"));
        }
        HttpResponse<String> bad = server.post("/confirm", "application/x-www-form-urlencoded",
                form(Map.of("task", "binary", "seeds", "1", "model", "{\"framework\": \"keras\"}")));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("<code class=\"path\">/model/output</code>"), bad.body());
    }

    @Test
    void aValidatedDescriptionCanBeTrainedAgainstTheRecommendation() {
        String sample = dev.lossadvisor.engine.report.RuleDocs.sample("mse-for-classification", "bad.json");
        String html = server.post("/validate", "application/x-www-form-urlencoded", form(Map.of("description", sample))).body();
        assertTrue(html.contains("<form method=\"post\" action=\"/confirm\" id=\"confirm-this\">"), html);
        assertTrue(html.contains("name=\"model\" value=\"{\n  &quot;name&quot;: &quot;churn classifier trained with MSE&quot;"), "the description, escaped");
        // the recommendation links the confirm form with its task chosen
        String rec = server.post("/recommend", "application/x-www-form-urlencoded", form(Map.of("task", "binary"))).body();
        assertTrue(rec.contains("href=\"/confirm?task=binary\""));
        assertTrue(server.get("/confirm?task=multilabel").body().contains("<option value=\"multilabel\" selected>"));
        assertTrue(server.get("/confirm?task=%3Cx%3E").body().contains("<option value=\"binary\" selected>"), "unknown tasks fall back");
        String ordinal = server.post("/recommend", "application/x-www-form-urlencoded", form(Map.of("task", "ordinal"))).body();
        assertFalse(ordinal.contains("confirm-link"), "no link for a task the reference CNN does not model");
    }

    /** Python source with two flows into losses: a button per flow, each training its own flow (no 422 for "2 outputs"). */
    @Test
    void eachFlowOfAPythonScriptCanBeTrainedAgainstTheRecommendation() {
        String script = """
                import torch
                from torch import nn

                trunk = nn.Sequential(nn.Linear(10, 4))
                classes = nn.Linear(4, 3)
                spam = nn.Sequential(nn.Linear(4, 1), nn.Sigmoid())
                h = trunk(torch.randn(8, 10))
                loss = nn.CrossEntropyLoss()(classes(h), torch.randint(0, 3, (8,))) + nn.BCELoss()(spam(h), torch.rand(8, 1).round())
                """;
        String html = server.post("/validate", "application/x-www-form-urlencoded", form(Map.of("description", script))).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<form method=\"post\" action=\"/confirm\" class=\"confirm-this\">(.*?)</form>", java.util.regex.Pattern.DOTALL).matcher(html);
        java.util.List<Map<String, String>> buttons = new java.util.ArrayList<>();
        while (m.find()) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher f = java.util.regex.Pattern.compile("name=\"(\\w+)\" value=\"([^\"]*)\"").matcher(m.group(1));
            while (f.find()) fields.put(f.group(1), unescape(f.group(2)));
            buttons.add(fields);
        }
        assertEquals(2, buttons.size(), html);
        assertEquals(java.util.Set.of("multiclass", "binary"), buttons.stream().map(b -> b.get("task")).collect(Collectors.toSet()));
        // the jobs are accepted (and stopped at their first epoch: the training itself is ConfirmTest's)
        try (TestServer busy = new TestServer(new Limits(1 << 20, 2, java.time.Duration.ofMillis(1), 10))) {
            for (Map<String, String> b : buttons) {
                HttpResponse<String> r = busy.post("/confirm", "application/x-www-form-urlencoded", form(b));
                assertEquals(303, r.statusCode(), b.get("head") + ": " + r.body());
            }
            Map<String, String> gone = new java.util.LinkedHashMap<>(buttons.get(0));
            gone.put("head", "nowhere");
            HttpResponse<String> bad = busy.post("/confirm", "application/x-www-form-urlencoded", form(gone));
            assertEquals(422, bad.statusCode());
            assertTrue(bad.body().contains("has no output &#39;nowhere&#39;") && bad.body().contains("name=\"head\" value=\"nowhere\""), bad.body());
        }
    }

    @Test
    void staticAssetsAndTheOpenApiDocumentAreServed() {
        assertEquals(200, server.get("/static/style.css").statusCode());
        assertEquals(200, server.get("/static/app.js").statusCode());
        assertEquals(200, server.get("/schema/model-description.schema.json").statusCode());
        assertEquals(404, server.get("/static/missing.css").statusCode());
        HttpResponse<String> page = server.send(HttpRequest.newBuilder(URI.create(server.base + "/nowhere")).GET());
        assertEquals(404, page.statusCode());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }
}
