package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.protocolbot.app.Setting;

/**
 * Docker cannot run here, so the deploy files are checked as data: they parse, and they agree with the server
 * (port, probe paths, jar name) and with each other (labels, names, Secret keys), and the docs name every setting.
 */
class DeployFilesTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path DEPLOY = Path.of("deploy");
    /** Every environment variable the bot reads: the {@link Setting} table. */
    static final List<String> SETTINGS = Setting.all().stream().map(Setting::envName).toList();
    static final Set<String> SECRETS = Setting.all().stream().filter(Setting::secret).map(Setting::envName)
            .collect(java.util.stream.Collectors.toSet());

    @Test
    void deploymentProbesTheHealthEndpointsOnTheServersPort() throws IOException {
        JsonNode container = container();

        assertEquals(8080, container.at("/ports/0/containerPort").asInt());
        assertEquals("http", container.at("/ports/0/name").asText());
        assertEquals("/readyz", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/healthz", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/healthz", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("http", container.at("/readinessProbe/httpGet/port").asText());
        assertEquals("serve", container.at("/args/0").asText());
        assertTrue(container.at("/resources/requests/memory").isTextual());
        assertTrue(container.at("/resources/limits/memory").isTextual());
        assertTrue(yaml("k8s/deployment.yaml").at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
    }

    @Test
    void theFleetRunsTwoOrMoreReplicasAndADrainTakesOnlyOneAtATime() throws IOException {
        JsonNode hpa = yaml("k8s/hpa.yaml");
        JsonNode pdb = yaml("k8s/pdb.yaml");

        assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, hpa.toString());
        assertEquals("PodDisruptionBudget", pdb.get("kind").asText());
        assertEquals(1, pdb.at("/spec/maxUnavailable").asInt());
        assertEquals(yaml("k8s/deployment.yaml").at("/spec/selector/matchLabels"), pdb.at("/spec/selector/matchLabels"));
        assertTrue(Files.readString(DEPLOY.resolve("k8s/kustomization.yaml")).contains("- pdb.yaml"));
        String docs = Files.readString(Path.of("docs/deploy.md"));
        assertTrue(docs.contains("PROTOCOL_DATABASE_URL"), "docs/deploy.md shows the PostgreSQL setting");
        assertTrue(docs.contains("synchronous_commit"), "docs/deploy.md says how a click is made durable");
    }

    @Test
    void tokensComeOnlyFromTheSecretAndTheExampleHoldsPlaceholders() throws IOException {
        Set<String> fromSecret = new TreeSet<>();
        for (JsonNode env : container().get("env")) {
            String name = env.get("name").asText();
            JsonNode ref = env.at("/valueFrom/secretKeyRef");
            if (SECRETS.contains(name)) {
                assertFalse(env.has("value"), name + " must not be a literal value");
                assertEquals("protocol-bot-secrets", ref.get("name").asText(), name);
            }
            if (!ref.isMissingNode()) {
                assertEquals(name, ref.get("key").asText());
                assertTrue(ref.get("optional").asBoolean(), "a missing key leaves its adapter off: " + name);
                fromSecret.add(name);
            }
        }
        assertTrue(fromSecret.containsAll(SECRETS), fromSecret.toString());

        JsonNode example = yaml("k8s/secret.example.yaml");
        assertEquals("protocol-bot-secrets", example.at("/metadata/name").asText());
        Set<String> exampleKeys = new TreeSet<>();
        example.get("stringData").fields().forEachRemaining(entry -> {
            exampleKeys.add(entry.getKey());
            assertTrue(entry.getValue().asText().contains("replace-me"), entry.getKey() + " is a placeholder");
        });
        assertEquals(fromSecret, exampleKeys);
    }

    @Test
    void serviceAndAutoscalerPointAtTheDeployment() throws IOException {
        JsonNode deployment = yaml("k8s/deployment.yaml");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        assertEquals(deployment.at("/spec/selector/matchLabels"), podLabels);

        JsonNode service = yaml("k8s/service.yaml");
        assertEquals(podLabels, service.at("/spec/selector"));
        assertEquals("http", service.at("/spec/ports/0/targetPort").asText());

        JsonNode hpa = yaml("k8s/hpa.yaml");
        assertEquals("autoscaling/v2", hpa.get("apiVersion").asText());
        assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
        assertEquals(deployment.at("/metadata/name"), hpa.at("/spec/scaleTargetRef/name"));
        assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2);
        assertTrue(hpa.at("/spec/maxReplicas").asInt() <= 10, "Slack allows at most 10 Socket Mode connections");

        List<String> resources = new ArrayList<>();
        yaml("k8s/kustomization.yaml").get("resources").forEach(r -> resources.add(r.asText()));
        assertEquals(List.of("deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml"), resources);
    }

    @Test
    void composeBuildsTheImageAndReadsSettingsFromDotEnv() throws IOException {
        JsonNode service = yaml("docker-compose.yml").at("/services/protocol-bot");

        assertEquals("..", service.at("/build/context").asText());
        assertEquals("deploy/Dockerfile", service.at("/build/dockerfile").asText());
        assertEquals(".env", service.at("/env_file/0").asText());
        assertEquals("8080:8080", service.at("/ports/0").asText());
    }

    @Test
    void dockerfileBuildsWithMavenAndRunsTheJarAsANonRootUserWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        String pom = Files.readString(Path.of("pom.xml"));

        assertTrue(dockerfile.contains("FROM maven:3-eclipse-temurin-17 AS build"));
        assertTrue(dockerfile.contains("RUN mvn -B package -DskipTests"));
        assertTrue(dockerfile.contains("FROM eclipse-temurin:17-jre"));
        assertTrue(pom.contains("<finalName>protocol-bot</finalName>"));
        assertTrue(dockerfile.contains("COPY --from=build /src/target/protocol-bot.jar /app/protocol-bot.jar"));
        assertTrue(dockerfile.contains("USER 10001:10001"));
        assertEquals(10001, yaml("k8s/deployment.yaml").at("/spec/template/spec/securityContext/runAsUser").asInt());
        assertTrue(dockerfile.contains("HEALTHCHECK"));
        assertTrue(dockerfile.contains("/healthz"));
        assertTrue(dockerfile.contains("EXPOSE 8080"));
        assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-Dfile.encoding=UTF-8\", \"-jar\", \"/app/protocol-bot.jar\"]"),
                "UTF-8 whatever the base image's locale, or Slack signatures over non-ASCII text fail");
        assertTrue(dockerfile.contains("CMD [\"serve\"]"));
        assertTrue(Files.readString(Path.of(".dockerignore")).lines().anyMatch(".env"::equals), "no local secrets");
    }

    @Test
    void envExampleNamesEverySettingAndHoldsNoValues() throws IOException {
        List<String> envExample = Files.readAllLines(DEPLOY.resolve(".env.example")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        envExample.forEach(line -> values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        assertEquals(new TreeSet<>(SETTINGS), new TreeSet<>(values.keySet()));
        values.forEach((name, value) -> assertTrue(value.isEmpty() || name.equals("PORT"), name + " must be empty"));

        // docs/configuration.md holds the Setting table itself: ConfigurationDocsTest checks it.
    }

    private static JsonNode container() throws IOException {
        return yaml("k8s/deployment.yaml").at("/spec/template/spec/containers/0");
    }

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(DEPLOY.resolve(file).toFile());
    }
}
