package io.waymark.document;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.waymark.support.Database;
import io.waymark.support.S3ProxyResource;
import java.util.List;

/**
 * Every document test again, with the files in S3-compatible storage (S3Proxy): nothing of them in the database, the
 * bucket holding exactly the files still kept.
 */
@QuarkusTest
@TestProfile(DocumentsOnS3Test.OnS3.class)
class DocumentsOnS3Test extends DocumentTest {

    public static class OnS3 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3ProxyResource.class));
        }
    }

    @Override
    String storage() {
        return "S3";
    }

    /** The version's object in the bucket (one piece), and none of its bytes in the database. */
    @Override
    int storedPieces(String versionId) {
        List<String> inDatabase = Database.column(dataSource,
                "select count(*) from document_chunk where version_id = ?::uuid", versionId);
        if (!inDatabase.equals(List.of("0"))) {
            throw new AssertionError("bytes of an S3 document were kept in the database");
        }
        return (int) S3ProxyResource.keys().stream().filter(key -> key.endsWith("/" + versionId)).count();
    }
}
