package io.gloss.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The banner names the database as it is, so a start from another directory is seen at once. */
class StartupBannerTest {

    @Test
    void aRelativeH2FileIsShownAsAnAbsolutePath() {
        assertThat(StartupBanner.databaseLocation("jdbc:h2:file:./data/gloss;MODE=PostgreSQL;WRITE_DELAY=0", Path.of("/srv/gloss")))
                .isEqualTo("H2 file /srv/gloss/data/gloss.mv.db");
        assertThat(StartupBanner.databaseLocation("jdbc:h2:file:/var/lib/gloss/db", Path.of("/tmp")))
                .isEqualTo("H2 file /var/lib/gloss/db.mv.db");
    }

    @Test
    void anyOtherDatabaseIsShownWithoutItsParameters() {
        assertThat(StartupBanner.databaseLocation("jdbc:postgresql://db.internal:5432/gloss?password=secret", Path.of("/")))
                .isEqualTo("jdbc:postgresql://db.internal:5432/gloss");
    }
}
