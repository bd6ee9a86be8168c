package nl.doorbraak.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks clamd over TCP with its INSTREAM command: {@code zINSTREAM\0}, then chunks (a 4-byte big-endian length and the
 * bytes), then a zero length; clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}. Any other answer,
 * a timeout or a refused connection is {@link ScannerUnavailable}, so a configured but broken clamd refuses uploads.
 */
final class ClamdScanner implements VirusScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public ScanVerdict scan(byte[] content) {
        String answer;
        try (Socket socket = new Socket()) {
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            send(new DataOutputStream(socket.getOutputStream()), content);
            answer = read(socket.getInputStream());
        } catch (IOException e) {
            throw new ScannerUnavailable("clamd did not answer: " + e.getClass().getSimpleName(), e);
        }
        return verdict(answer);
    }

    private static void send(DataOutputStream out, byte[] content) throws IOException {
        out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
        for (int offset = 0; offset < content.length; offset += CHUNK) {
            int length = Math.min(CHUNK, content.length - offset);
            out.writeInt(length);
            out.write(content, offset, length);
        }
        out.writeInt(0);
        out.flush();
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != 0 && answer.size() < 4096; b = in.read()) {
            answer.write(b);
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }

    static ScanVerdict verdict(String answer) {
        String result = answer.startsWith("stream:") ? answer.substring("stream:".length()).strip() : answer;
        if (result.equals("OK")) {
            return ScanVerdict.clean();
        }
        if (result.endsWith(" FOUND")) {
            return ScanVerdict.infected(result.substring(0, result.length() - " FOUND".length()).strip());
        }
        throw new ScannerUnavailable("clamd answered something else than OK or FOUND", null);
    }
}
