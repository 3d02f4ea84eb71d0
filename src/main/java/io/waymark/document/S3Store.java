package io.waymark.document;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Documents' bytes in S3-compatible object storage, for large installations ({@code waymark.documents.storage=s3};
 * docs/operations.md, "Documents"). Each version is one object, {@code <organisation>/<version id>}. The object is
 * written before the version's row is saved and removed again if that transaction rolls back; a removed version's
 * object goes once its removal is committed.
 */
@ApplicationScoped
public class S3Store implements DocumentStore {

    private static final Logger LOG = Logger.getLogger(S3Store.class);

    @ConfigProperty(name = "waymark.documents.s3.bucket")
    Optional<String> bucket;

    @ConfigProperty(name = "waymark.documents.s3.endpoint")
    Optional<URI> endpoint;

    @ConfigProperty(name = "waymark.documents.s3.region", defaultValue = "eu-west-2")
    String region;

    @ConfigProperty(name = "waymark.documents.s3.access-key-id")
    Optional<String> accessKeyId;

    @ConfigProperty(name = "waymark.documents.s3.secret-access-key")
    Optional<String> secretAccessKey;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile S3Client client;

    @Override
    public String name() {
        return "S3";
    }

    @Override
    public void write(DocumentVersion version, Path file) {
        String key = key(version);
        s3().putObject(put -> put.bucket(bucket()).key(key).contentType(version.mediaType), RequestBody.fromFile(file));
        afterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                delete(key);
            }
        });
    }

    @Override
    public void copyTo(DocumentVersion version, OutputStream out) throws IOException {
        try (InputStream in = s3().getObject(get -> get.bucket(bucket()).key(key(version)))) {
            in.transferTo(out);
        }
    }

    @Override
    public void remove(List<DocumentVersion> versions) {
        List<String> keys = versions.stream().map(S3Store::key).toList();
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                keys.forEach(this::delete);
            }
        });
    }

    private void delete(String key) {
        try {
            s3().deleteObject(delete -> delete.bucket(bucket()).key(key));
        } catch (RuntimeException e) {
            // Left for the bucket's own lifecycle rule; no row points at it any more (docs/operations.md).
            LOG.warnf("A document's object %s could not be removed: %s", key, e.getClass().getName());
        }
    }

    private void afterCompletion(IntConsumer then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status);
            }
        });
    }

    private static String key(DocumentVersion version) {
        return version.organisationCode + "/" + version.id;
    }

    private String bucket() {
        return bucket.orElseThrow(() -> new IllegalStateException("waymark.documents.s3.bucket is not set"));
    }

    private S3Client s3() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    // Checksums only where S3 requires them: S3-compatible services do not all take the newer ones.
                    S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                            .region(Region.of(region))
                            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                            .credentialsProvider(accessKeyId.isPresent() && secretAccessKey.isPresent()
                                    ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.get(),
                                            secretAccessKey.get()))
                                    : DefaultCredentialsProvider.builder().build());
                    // Another S3-compatible service (MinIO, Ceph, S3Proxy) at its own address, by path.
                    endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
                    client = builder.build();
                }
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
