package dev.tandem.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Launches and stops the Radicale child process and waits until it accepts connections. */
final class RadicaleProcess {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);

    private RadicaleProcess() {
    }

    static Process launch(Path config, Path log, int port) throws IOException {
        Process process = new ProcessBuilder("/usr/bin/radicale", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitListening(process, log, port);
        return process;
    }

    private static void awaitListening(Process process, Path log, int port) throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Radicale exited: " + Files.readString(log));
            }
            if (accepts(port)) {
                return;
            }
            pause();
        }
        stop(process);
        throw new IllegalStateException("Radicale did not listen on port " + port + " within " + STARTUP_TIMEOUT);
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Radicale", e);
        }
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
