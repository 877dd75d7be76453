package dev.lossadvisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** /openapi.json documents exactly the API routes the server has, and each documented error names a status the API uses. */
class OpenApiTest {

    @Test
    void documentsEveryApiRouteAndNoOther() {
        try (TestServer server = new TestServer()) {
            JsonNode doc = TestServer.json(server.get("/openapi.json"));
            assertEquals("3.1.0", doc.get("openapi").asText());
            Set<String> documented = new TreeSet<>();
            for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
                String path = paths.next();
                doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path));
            }
            Set<String> served = new TreeSet<>();
            for (ParsedEndpoint e : server.app.unsafe.internalRouter.allHttpHandlers()) {
                if (e.endpoint.path.startsWith("/api/")) served.add(e.endpoint.method.name() + " " + e.endpoint.path);
            }
            assertEquals(served, documented);
        }
    }

    @Test
    void everyReferencedSchemaExists() {
        try (TestServer server = new TestServer()) {
            String text = server.get("/openapi.json").body();
            JsonNode schemas = TestServer.json(server.get("/openapi.json")).get("components").get("schemas");
            var refs = java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
            int n = 0;
            while (refs.find()) {
                String ref = refs.group(1);
                n++;
                if (ref.startsWith("#/components/schemas/")) {
                    assertTrue(schemas.has(ref.substring("#/components/schemas/".length())), ref);
                } else {
                    assertEquals(200, server.get(ref).statusCode(), ref);
                }
            }
            assertTrue(n > 5);
        }
    }
}
