package dev.playground.engine.provider;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderException.Kind;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/** Turns LangChain4j and transport failures into messages that say what to do. */
public final class ProviderErrors {
    private ProviderErrors() {}

    public static ProviderException translate(Throwable error, Connection connection, String apiKey) {
        Throwable root = rootCause(error);
        int status = statusOf(error);
        String where = connection.name() + " (" + Redaction.url(connection.baseUrl()) + ")";
        String detail = safeDetail(error, apiKey);
        java.time.Duration retryAfter = retryAfterOf(error);
        if (error instanceof AuthenticationException || status == 401 || status == 403) {
            return new ProviderException(Kind.AUTHENTICATION, status,
                    where + " refused the API key (HTTP " + status + "). Check the key"
                            + (connection.apiKeyEnv().isEmpty() ? "" : " in $" + connection.apiKeyEnv()) + ".", null);
        }
        if (error instanceof RateLimitException || status == 429) {
            return new ProviderException(Kind.RATE_LIMITED, status,
                    where + " is rate limiting requests (HTTP 429). Wait a moment and run again." + detail, null, retryAfter);
        }
        if (error instanceof ModelNotFoundException || status == 404) {
            return new ProviderException(Kind.BAD_REQUEST, status,
                    where + " does not know this model or path (HTTP 404). Check the model name and that the base URL ends in /v1." + detail, null);
        }
        if (error instanceof InvalidRequestException || (status >= 400 && status < 500)) {
            return new ProviderException(Kind.BAD_REQUEST, status, where + " rejected the request (HTTP " + status + ")." + detail, null);
        }
        if (error instanceof InternalServerException || status >= 500) {
            return new ProviderException(Kind.SERVER, status, where + " had a server error (HTTP " + status + "). Try again later." + detail, null, retryAfter);
        }
        if (error instanceof TimeoutException || root instanceof HttpTimeoutException || root instanceof java.net.SocketTimeoutException) {
            return new ProviderException(Kind.TIMEOUT, 0, where + " did not answer in time. Check that the server is up, or raise the timeout.", null);
        }
        if (root instanceof ConnectException || root instanceof java.nio.channels.ClosedChannelException
                || root instanceof java.net.UnknownHostException) {
            return new ProviderException(Kind.NETWORK, 0, "Could not reach " + where + ". Is the server running and the URL right?", null);
        }
        if (root instanceof java.io.IOException) {
            return new ProviderException(Kind.NETWORK, 0, "The connection to " + where + " broke: " + safeMessage(root, apiKey), null);
        }
        return new ProviderException(Kind.SERVER, status, "The call to " + where + " failed: " + safeMessage(root, apiKey), null);
    }

    private static int statusOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) return http.statusCode();
        }
        return 0;
    }

    private static java.time.Duration retryAfterOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AttemptHttpClient.RetryAfterException refused) return refused.retryAfter();
        }
        return null;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String safeDetail(Throwable error, String apiKey) {
        String message = safeMessage(error, apiKey);
        if (message.isBlank()) return "";
        return " Server said: " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
    }

    private static String safeMessage(Throwable error, String apiKey) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return Redaction.redactKnownShapes(Redaction.redact(message, apiKey));
    }
}
