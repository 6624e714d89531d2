package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself, before Javalin sees the request (a malformed request line, headers too large):
 * JSON like every other error, never Jetty's HTML page or a stack trace.
 */
final class JsonErrorPages extends ErrorHandler {

    JsonErrorPages() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        response.setContentType("application/json");
        response.getOutputStream().write(body(code).getBytes(StandardCharsets.UTF_8));
        baseRequest.setHandled(true);
    }

    /** Only the standard reason phrase: Jetty's own message may quote the request back. */
    private static String body(int status) {
        String reason = HttpStatus.getMessage(status);
        return JsonNodeFactory.instance.objectNode().put("error", reason == null ? "Error " + status : reason).toString();
    }
}
