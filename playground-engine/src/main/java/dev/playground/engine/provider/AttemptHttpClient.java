package dev.playground.engine.provider;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The HTTP transport LangChain4j uses for one call attempt. It exists for three things the stock
 * client does not give us: the {@code Retry-After} header of a refused request (kept in
 * {@link RetryAfterException}), cutting the stream the moment the user cancels (closing the socket,
 * not waiting for the next chunk), and one shared JDK client per connect timeout so connections are reused.
 */
final class AttemptHttpClient implements HttpClient {
    private static final Executor STREAM_READERS = task -> Thread.ofVirtual().name("gateway-stream-", 0).start(task);
    private static final ConcurrentHashMap<Duration, java.net.http.HttpClient> SHARED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Duration, java.net.http.HttpClient> PLAIN = new ConcurrentHashMap<>();

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private volatile boolean cancelled;
    private volatile CompletableFuture<?> pending;
    private volatile InputStream body;
    private volatile Runnable onStreamEnd = () -> {};
    private final ArrivalStampedBody arrivals = new ArrivalStampedBody();
    private volatile long sentNanos;

    AttemptHttpClient(Duration connectTimeout, Duration responseTimeout) {
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    /**
     * The shared JDK client for {@code uri}. A client built without a TLS context loads the JDK's trusted certificates
     * (about 150, parsed one by one) as it is built: a third of the first call's time to a loopback server. Plain
     * {@code http} addresses (local servers, loopback test servers) get a client whose TLS context trusts nothing and
     * loads nothing; it never sees an {@code https} address, which always goes to the client with the JDK's defaults.
     */
    private java.net.http.HttpClient jdk(URI uri) {
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            return PLAIN.computeIfAbsent(connectTimeout, t -> java.net.http.HttpClient.newBuilder()
                    .connectTimeout(t).sslContext(TrustNothing.CONTEXT).sslParameters(new javax.net.ssl.SSLParameters()).build());
        }
        return SHARED.computeIfAbsent(connectTimeout, t -> java.net.http.HttpClient.newBuilder().connectTimeout(t).build());
    }

    /** A TLS context with no key and no trusted certificate, for clients that only ever speak plain HTTP. */
    private static final class TrustNothing {
        static final javax.net.ssl.SSLContext CONTEXT = create();

        private static javax.net.ssl.SSLContext create() {
            try {
                javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
                context.init(new javax.net.ssl.KeyManager[0], new javax.net.ssl.TrustManager[0], null);
                return context;
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException("This JDK has no TLS support", e);
            }
        }
    }

    private static final ThreadLocal<AttemptHttpClient> CURRENT = new ThreadLocal<>();

    /** Runs {@code send} with this thread's requests going to {@code attempt} (see {@link #routed()}). */
    static void onThisThread(AttemptHttpClient attempt, Runnable send) {
        AttemptHttpClient before = CURRENT.get();
        CURRENT.set(attempt);
        try {
            send.run();
        } finally {
            if (before == null) CURRENT.remove();
            else CURRENT.set(before);
        }
    }

    /**
     * A builder for a model that outlives one call: its client sends through whichever attempt the sending thread
     * is running ({@link #onThisThread}), so cancelling, Retry-After and arrival times stay per call.
     */
    static HttpClientBuilder routed() {
        return new FixedBuilder(new HttpClient() {
            @Override
            public SuccessfulHttpResponse execute(HttpRequest request) {
                return current().execute(request);
            }

            @Override
            public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
                current().execute(request, parser, listener);
            }

            private AttemptHttpClient current() {
                AttemptHttpClient attempt = CURRENT.get();
                if (attempt == null) throw new IllegalStateException("A shared model was used outside a gateway call");
                return attempt;
            }
        }, null);
    }

    /** A builder LangChain4j models accept; it hands out this very client and ignores their timeouts. */
    HttpClientBuilder builder() {
        return new FixedBuilder(this, responseTimeout);
    }

    /** Hands out one client, whatever timeouts the model asks for. */
    private record FixedBuilder(HttpClient client, Duration responseTimeout) implements HttpClientBuilder {
        @Override
        public Duration connectTimeout() {
            return null;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            return this;
        }

        @Override
        public Duration readTimeout() {
            return responseTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            return this;
        }

        @Override
        public HttpClient build() {
            return client;
        }
    }

    /**
     * Runs after a stream's body has been fully read and handed to LangChain4j (or failed), so the
     * caller can tell a stream that ended without a final event from one still being processed.
     */
    void onStreamEnd(Runnable callback) {
        this.onStreamEnd = callback;
    }

    /** When the streamed request was handed to the JDK client ({@code 0} before that): where a call's clock starts. */
    long sentNanos() {
        return sentNanos;
    }

    /** When the newest byte the parser has read so far came off the network ({@code 0} before any). */
    long arrivalOfRead() {
        return arrivals.arrivalOfRead();
    }

    /** Stops the exchange now: pending request aborted, open body closed (which closes the socket). */
    void cancel() {
        cancelled = true;
        CompletableFuture<?> inFlight = pending;
        if (inFlight != null) inFlight.cancel(true);
        InputStream open = body;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // Closing is best effort; the exchange is abandoned either way.
            }
        }
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            java.net.http.HttpRequest jdkRequest = toJdk(request);
            HttpResponse<String> response = jdk(jdkRequest.uri()).send(jdkRequest, BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) throw failure(response, response.body());
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + request.url(), e);
        } catch (IOException e) {
            throw new TransportException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        java.net.http.HttpRequest jdkRequest = toJdk(request);
        sentNanos = System.nanoTime();
        CompletableFuture<HttpResponse<InputStream>> future = jdk(jdkRequest.uri()).sendAsync(jdkRequest, info -> arrivals.subscriber());
        pending = future;
        future.whenCompleteAsync((response, error) -> deliver(response, error, parser, listener), STREAM_READERS);
    }

    private void deliver(HttpResponse<InputStream> response, Throwable error, ServerSentEventParser parser, ServerSentEventListener listener) {
        if (error != null) {
            if (!cancelled) listener.onError(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            return;
        }
        try (InputStream in = response.body()) {
            body = in;
            if (cancelled) return;
            if (response.statusCode() >= 300) {
                listener.onError(failure(response, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                return;
            }
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).build());
            parser.parse(in, listener);
            if (!cancelled) listener.onClose();
        } catch (IOException | RuntimeException e) {
            if (!cancelled) listener.onError(e);
        } finally {
            onStreamEnd.run();
        }
    }

    private static HttpException failure(HttpResponse<?> response, String body) {
        Duration retryAfter = response.headers().firstValue("Retry-After").map(RetryAfter::parse).orElse(null);
        return new RetryAfterException(response.statusCode(), body, retryAfter);
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) values.forEach(value -> builder.header(name, value));
        });
        builder.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (responseTimeout != null) builder.timeout(responseTimeout);
        return builder.build();
    }

    /** An HTTP error that remembers how long the server asked us to wait. */
    static final class RetryAfterException extends HttpException {
        private final transient Duration retryAfter;

        RetryAfterException(int status, String body, Duration retryAfter) {
            super(status, body);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** A transport failure (connection refused, reset, timeout) from a non-streaming call. */
    static final class TransportException extends RuntimeException {
        TransportException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
