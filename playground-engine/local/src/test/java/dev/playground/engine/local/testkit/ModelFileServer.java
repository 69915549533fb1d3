package dev.playground.engine.local.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves files over HTTP as a model host does: full downloads (200 with Content-Length) and byte ranges (206 for
 * "Range: bytes=N-"). {@link #cutNextAfter} makes the next full download stop after some bytes, as a dropped
 * connection does; {@link #holdAfter} stops sending after some bytes until released (a download caught mid-way, for
 * pause tests and screenshots). Records every request's path and Range header. Shared by the command-line and window tests.
 */
public final class ModelFileServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger cutAfter = new AtomicInteger(-1);
    private volatile int holdAfter = -1;
    private volatile int chunk = -1;
    private volatile long pauseMillis;
    private volatile Runnable onHold = () -> {};
    private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    private ModelFileServer(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** On the loopback address only. */
    public static ModelFileServer loopback() throws IOException {
        return new ModelFileServer(InetAddress.getLoopbackAddress());
    }

    /** On every interface (so a non-loopback address of this machine reaches it too). */
    public static ModelFileServer everyInterface() throws IOException {
        return new ModelFileServer(null);
    }

    public ModelFileServer serve(String path, byte[] content) {
        files.put(path, content);
        return this;
    }

    public void cutNextAfter(int bytes) {
        cutAfter.set(bytes);
    }

    /**
     * The next response sends its first {@code bytes} (counted from where it starts), flushes, runs {@code reached} (on the
     * server's thread) and then waits for {@link #release()} before sending the rest.
     */
    public void holdAfter(int bytes, Runnable reached) {
        onHold = reached;
        holdAfter = bytes;
    }

    /** Sends {@code bytes} at a time with a pause of {@code millis} between (a slow host, for screenshots). */
    public void throttle(int bytes, long millis) {
        pauseMillis = millis;
        chunk = bytes;
    }

    /** Lets held responses go on. */
    public void release() {
        release.countDown();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(exchange.getRequestURI().getPath() + (range == null ? "" : " " + range));
        byte[] content = files.get(exchange.getRequestURI().getPath());
        try (exchange) {
            if (content == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int from = 0;
            if (range != null && range.startsWith("bytes=") && range.endsWith("-")) {
                from = Integer.parseInt(range.substring(6, range.length() - 1));
                if (from >= content.length) {
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
                exchange.sendResponseHeaders(206, content.length - from);
            } else {
                exchange.sendResponseHeaders(200, content.length);
            }
            int cut = cutAfter.getAndSet(-1);
            OutputStream out = exchange.getResponseBody();
            int end = cut >= 0 ? Math.min(content.length, from + cut) : content.length;
            int hold = holdAfter;
            if (hold >= 0 && hold < end - from) {
                holdAfter = -1; // once
                out.write(content, from, hold);
                out.flush();
                onHold.run();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                from += hold;
            }
            for (int step = chunk; step > 0 && end - from > step; from += step) {
                out.write(content, from, step);
                out.flush();
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.write(content, from, end - from);
            out.flush(); // when cut, closing the exchange short of its Content-Length drops the connection
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
