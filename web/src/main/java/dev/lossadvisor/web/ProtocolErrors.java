package dev.lossadvisor.web;

import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to requests it cannot parse, before the app sees them. A request line with a mangled protocol version
 * ("HTTP/1.q") is answered 505 by Jetty; it is a malformed request like any other, so it gets a 400: no 5xx from bad input.
 */
final class ProtocolErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        if (code == 505) {
            response.setStatus(400);
            super.generateResponse(request, response, 400, "malformed request line: unknown protocol version", cause, callback);
            return;
        }
        super.generateResponse(request, response, code, message, cause, callback);
    }
}
