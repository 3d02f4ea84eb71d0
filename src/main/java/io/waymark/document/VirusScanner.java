package io.waymark.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional virus scan: when {@code waymark.documents.clamav.host} is set, each file is sent to that ClamAV daemon
 * (clamd's INSTREAM command) and the upload waits for its answer; a file it finds a virus in is refused, and no
 * answer refuses the upload too (503), so nothing unscanned is kept once a scanner is configured.
 */
@ApplicationScoped
public class VirusScanner {

    private static final int PIECE = 64 * 1024;

    @ConfigProperty(name = "waymark.documents.clamav.host")
    Optional<String> host;

    @ConfigProperty(name = "waymark.documents.clamav.port", defaultValue = "3310")
    int port;

    @ConfigProperty(name = "waymark.documents.clamav.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    /** The name of the virus found in the file, or empty when it is clean or no scanner is configured. */
    public Optional<String> virusIn(Path file) {
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String answer;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.get(), port), 5_000);
            socket.setSoTimeout(timeoutSeconds * 1000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] piece = new byte[PIECE];
                for (int read = in.read(piece); read > 0; read = in.read(piece)) {
                    out.writeInt(read);
                    out.write(piece, 0, read);
                }
            }
            out.writeInt(0);
            out.flush();
            answer = readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new ScannerUnavailable();
        }
        // "stream: OK", "stream: Eicar-Signature FOUND", or "... ERROR".
        if (answer.endsWith(" FOUND")) {
            return Optional.of(answer.substring(answer.indexOf(':') + 1, answer.length() - " FOUND".length()).strip());
        }
        if (!answer.endsWith("OK")) {
            throw new ScannerUnavailable();
        }
        return Optional.empty();
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && answer.size() < 1024; b = in.read()) {
            answer.write(b);
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }
}
