package io.gloss.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Detection throughput on one thread, in MB of UTF-8 text per second (1 MB = 10^6 bytes), with the 15
 * organisations of the first registry, the full registry Gloss ships and 10,000 generated organisations, and
 * the time and heap each takes to compile. Targets: at least 20 MB/s; the shipped registry at least 0.7 of
 * the throughput with 15 and compiled in under 2 s; 10,000 organisations at most 1.5 times as slow as 15. Both detectors are warmed up first and then measured in alternating rounds, so
 * neither gains from running while the JIT is still compiling for the other. Run:
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=io.gloss.detect.DetectorBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class DetectorBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final int ROUNDS = 7;

    /** Whatever the detector found, so the JIT cannot drop the work as unused. */
    private static long found;

    private DetectorBenchmark() {
    }

    /** One registry reading one language's news. */
    private record Workload(String registry, String language, Detector detector, List<String> articles,
            long[] sizes, List<Double> rounds) {

        Workload(String registry, String language, Detector detector, List<String> articles) {
            this(registry, language, detector, articles,
                    articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).toArray(),
                    new ArrayList<>());
        }

        double median() {
            double[] sorted = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }

    public static void main(String[] args) {
        // Loads the analysis classes, so the first measured compile pays for nothing the others do not.
        Detector.compile(ShippedOrganizations.first(15));
        Detector starter = compile("the shipped registry's first 15 organisations", ShippedOrganizations.first(15));
        List<DetectableOrganization> shippedOrganizations = ShippedOrganizations.all();
        Detector shipped = compile("shipped registry, " + shippedOrganizations.size() + " organisations", shippedOrganizations);
        Detector large = compile("generated registry, 10,000 organisations", GeneratedRegistry.withSize(10_000));
        List<Workload> workloads = new ArrayList<>();
        for (String language : List.of("en", "ru")) {
            workloads.add(new Workload("15", language, starter, BenchmarkNews.articles(language)));
            workloads.add(new Workload("shipped", language, shipped, BenchmarkNews.articles(language)));
            workloads.add(new Workload("10,000", language, large, BenchmarkNews.articles(language)));
        }
        workloads.forEach(workload -> megabytesPerSecond(workload, WARM_UP_NANOS));
        for (int round = 0; round < ROUNDS; round++) {
            workloads.forEach(workload -> workload.rounds().add(megabytesPerSecond(workload, ROUND_NANOS)));
        }
        for (Workload workload : workloads) {
            System.out.printf("%-3s %6s organisations: %5.1f MB/s (median of %d rounds: %s)%n", workload.language(),
                    workload.registry(), workload.median(), ROUNDS, rounded(workload.rounds()));
        }
        for (int i = 0; i < workloads.size(); i += 3) {
            System.out.printf("%s: throughput with the shipped registry / with 15 = %.2f (target at least 0.7)%n",
                    workloads.get(i).language(), workloads.get(i + 1).median() / workloads.get(i).median());
            System.out.printf("%s: time with 10,000 organisations / time with 15 = %.2f (target at most 1.5)%n",
                    workloads.get(i).language(), workloads.get(i).median() / workloads.get(i + 2).median());
        }
        System.out.println("(mentions and review items seen: " + found + ")");
    }

    private static Detector compile(String label, List<DetectableOrganization> registry) {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Detector detector = Detector.compile(registry);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: compiled in %d ms, %.1f MB of heap%n", label, millis, (usedHeap() - heapBefore) / 1e6);
        return detector;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double megabytesPerSecond(Workload workload, long forNanos) {
        long bytes = 0;
        long start = System.nanoTime();
        long elapsed = 0;
        for (int i = 0; elapsed < forNanos; i = (i + 1) % workload.articles().size()) {
            Detection detection = workload.detector().detect(workload.articles().get(i), workload.language());
            found += detection.mentions().size() + detection.review().size();
            bytes += workload.sizes()[i];
            elapsed = System.nanoTime() - start;
        }
        return bytes / 1e6 / (elapsed / 1e9);
    }

    private static String rounded(List<Double> rounds) {
        return Arrays.toString(rounds.stream().mapToLong(Math::round).toArray());
    }
}
