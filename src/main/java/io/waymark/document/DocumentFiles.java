package io.waymark.document;

import io.waymark.common.InvalidInput;
import io.waymark.common.StreamedBody;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A document's file as the API and the pages both answer it: always a download ({@code attachment}), never shown in
 * the browser's own window; its type as detected when it was kept. {@code nosniff} and {@code no-store} come with
 * every answer under /api and /app (application.properties), and DocumentTest checks them here.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** A file as the server received it (on disk, never whole in memory), or none chosen. */
    public static DocumentService.Upload upload(FileUpload file) {
        return file == null || file.uploadedFile() == null ? null
                : new DocumentService.Upload(file.fileName(), file.uploadedFile());
    }

    /**
     * A file sent as a request's body, written to a temporary file as it arrives (never whole in memory) and given
     * to {@code use}; a body over the largest a document may be is cut off there and refused. The temporary file is
     * deleted afterwards.
     */
    public static <T> T received(InputStream body, String fileName, Function<DocumentService.Upload, T> use) {
        Path file = null;
        try {
            file = Files.createTempFile("waymark-document", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = body == null ? 0 : new LimitedInput(body, DocumentService.LARGEST + 1).transferTo(out);
                if (copied > DocumentService.LARGEST) {
                    throw new InvalidInput("file", "is over 20 MB; a document can be at most 20 MB");
                }
            }
            return use.apply(new DocumentService.Upload(fileName, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // The temporary directory is cleared in time anyway.
                }
            }
        }
    }

    /** At most {@code limit} bytes of a stream. */
    private static final class LimitedInput extends FilterInputStream {
        private long left;

        LimitedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(into, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    public static RestResponse<StreamedBody> download(DocumentService.Download download) {
        DocumentVersion file = download.file();
        return RestResponse.ResponseBuilder.ok(new StreamedBody(download.writer()), file.mediaType)
                .header("Content-Disposition", disposition(file.fileName))
                .build();
    }

    /** The name for every browser: plain ASCII, and the exact name in UTF-8 for those that read it (RFC 6266). */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
