package io.gloss.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.detect.DetectableOrganization;
import io.gloss.detect.Detection;
import io.gloss.detect.Detector;
import io.gloss.registry.ShippedRegistry;

/**
 * Detection cost by text size with the shipped registry, on text that names organisations (and a
 * look-alike) in every sentence: as found, 1 MB naming one organisation repeatedly took 126 s (the
 * overlap settling was quadratic in mentions). Prints the time per size and the ratio to the size
 * before; linear cost doubles with the size. Run: ./mvnw verify -Dtest.excluded-groups= -Dgroups=benchmark
 * -Dtest=DetectionCostBenchmark
 */
@Tag("benchmark")
class DetectionCostBenchmark {

    private static final String SENTENCE = "Fighters of Daesh and the Taliban attacked; a bakery called al-Qaeda Sweets closed. ";

    @Test
    void detectionCostGrowsLinearlyWithTheText() throws IOException {
        ShippedRegistry.Release release = ShippedRegistry.read(new ObjectMapper().findAndRegisterModules());
        List<DetectableOrganization> organizations = new ArrayList<>();
        release.organizations().forEach((slug, entry) -> organizations.add(new DetectableOrganization(slug, entry.names(), entry.lookAlikes())));
        Detector detector = Detector.compile(organizations);
        detector.detect(SENTENCE.repeat(2_000), "en"); // warm-up

        double before = 0;
        for (double megabytes : new double[] { 0.1, 0.2, 0.4, 0.8 }) {
            String text = SENTENCE.repeat((int) (megabytes * 1_000_000 / SENTENCE.length()));
            long start = System.nanoTime();
            Detection detection = detector.detect(text, "en");
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("detection of %.1f MB: %,.0f ms, %,d mentions%s%n", megabytes, millis, detection.mentions().size(),
                    before == 0 ? "" : String.format(", %.2f× the time of half the text", millis / before));
            before = millis;
        }
    }
}
