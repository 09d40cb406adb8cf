package io.gloss.benchmark;

import org.junit.jupiter.api.Tag;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link EmbedBenchmark} with the render cache off: every request reads the database and renders. */
@QuarkusTest
@Tag("benchmark")
@TestProfile(EmbedBenchmark.Uncached.class)
class UncachedEmbedBenchmark extends EmbedBenchmark {
}
