package dev.playground.engine.retrieval.index;

import org.apache.lucene.util.VectorUtil;

/**
 * Stores vectors as signed bytes (384 bytes per MiniLM chunk, 38 MB per 100,000 chunks), each scaled
 * by its own largest component. Cosine similarity ignores scale, so per-vector scaling keeps the
 * most precision.
 */
public final class VectorQuantizer {
    private VectorQuantizer() {}

    public static byte[] quantize(float[] vector) {
        float max = 0;
        for (float v : vector) max = Math.max(max, Math.abs(v));
        byte[] out = new byte[vector.length];
        if (max == 0) return out;
        float scale = 127f / max;
        for (int i = 0; i < vector.length; i++) out[i] = (byte) Math.round(vector[i] * scale);
        return out;
    }

    public static double cosine(byte[] a, byte[] b) {
        return VectorUtil.cosine(a, b);
    }
}
