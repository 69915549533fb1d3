package dev.playground.benchmarks;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.playground.engine.local.LlamaChatProvider;
import dev.playground.engine.local.LocalModelSettings;
import dev.playground.engine.local.MemoryCheck;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Issue 19: generation speed through our local provider against calling the llama.cpp binding directly, on the
 * same model file, prompt (the model's chat template applied), greedy sampling and token count, alternating the two
 * so drift hits both. Prints medians of tokens per second (from the first token to the last) and of the first
 * token's latency. Arguments: rounds (default 15), tokens per answer (default 256), then model files; without files
 * it generates the test kit's tiny model. Run under /work/wt/bin/quiet; exec id localbench.
 */
public final class LocalModelHarness {
    private static final String SYSTEM = "Answer briefly.";
    private static final String USER = "Write a short story about a river and a stone.";

    private record Sample(double tokensPerSecond, double firstTokenMs, int tokens) {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int tokens = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        List<Path> models = new ArrayList<>();
        for (int i = 2; i < args.length; i++) models.add(Path.of(args[i]));
        if (models.isEmpty()) models.add(TinyChatModel.write(Files.createTempDirectory("localbench").resolve("tiny-chat.gguf")));
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        System.out.printf(Locale.ROOT, "java %s, %d processors, %d threads for llama.cpp, %d rounds of %d tokens%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), threads, rounds, tokens);
        for (Path model : models) bench(model, rounds, tokens, threads);
    }

    private static void bench(Path model, int rounds, int tokens, int threads) throws Exception {
        LocalModelSettings settings = new LocalModelSettings(threads, 2048, 0);
        try (LlamaModel direct = new LlamaModel(new ModelParameters().setModel(model.toString()).setThreads(threads).setCtxSize(2048)
                .setParallel(1).disableLog());
             LlamaChatProvider provider = new LlamaChatProvider(() -> settings, MemoryCheck.system())) {
            String prompt = direct.applyTemplate(new InferenceParameters("").setMessages(SYSTEM, List.of(new Pair<>("user", USER))));
            Connection local = new Connection("local-bench", "local-bench", ProviderKind.LOCAL, "", "", model.toString());
            CompletionRequest request = new CompletionRequest(local, null, new ModelSettings(0.0, null, null, tokens, List.of(), 1, null, null, null),
                    List.of(new RenderedMessage(Role.SYSTEM, SYSTEM), new RenderedMessage(Role.USER, USER)));
            for (int i = 0; i < 3; i++) { // warm-up: loads, first allocations, JIT
                direct(direct, prompt, tokens);
                provider(provider, request);
            }
            List<Sample> ours = new ArrayList<>();
            List<Sample> binding = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                binding.add(direct(direct, prompt, tokens));
                ours.add(provider(provider, request));
            }
            double oursTps = median(ours.stream().mapToDouble(Sample::tokensPerSecond).toArray());
            double bindingTps = median(binding.stream().mapToDouble(Sample::tokensPerSecond).toArray());
            System.out.printf(Locale.ROOT, "%s (%.1f MB)%n", model.getFileName(), Files.size(model) / 1048576.0);
            System.out.printf(Locale.ROOT, "  binding directly : %8.1f tokens/s (min %.1f, max %.1f), first token %.2f ms, %d tokens%n", bindingTps,
                    min(binding), max(binding), median(binding.stream().mapToDouble(Sample::firstTokenMs).toArray()), binding.get(0).tokens());
            System.out.printf(Locale.ROOT, "  our provider     : %8.1f tokens/s (min %.1f, max %.1f), first token %.2f ms, %d tokens%n", oursTps,
                    min(ours), max(ours), median(ours.stream().mapToDouble(Sample::firstTokenMs).toArray()), ours.get(0).tokens());
            System.out.printf(Locale.ROOT, "  provider / binding: %.3f (target >= 0.95)%n", oursTps / bindingTps);
        }
    }

    private static Sample direct(LlamaModel model, String prompt, int tokens) {
        InferenceParameters parameters = new InferenceParameters(prompt).setNPredict(tokens).setTemperature(0f).setSeed(1);
        long start = System.nanoTime();
        long first = 0;
        long last = 0;
        int count = 0;
        for (LlamaOutput output : model.generate(parameters)) {
            if (output.text.isEmpty()) continue;
            last = System.nanoTime();
            if (first == 0) first = last;
            count++;
        }
        return sample(start, first, last, count);
    }

    private static Sample provider(LlamaChatProvider provider, CompletionRequest request) throws Exception {
        long start = System.nanoTime();
        long[] times = new long[2];
        int[] count = new int[1];
        CompletionResult result = provider.stream(request, null, new CompletionListener() {
            @Override
            public void onToken(String token) {
                long now = System.nanoTime();
                if (times[0] == 0) times[0] = now;
                times[1] = now;
                count[0]++;
            }

            @Override
            public void onComplete(CompletionResult r) {}

            @Override
            public void onError(ProviderException error, CompletionResult partial) {}
        }).result().get(5, TimeUnit.MINUTES);
        if (!result.complete()) throw new IllegalStateException(result.incompleteReason());
        return sample(start, times[0], times[1], count[0]);
    }

    private static Sample sample(long start, long first, long last, int count) {
        double tps = count > 1 && last > first ? (count - 1) * 1e9 / (last - first) : 0;
        return new Sample(tps, (first - start) / 1e6, count);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::tokensPerSecond).min().orElse(0);
    }

    private static double max(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::tokensPerSecond).max().orElse(0);
    }
}
