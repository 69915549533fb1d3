package dev.playground.testkit;

import java.util.Locale;

/**
 * What the loopback servers answer to embedding requests: each word (lower case, letters and digits)
 * adds to one of {@link #DIMENSION} slots chosen by its hash, then the vector is scaled to length 1.
 * Deterministic and cheap, and texts sharing words come out similar, so vector search over these
 * vectors ranks like a crude keyword search: enough to tell whose vectors an index holds.
 */
public final class BagOfWordsEmbedding {
    public static final int DIMENSION = 256;

    private BagOfWordsEmbedding() {}

    public static float[] of(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
        }
        double norm = 0;
        for (float v : vector) norm += v * v;
        if (norm == 0) vector[0] = 1;
        else for (int i = 0; i < DIMENSION; i++) vector[i] /= (float) Math.sqrt(norm);
        return vector;
    }
}
