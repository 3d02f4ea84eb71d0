package io.waymark.imports;

import io.waymark.common.Spreadsheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;

/**
 * The uploaded files of a batch, kept (gzip, in chunks of a megabyte) in PostgreSQL between the dry run and the
 * import, so that any replica can confirm it. A file goes in and comes out through a temporary file a chunk at a
 * time, never whole in the heap; a workbook is read from its temporary file because its parts are found by seeking.
 */
@ApplicationScoped
public class ImportFiles {

    /** One uploaded file: which part of the import it is, its name and format. */
    public record Part(String part, String fileName, Spreadsheet.Format format) {

        static final String WORKBOOK = "WORKBOOK";

        boolean isWorkbook() {
            return WORKBOOK.equals(part);
        }
    }

    /** The size of a stored chunk. */
    static final int CHUNK = 1024 * 1024;

    @Inject
    DataSource dataSource;

    /** Stores an uploaded file (at {@code upload}) as a part of the batch. */
    void store(UUID batch, String organisation, Part part, Path upload) {
        Path packed = null;
        try {
            packed = Files.createTempFile("waymark-import", ".gz");
            try (InputStream in = Files.newInputStream(upload);
                    OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
                in.transferTo(out);
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("""
                            insert into import_file (batch_id, part, chunk, organisation_code, file_name, format, content)
                            values (?, ?, ?, ?, ?, ?, ?)""");
                    InputStream content = Files.newInputStream(packed)) {
                byte[] chunk = new byte[CHUNK];
                int number = 0;
                for (int read = content.readNBytes(chunk, 0, CHUNK); read > 0;
                        read = content.readNBytes(chunk, 0, CHUNK)) {
                    insert.setObject(1, batch);
                    insert.setString(2, part.part());
                    insert.setInt(3, number++);
                    insert.setString(4, organisation);
                    insert.setString(5, part.fileName());
                    insert.setString(6, part.format().name());
                    insert.setBytes(7, read == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, read));
                    insert.executeUpdate();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("the uploaded file could not be kept", e);
        } finally {
            delete(packed);
        }
    }

    List<Part> parts(UUID batch) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select part, file_name, format from import_file where batch_id = ? and chunk = 0 order by part")) {
            select.setObject(1, batch);
            List<Part> parts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    parts.add(new Part(rows.getString(1), rows.getString(2),
                            Spreadsheet.Format.valueOf(rows.getString(3))));
                }
            }
            return parts;
        } catch (SQLException e) {
            throw new IllegalStateException("the uploaded files could not be read", e);
        }
    }

    /** The part's file, unpacked to a temporary file that the caller deletes. */
    Optional<Path> open(UUID batch, String part) {
        Path packed = null;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select content from import_file where batch_id = ? and part = ? order by chunk")) {
            select.setObject(1, batch);
            select.setString(2, part);
            select.setFetchSize(1); // a chunk at a time, in the transaction's cursor
            packed = Files.createTempFile("waymark-import", ".gz");
            boolean any = false;
            try (ResultSet rows = select.executeQuery(); OutputStream out = Files.newOutputStream(packed)) {
                while (rows.next()) {
                    out.write(rows.getBytes(1));
                    any = true;
                }
            }
            if (!any) {
                return Optional.empty();
            }
            Path file = Files.createTempFile("waymark-import", ".table");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(packed));
                    OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return Optional.of(file);
        } catch (SQLException e) {
            throw new IllegalStateException("the uploaded file could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(packed);
        }
    }

    /** The files are no longer needed once the batch is imported or discarded: the records are the copy. */
    void forget(UUID batch) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from import_file where batch_id = ?")) {
            delete.setObject(1, batch);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the uploaded files could not be removed", e);
        }
    }

    /** Drops one part of the batch, to be replaced. */
    void forget(UUID batch, String part) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(
                "delete from import_file where batch_id = ? and part = ?")) {
            delete.setObject(1, batch);
            delete.setString(2, part);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the uploaded file could not be replaced", e);
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
