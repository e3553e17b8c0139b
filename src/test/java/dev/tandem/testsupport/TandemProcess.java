package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One run of the server as a child process: started with its output appended to a log file, considered up once
 * {@code /health/ready} answers 200 (migrations ran, the database answers), ended gently (SIGTERM, so Payara's
 * shutdown hook runs) or by force (SIGKILL, as a crash or an OOM killer would).
 */
final class TandemProcess {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;

    private TandemProcess(Process process) {
        this.process = process;
    }

    static TandemProcess launch(TandemBuild build, TandemServerSettings settings, int port, Path log) {
        var builder = new ProcessBuilder(build.command(port)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("TANDEM_"));
        builder.environment().putAll(settings.environment());
        try {
            Files.createDirectories(settings.dataDir());
            return new TandemProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server is ready; fails at once when the process ends, with the log file named. */
    private String lastAnswer = "none";

    void awaitReady(URI baseUri, Path log) {
        URI ready = baseUri.resolve("/health/ready");
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Tandem exited with " + process.exitValue() + " during start-up; see "
                        + log);
            }
            if (answersReady(ready)) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException("Tandem was not ready within " + STARTUP_TIMEOUT + " (last answer of "
                + ready + ": " + lastAnswer + "); see " + log);
    }

    private boolean answersReady(URI ready) {
        try {
            var request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            lastAnswer = response.statusCode() + " " + response.body();
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            lastAnswer = notYet.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Tandem", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM and wait for the shutdown hook; SIGKILL if it takes longer than a minute. */
    void stop() {
        process.destroy();
        if (!waitForExit()) {
            kill();
        }
    }

    /** SIGKILL: no shutdown hook, no flush; what is on disk is what a crash leaves. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private boolean waitForExit() {
        try {
            return process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Tandem", e);
        }
    }
}
