package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server for the documents' S3 option: S3Proxy from Maven Central (its own process, files in
 * memory), with a bucket made for the run. Tests read what it holds through the S3 API.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "waymark-documents";
    private static final String IDENTITY = "waymark-test";
    private static final String CREDENTIAL = "waymark-test-secret";

    private static URI endpoint;
    private Process process;

    /** The keys of the objects the bucket holds. */
    public static List<String> keys() {
        try (S3Client s3 = client()) {
            return s3.listObjectsV2(list -> list.bucket(BUCKET)).contents().stream().map(o -> o.key()).toList();
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            endpoint = URI.create("http://127.0.0.1:" + port);
            Path settings = Files.createTempFile("s3proxy", ".conf");
            Files.writeString(settings, String.join("\n", "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL, "jclouds.provider=transient", "jclouds.identity=" + IDENTITY,
                    "jclouds.credential=" + CREDENTIAL, ""));
            Path log = Path.of("target", "s3proxy.log");
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    System.getProperty("s3proxy.jar", "target/test-servers/s3proxy.jar"), "--properties",
                    settings.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitPort(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (S3Client s3 = client()) {
            s3.createBucket(create -> create.bucket(BUCKET));
        }
        return Map.of("waymark.documents.storage", "s3", "waymark.documents.s3.endpoint", endpoint.toString(),
                "waymark.documents.s3.bucket", BUCKET, "waymark.documents.s3.region", "us-east-1", "waymark.documents.s3.access-key-id", IDENTITY,
                "waymark.documents.s3.secret-access-key", CREDENTIAL);
    }

    private void awaitPort(int port) throws IOException {
        for (int i = 0; i < 300; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("S3Proxy stopped; see target/s3proxy.log");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("S3Proxy did not start in 30 seconds; see target/s3proxy.log");
    }

    private static S3Client client() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .endpointOverride(endpoint).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .build();
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
