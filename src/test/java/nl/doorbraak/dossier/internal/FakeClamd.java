package nl.doorbraak.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tiny clamd for tests: it speaks INSTREAM over TCP on a free local port, and reports the EICAR test string as
 * {@code Eicar-Test-Signature FOUND}, anything else as {@code OK}. It keeps the commands it got.
 */
final class FakeClamd implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    FakeClamd() {
        try {
            server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::serve, "fake-clamd");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                answer(socket);
            } catch (IOException e) {
                // closed, or a client that went away: wait for the next one
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0 && b != -1; b = in.read()) {
            command.write(b);
        }
        commands.add(command.toString(StandardCharsets.US_ASCII));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int length = in.readInt(); length > 0; length = in.readInt()) {
            stream.write(in.readNBytes(length));
        }
        String content = stream.toString(StandardCharsets.ISO_8859_1);
        OutputStream out = socket.getOutputStream();
        String answer = content.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE") ? "stream: Eicar-Test-Signature FOUND"
                : "stream: OK";
        out.write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws Exception {
        server.close();
        thread.join(2000);
    }
}
