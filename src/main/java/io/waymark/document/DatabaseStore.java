package io.waymark.document;

import io.waymark.security.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/**
 * Documents' bytes in PostgreSQL, in pieces of 256 KB ({@code document_chunk}), so that neither an upload nor a
 * download is ever held whole in memory, and row-level security and the database's backups cover them.
 */
@ApplicationScoped
public class DatabaseStore implements DocumentStore {

    static final int PIECE = 256 * 1024;

    @Inject
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Override
    public String name() {
        return "DATABASE";
    }

    @Override
    public void write(DocumentVersion version, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // On the transaction's own connection, so the pieces are saved with the version or not at all.
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into document_chunk (version_id, organisation_code, seq, data) values (?, ?, ?, ?)""")) {
                    byte[] piece = new byte[PIECE];
                    int seq = 0;
                    for (int read = in.readNBytes(piece, 0, PIECE); read > 0; read = in.readNBytes(piece, 0, PIECE)) {
                        insert.setObject(1, version.id);
                        insert.setString(2, version.organisationCode);
                        insert.setInt(3, seq++);
                        insert.setBytes(4, read == PIECE ? piece : Arrays.copyOf(piece, read));
                        insert.executeUpdate();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    public void copyTo(DocumentVersion version, OutputStream out) throws IOException {
        // A piece at a time, each read on its own: the answer is written as it is read.
        IOException failed = tenantScope.call(version.organisationCode, () -> {
            try {
                em.unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement select = connection.prepareStatement(
                            "select data from document_chunk where version_id = ? and seq = ?")) {
                        for (int seq = 0; ; seq++) {
                            select.setObject(1, version.id);
                            select.setInt(2, seq);
                            try (ResultSet piece = select.executeQuery()) {
                                if (!piece.next()) {
                                    return;
                                }
                                out.write(piece.getBytes(1));
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return null;
            } catch (UncheckedIOException e) {
                return e.getCause();
            }
        });
        if (failed != null) {
            throw failed;
        }
    }

    @Override
    public void remove(List<DocumentVersion> versions) {
        // The pieces go with their version's row (on delete cascade), in the same transaction.
    }
}
