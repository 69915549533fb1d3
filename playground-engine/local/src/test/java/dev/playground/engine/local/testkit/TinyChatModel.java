package dev.playground.engine.local.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a tiny chat model for tests: the llama architecture with random weights (2 layers, 64 wide), a
 * SentencePiece-style vocabulary of about 420 pieces (control tokens, the 256 byte pieces, single characters and a
 * few English and Spanish words) and a ChatML chat template. It answers nonsense, but it goes through everything a
 * real model does: llama.cpp loads it, tokenizes, applies the template, samples, streams, stops and obeys grammars.
 *
 * <p>The output weights of control, unknown and byte pieces are zero, so the model (almost) never ends a turn or
 * emits half a UTF-8 character on its own; it writes words until the token limit, a stop sequence or a grammar ends it.
 * The same seed always gives the same file.
 */
public final class TinyChatModel {
    public static final int EMBEDDING = 64;
    public static final int LAYERS = 2;
    public static final int HEADS = 4;
    public static final int KV_HEADS = 2;
    public static final int FEED_FORWARD = 128;
    public static final int CONTEXT = 2048;
    public static final String CHAT_TEMPLATE = "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content']"
            + " + '<|im_end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private static final int NORMAL = 1;
    private static final int UNKNOWN = 2;
    private static final int CONTROL = 3;
    private static final int BYTE = 6;
    private static final String SPACE = "\u2581";
    private static final String[] WORDS = {
            "the", "a", "model", "local", "answer", "prompt", "token", "stream", "small", "test", "of", "and", "to", "is",
            "in", "it", "you", "we", "hello", "world", "yes", "no", "true", "false", "data", "file", "run", "fast", "slow",
            "red", "blue", "green", "cat", "dog", "sun", "moon", "tree", "river", "stone", "cloud",
            "hola", "mundo", "modelo", "respuesta", "el", "la", "de", "que", "y", "en", "un", "una", "es", "sí", "rápido"};

    private TinyChatModel() {}

    /** Writes the model to {@code file} (about 0.5 MB) and returns it. */
    public static Path write(Path file) {
        return write(file, 42L);
    }

    public static Path write(Path file, long seed) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer(seed).write(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pieces of the vocabulary, in id order. */
    public static List<String> vocabulary() {
        List<String> pieces = new ArrayList<>(List.of("<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"));
        for (int b = 0; b < 256; b++) pieces.add(String.format("<0x%02X>", b));
        pieces.add(SPACE);
        for (char c = 'a'; c <= 'z'; c++) pieces.add(String.valueOf(c));
        for (char c = 'A'; c <= 'Z'; c++) pieces.add(String.valueOf(c));
        for (char c = '0'; c <= '9'; c++) pieces.add(String.valueOf(c));
        for (char c : "{}[]\":,.!?-_'()".toCharArray()) pieces.add(String.valueOf(c));
        for (String w : WORDS) pieces.add(SPACE + w);
        return pieces;
    }

    private static GgufWriter writer(long seed) {
        List<String> pieces = vocabulary();
        int vocab = pieces.size();
        float[] scores = new float[vocab];
        int[] types = new int[vocab];
        for (int i = 0; i < vocab; i++) {
            String p = pieces.get(i);
            types[i] = i == 0 ? UNKNOWN : i < 5 ? CONTROL : i < 261 ? BYTE : NORMAL;
            scores[i] = types[i] == NORMAL ? p.length() * 10f - i * 0.001f : 0f;
        }
        GgufWriter gguf = new GgufWriter()
                .put("general.architecture", "llama")
                .put("general.name", "tiny-chat")
                .put("general.alignment", 32)
                .put("llama.context_length", CONTEXT)
                .put("llama.embedding_length", EMBEDDING)
                .put("llama.block_count", LAYERS)
                .put("llama.feed_forward_length", FEED_FORWARD)
                .put("llama.attention.head_count", HEADS)
                .put("llama.attention.head_count_kv", KV_HEADS)
                .put("llama.attention.layer_norm_rms_epsilon", 1e-5f)
                .put("llama.rope.dimension_count", EMBEDDING / HEADS)
                .put("llama.rope.freq_base", 10000f)
                .put("tokenizer.ggml.model", "llama")
                .putStrings("tokenizer.ggml.tokens", pieces)
                .putFloats("tokenizer.ggml.scores", scores)
                .putInts("tokenizer.ggml.token_type", types)
                .put("tokenizer.ggml.unknown_token_id", 0)
                .put("tokenizer.ggml.bos_token_id", 1)
                .put("tokenizer.ggml.eos_token_id", 4)
                .put("tokenizer.ggml.add_bos_token", true)
                .put("tokenizer.ggml.add_eos_token", false)
                .put("tokenizer.chat_template", CHAT_TEMPLATE);
        Random random = new Random(seed);
        int headSize = EMBEDDING / HEADS;
        int kv = KV_HEADS * headSize;
        gguf.tensor("token_embd.weight", gaussian(random, EMBEDDING * vocab, 1f), EMBEDDING, vocab);
        for (int layer = 0; layer < LAYERS; layer++) {
            String p = "blk." + layer + ".";
            gguf.tensor(p + "attn_norm.weight", ones(EMBEDDING), EMBEDDING)
                    .tensor(p + "attn_q.weight", gaussian(random, EMBEDDING * EMBEDDING, 0.15f), EMBEDDING, EMBEDDING)
                    .tensor(p + "attn_k.weight", gaussian(random, EMBEDDING * kv, 0.15f), EMBEDDING, kv)
                    .tensor(p + "attn_v.weight", gaussian(random, EMBEDDING * kv, 0.15f), EMBEDDING, kv)
                    .tensor(p + "attn_output.weight", gaussian(random, EMBEDDING * EMBEDDING, 0.15f), EMBEDDING, EMBEDDING)
                    .tensor(p + "ffn_norm.weight", ones(EMBEDDING), EMBEDDING)
                    .tensor(p + "ffn_gate.weight", gaussian(random, EMBEDDING * FEED_FORWARD, 0.15f), EMBEDDING, FEED_FORWARD)
                    .tensor(p + "ffn_up.weight", gaussian(random, EMBEDDING * FEED_FORWARD, 0.15f), EMBEDDING, FEED_FORWARD)
                    .tensor(p + "ffn_down.weight", gaussian(random, FEED_FORWARD * EMBEDDING, 0.15f), FEED_FORWARD, EMBEDDING);
        }
        gguf.tensor("output_norm.weight", ones(EMBEDDING), EMBEDDING);
        float[] output = gaussian(random, EMBEDDING * vocab, 0.4f);
        for (int token = 0; token < vocab; token++) {
            if (types[token] != NORMAL) java.util.Arrays.fill(output, token * EMBEDDING, (token + 1) * EMBEDDING, 0f);
        }
        gguf.tensor("output.weight", output, EMBEDDING, vocab);
        return gguf;
    }

    private static float[] gaussian(Random random, int n, float scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) values[i] = (float) random.nextGaussian() * scale;
        return values;
    }

    private static float[] ones(int n) {
        float[] values = new float[n];
        java.util.Arrays.fill(values, 1f);
        return values;
    }
}
