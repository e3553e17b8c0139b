package dev.tandem.calendar.control.dav;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a CalDAV server's answer as UTF-8 text, but no more than {@link #LIMIT} bytes of it: a server (hostile or
 * broken) that sends gigabytes must not take the memory every user's sync shares. A larger answer is dropped as it
 * arrives and the request fails with {@link TooLarge}.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

    /** Far above a multiget of a hundred events with attachments; far below the server's heap. */
    static final int LIMIT = 64 * 1024 * 1024;

    /** The answer was larger than {@link #LIMIT}. An IOException, as the HTTP client reports body failures. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the server's answer is larger than " + LIMIT / (1024 * 1024) + " MB");
        }
    }

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int limit;
    private Flow.Subscription subscription;

    BoundedBody(int limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<String> handler() {
        return info -> new BoundedBody(LIMIT);
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            if (body.isDone()) {
                return;
            }
            if ((long) bytes.size() + item.remaining() > limit) {
                subscription.cancel();
                body.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
