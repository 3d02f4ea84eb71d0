package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every manifest in deploy/k8s against the Kubernetes API's published schema: the official client's models are
 * generated from it and refuse unknown fields, missing required ones and wrong types, so a typo fails the build, not
 * the rollout. The CloudNativePG resources are checked against the operator's CRD schema by the validators that
 * @kubernetes-models/cloudnative-pg compiles from it (src/test/js, from npm as its lockfile pins it, run with Node.js).
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("deploy/k8s");

    /** The schema of each kind the manifests use. */
    private static final Map<String, Validator> SCHEMAS = Map.of(
            "v1/ConfigMap", V1ConfigMap::validateJsonElement,
            "v1/Service", V1Service::validateJsonElement,
            "apps/v1/Deployment", V1Deployment::validateJsonElement,
            "batch/v1/Job", V1Job::validateJsonElement,
            "networking.k8s.io/v1/Ingress", V1Ingress::validateJsonElement,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement);

    private static final List<String> OPERATOR_KINDS = List.of("postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/ScheduledBackup");

    private final ObjectMapper yaml = new YAMLMapper();

    @Test
    void everyManifestMatchesTheKubernetesSchema() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path file : manifests()) {
            for (JsonNode resource : documents(file)) {
                String kind = resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
                if (OPERATOR_KINDS.contains(kind)) {
                    continue;
                }
                Validator schema = SCHEMAS.get(kind);
                assertNotNull(schema, file + ": no schema here for " + kind);
                try {
                    schema.validate(JsonParser.parseString(resource.toString()));
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(file + " (" + kind + "): " + e.getMessage(), e);
                }
                checked.add(kind);
            }
        }
        assertEquals(new TreeSet<>(SCHEMAS.keySet()), new TreeSet<>(checked), "every kind is used and checked");
    }

    @Test
    void theDatabaseMatchesTheCloudNativePgSchema() throws Exception {
        Result checked = cnpgValidate(MANIFESTS.resolve("database.yaml"));
        assertEquals(0, checked.exit(), checked.output());
        assertTrue(checked.output().contains("ok deploy/k8s/database.yaml Cluster"), checked.output());
        assertTrue(checked.output().contains("ok deploy/k8s/database.yaml ScheduledBackup"), checked.output());

        Path broken = Files.createTempFile("database", ".yaml");
        Files.writeString(broken, Files.readString(MANIFESTS.resolve("database.yaml")).replace("instances: 3", "instances: three"));
        Result refused = cnpgValidate(broken);
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("spec/instances must be integer"), refused.output());
    }

    private static Result cnpgValidate(Path manifest) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "target/js/cnpg-validate.mjs", manifest.toString())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes());
        return new Result(node.waitFor(), output);
    }

    private record Result(int exit, String output) {
    }

    @Test
    void aMisspeltFieldOrAMissingRequiredOneIsCaught() throws IOException {
        ObjectNode deployment = (ObjectNode) documents(MANIFESTS.resolve("deployment.yaml")).get(0);
        ((ObjectNode) deployment.path("spec")).put("replica", 2);
        assertThrows(IllegalArgumentException.class,
                () -> V1Deployment.validateJsonElement(JsonParser.parseString(deployment.toString())));

        ObjectNode service = (ObjectNode) documents(MANIFESTS.resolve("service.yaml")).get(0);
        ((ObjectNode) service.path("spec").path("ports").get(0)).remove("port");
        assertThrows(IllegalArgumentException.class,
                () -> V1Service.validateJsonElement(JsonParser.parseString(service.toString())));
    }

    @Test
    void kustomizationAppliesEveryManifest() throws IOException {
        JsonNode kustomization = yaml.readTree(MANIFESTS.resolve("kustomization.yaml").toFile());
        TreeSet<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        TreeSet<String> present = new TreeSet<>();
        manifests().forEach(p -> present.add(p.getFileName().toString()));
        assertEquals(present, listed);
        assertTrue(listed.contains("database.yaml") && listed.contains("migrate-job.yaml"));
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).sorted().toList();
        }
    }

    private List<JsonNode> documents(Path file) throws IOException {
        return yaml.readValues(new YAMLFactory().createParser(file.toFile()), JsonNode.class).readAll();
    }

    @FunctionalInterface
    private interface Validator {
        void validate(JsonElement json) throws IOException;
    }
}
