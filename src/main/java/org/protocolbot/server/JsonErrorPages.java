package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before Javalin sees the request (a malformed request line, headers too large, bad
 * chunked framing, a request shed by the work queue): JSON like every other error, never Jetty's HTML page or a
 * stack trace. A 503 carries {@code Retry-After}, so a well-behaved client backs off instead of retrying at once.
 */
final class JsonErrorPages extends ErrorHandler {

    /** Seconds a shed client is asked to wait: about the time the queue takes to drain under a burst. */
    static final String RETRY_AFTER_SECONDS = "2";

    JsonErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        if (code == HttpStatus.SERVICE_UNAVAILABLE_503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.write(true, ByteBuffer.wrap(body(code).getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Only the standard reason phrase: Jetty's own message may quote the request back. */
    static String body(int status) {
        String reason = HttpStatus.getMessage(status);
        return JsonNodeFactory.instance.objectNode().put("error", reason == null ? "Error " + status : reason).toString();
    }
}
