package dev.tandem.mail.control.diagnosis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A raw line-by-line conversation with a server, so the connection test sees exactly what the server says
 * (an IMAP or a POP3 greeting, plain text where TLS was expected). Reads byte by byte without buffering ahead,
 * so that nothing of the TLS handshake is swallowed when STARTTLS upgrades the socket; lines are capped in
 * length so a misbehaving server cannot fill the memory.
 */
final class ImapProbe implements AutoCloseable {

    private static final int MAX_LINE_BYTES = 16 * 1024;

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int nextTag = 1;

    ImapProbe(Socket socket) throws IOException {
        use(socket);
    }

    /** One line without its CRLF, or {@code null} when the server closed the connection first. */
    String readLine(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        while (b != -1 && b != '\n' && line.size() < MAX_LINE_BYTES) {
            line.write(b);
            b = in.read();
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    /**
     * Sends a tagged command and reads the responses up to the tagged one (RFC 9051 §2.2.2), which comes last.
     *
     * @throws IOException also when the server closes the connection before answering
     */
    List<String> command(String command, int timeoutMillis) throws IOException {
        String tag = "T" + nextTag++;
        out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = readLine(timeoutMillis);
            if (line == null) {
                throw new IOException("The server closed the connection while answering " + command);
            }
            lines.add(line);
        } while (!line.toUpperCase(Locale.ROOT).startsWith(tag + " "));
        return lines;
    }

    /** Wraps the connection in TLS and checks the certificate and that it names {@code host} (RFC 6125). */
    SSLSession upgradeToTls(SSLSocketFactory factory, String host, int port, int timeoutMillis) throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(socket, host, port, true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.setSoTimeout(timeoutMillis);
        use(tls);
        tls.startHandshake();
        return tls.getSession();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void use(Socket current) throws IOException {
        this.socket = current;
        this.in = current.getInputStream();
        this.out = current.getOutputStream();
    }
}
