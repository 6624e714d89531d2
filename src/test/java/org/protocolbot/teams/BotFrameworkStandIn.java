package org.protocolbot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * WireMock playing Microsoft's side of a Teams conversation: the Bot Framework OpenID metadata and signing keys
 * (with a key this class generates, so tests can sign channel tokens), the login token endpoint, and the Bot
 * Connector that receives replies under the activity's serviceUrl.
 */
final class BotFrameworkStandIn {

    static final String APP_ID = "00000000-0000-0000-0000-00000000b0d1";
    static final String APP_PASSWORD = "test-app-password-Zq8~never-log-me";
    static final String BOT_TOKEN = "fake-bot-access-token";
    static final String CHANNEL_ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "test-signing-key";
    /** Teams' serviceUrls carry a regional path (e.g. /amer/); replies must go under it. */
    static final String SERVICE_PATH = "/amer/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair CHANNEL_KEY = rsaKeyPair();

    private final WireMockExtension wm;

    BotFrameworkStandIn(WireMockExtension wm) {
        this.wm = wm;
    }

    TeamsEndpoints endpoints() {
        return new TeamsEndpoints(wm.baseUrl() + "/v1/.well-known/openidconfiguration",
                wm.baseUrl() + "/" + TeamsEndpoints.TENANT + "/oauth2/v2.0/token");
    }

    String serviceUrl() {
        return wm.baseUrl() + SERVICE_PATH;
    }

    /** Stubs every Microsoft endpoint the adapter talks to. */
    void stubMicrosoft() {
        wm.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration")).willReturn(okJson("""
                {"issuer": "%s", "jwks_uri": "%s/v1/.well-known/keys",
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "token_endpoint_auth_methods_supported": ["private_key_jwt"]}
                """.formatted(CHANNEL_ISSUER, wm.baseUrl()))));
        wm.stubFor(get(urlPathEqualTo("/v1/.well-known/keys")).willReturn(okJson(jwks())));
        wm.stubFor(post(urlPathMatching("/[^/]+/oauth2/v2.0/token")).willReturn(okJson("""
                {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "%s"}
                """.formatted(BOT_TOKEN))));
        wm.stubFor(post(urlPathMatching(SERVICE_PATH + "v3/conversations/[^/]+/activities/[^/]+"))
                .willReturn(okJson("{\"id\": \"1700000009999\"}")));
    }

    /** A channel token as the Bot Framework signs it, for this bot and this serviceUrl. */
    String channelToken() {
        return channelToken(APP_ID, serviceUrl(), Duration.ofHours(1), channelPrivateKey());
    }

    /** The key whose public half the stand-in publishes in its JWKS. */
    static RSAPrivateKey channelPrivateKey() {
        return (RSAPrivateKey) CHANNEL_KEY.getPrivate();
    }

    /**
     * @param validFor how long from now the token stays valid; negative for a token that has already expired
     */
    String channelToken(String audience, String serviceUrlClaim, Duration validFor, RSAPrivateKey signingKey) {
        Instant now = Instant.now();
        return JWT.create()
                .withKeyId(KEY_ID)
                .withIssuer(CHANNEL_ISSUER)
                .withAudience(audience)
                .withClaim("serviceurl", serviceUrlClaim)
                .withNotBefore(Date.from(now.minus(Duration.ofHours(2))))
                .withExpiresAt(Date.from(now.plus(validFor)))
                .sign(Algorithm.RSA256((RSAPublicKey) CHANNEL_KEY.getPublic(), signingKey));
    }

    /** A private key the Bot Framework never published. */
    static RSAPrivateKey foreignKey() {
        return (RSAPrivateKey) rsaKeyPair().getPrivate();
    }

    List<LoggedRequest> replies() {
        return wm.findAll(postRequestedFor(urlPathMatching(".*/v3/conversations/.*")));
    }

    List<LoggedRequest> tokenRequests() {
        return wm.findAll(postRequestedFor(urlPathMatching(".*/oauth2/v2.0/token")));
    }

    /** The single reply the bot posted. */
    LoggedRequest onlyReply() {
        List<LoggedRequest> replies = replies();
        if (replies.size() != 1) {
            throw new AssertionError("expected exactly one reply, got " + replies.size());
        }
        return replies.get(0);
    }

    static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new AssertionError("reply body is not JSON: " + request.getBodyAsString(), e);
        }
    }

    private static String jwks() {
        RSAPublicKey key = (RSAPublicKey) CHANNEL_KEY.getPublic();
        return """
                {"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "n": "%s", "e": "%s", "endorsements": ["msteams"]}]}
                """.formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // JWK integers are unsigned
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
