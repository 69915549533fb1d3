package dev.playground.engine.provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongSupplier;

/**
 * A streamed response body that remembers when each piece came off the network, so the times we report
 * are the server's and the network's, not the time our own parsing took to get to a piece (on the first
 * call of a process, mapping the first JSON chunk loads hundreds of classes). The JDK client hands each
 * piece over as it arrives; it is stamped then, before anything reads it. {@link #arrivalOfRead()} gives
 * the arrival of the newest byte read so far: when a parser dispatches an event, every byte of that event
 * has been read, so the stamp is never earlier than the event's true arrival.
 */
final class ArrivalStampedBody {
    private record Piece(long end, long nanos) {}

    private final LongSupplier clock;
    private final ArrayDeque<Piece> pieces = new ArrayDeque<>();
    private long received;
    private long read;
    private long lastReadArrival;

    ArrivalStampedBody() {
        this(System::nanoTime);
    }

    ArrivalStampedBody(LongSupplier clock) {
        this.clock = clock;
    }

    /** A body subscriber for the JDK client: the body as an input stream whose pieces are stamped on arrival. */
    BodySubscriber<InputStream> subscriber() {
        BodySubscriber<InputStream> stream = BodySubscribers.ofInputStream();
        return new BodySubscriber<>() {
            @Override
            public CompletionStage<InputStream> getBody() {
                return stream.getBody().thenApply(Reading::new);
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                stream.onSubscribe(subscription);
            }

            @Override
            public void onNext(List<ByteBuffer> item) {
                arrived(item.stream().mapToLong(ByteBuffer::remaining).sum(), clock.getAsLong());
                stream.onNext(item);
            }

            @Override
            public void onError(Throwable throwable) {
                stream.onError(throwable);
            }

            @Override
            public void onComplete() {
                stream.onComplete();
            }
        };
    }

    private synchronized void arrived(long bytes, long nanos) {
        if (bytes == 0) return;
        received += bytes;
        pieces.addLast(new Piece(received, nanos));
    }

    /** When the newest byte read so far arrived ({@code 0} before anything was read). */
    synchronized long arrivalOfRead() {
        while (!pieces.isEmpty() && pieces.peekFirst().end() < read) pieces.pollFirst();
        if (!pieces.isEmpty() && read > 0) lastReadArrival = pieces.peekFirst().nanos();
        return lastReadArrival;
    }

    private synchronized void consumed(long bytes) {
        if (bytes > 0) read += bytes;
    }

    /** The body as the parser reads it, counting what has been read. */
    private final class Reading extends FilterInputStream {
        Reading(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) consumed(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            consumed(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            consumed(skipped);
            return skipped;
        }
    }
}
