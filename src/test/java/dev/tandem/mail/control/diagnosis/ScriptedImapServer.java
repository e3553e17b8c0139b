package dev.tandem.mail.control.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that plays a misconfigured or unusual mail server Dovecot cannot imitate: it sends a given
 * greeting, answers CAPABILITY with given capabilities, refuses everything else, and remembers every line it
 * received, so a test can prove what a client did not send.
 */
final class ScriptedImapServer implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final String greeting;
    private final String capabilities;
    private final List<String> received = new CopyOnWriteArrayList<>();

    ScriptedImapServer(String greeting, String capabilities) {
        this.greeting = greeting;
        this.capabilities = capabilities;
        try {
            this.serverSocket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::serve, "scripted-imap-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    private void serve() {
        while (!serverSocket.isClosed()) {
            try (Socket client = serverSocket.accept()) {
                converse(client);
            } catch (IOException closedOrGone) {
                // The test closed the server, or the client hung up: wait for the next one.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        OutputStream out = client.getOutputStream();
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        send(out, greeting);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            received.add(line);
            String tag = line.split(" ", 2)[0];
            if (line.toUpperCase().endsWith(" CAPABILITY")) {
                send(out, "* CAPABILITY " + capabilities);
                send(out, tag + " OK Capability completed.");
            } else {
                send(out, tag + " BAD Not in this script.");
            }
        }
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
