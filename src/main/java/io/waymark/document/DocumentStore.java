package io.waymark.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the bytes of documents are kept: PostgreSQL ({@link DatabaseStore}, the default) or S3-compatible storage
 * ({@link S3Store}). Writing is part of the transaction that saves the version; removing takes effect with its commit.
 */
public interface DocumentStore {

    /** DATABASE or S3, as {@link DocumentVersion#storage} names it. */
    String name();

    /** Writes the file as the version's bytes, a piece at a time. */
    void write(DocumentVersion version, Path file) throws IOException;

    /** Copies the version's bytes to {@code out}, a piece at a time. */
    void copyTo(DocumentVersion version, OutputStream out) throws IOException;

    /** Removes the versions' bytes (their rows are being deleted in the current transaction). */
    void remove(List<DocumentVersion> versions);
}
