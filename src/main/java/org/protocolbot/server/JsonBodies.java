package org.protocolbot.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a small JSON object from a request body, refusing oversized or malformed bodies with a clear message. */
final class JsonBodies {

    private final ObjectMapper mapper;
    private final int maxBytes;

    JsonBodies(ObjectMapper mapper, int maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    ObjectNode readObject(Context ctx, String example) {
        byte[] body = readLimited(ctx);
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request body is not valid JSON. Send " + example + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (json == null || !json.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object: " + example + ".");
        }
        return (ObjectNode) json;
    }

    /**
     * Reads at most {@code maxBytes}. The Content-Length check answers honest clients at once; the bounded read
     * also stops chunked bodies, which carry no length, from filling memory.
     */
    private byte[] readLimited(Context ctx) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiError tooLarge() {
        return ApiError.tooLarge("The request body is larger than " + maxBytes / 1024 + " KiB.");
    }
}
