package io.waymark.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for a ClamAV daemon (its signature updates cannot be fetched from here) speaking clamd's documented
 * INSTREAM command: "zINSTREAM\0", then pieces each led by its length (4 bytes, network order), ended by a zero
 * length; it answers "stream: OK\0", or "stream: Eicar-Test-Signature FOUND\0" for a file that carries the EICAR
 * test string, as clamd does.
 */
public class ClamdStandIn implements QuarkusTestResourceLifecycleManager {

    /** The anti-virus test file every scanner recognises, harmless in itself. */
    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private ServerSocket server;
    private ExecutorService pool;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pool = Executors.newCachedThreadPool();
        pool.submit(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    pool.submit(() -> answer(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return Map.of("waymark.documents.clamav.host", "127.0.0.1",
                "waymark.documents.clamav.port", String.valueOf(server.getLocalPort()));
    }

    private static void answer(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            String command = readCommand(in);
            OutputStream out = client.getOutputStream();
            if (!command.equals("zINSTREAM")) {
                out.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (int length = in.readInt(); length > 0; length = in.readInt()) {
                stream.write(in.readNBytes(length));
            }
            boolean infected = stream.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
            out.write((infected ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0")
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The client went away: nothing to answer.
        }
    }

    private static String readCommand(DataInputStream in) throws IOException {
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && command.size() < 64; b = in.read()) {
            command.write(b);
        }
        return command.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // stopping anyway
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
