package dev.playground.engine.provider;

import java.util.Locale;

/** Turns what people type for a Databricks workspace into the URLs the gateway calls. */
public final class DatabricksWorkspace {
    public static final String HOST_ENV = "DATABRICKS_HOST";
    private static final String SERVING = "/serving-endpoints";

    private DatabricksWorkspace() {}

    /**
     * {@code https://HOST/serving-endpoints} from a bare host, a workspace URL, or a URL that already
     * ends in /serving-endpoints; empty when nothing was given.
     */
    public static String servingEndpointsUrl(String hostOrUrl) {
        String url = LangChainProvider.trimSlash(hostOrUrl);
        if (url.isEmpty()) return "";
        if (!url.toLowerCase(Locale.ROOT).startsWith("http://") && !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            url = "https://" + url;
        }
        return url.endsWith(SERVING) ? url : url + SERVING;
    }

    /** The REST listing of serving endpoints, beside the OpenAI-compatible base. */
    static String endpointsApiUrl(String servingEndpointsUrl) {
        String workspace = servingEndpointsUrl.substring(0, servingEndpointsUrl.length() - SERVING.length());
        return workspace + "/api/2.0/serving-endpoints";
    }
}
