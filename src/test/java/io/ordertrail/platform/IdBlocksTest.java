package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The id sequence hands out blocks of the size the entities expect. EclipseLink takes each value of the sequence as the
 * last id of a block of {@link SequencedEntity#BLOCK}; a sequence stepping by less would hand two servers (or two
 * blocks of one server) the same ids.
 */
class IdBlocksTest {

    @Test
    void aDatabaseThatHandedOutIdsBeforeGetsItsNextBlockAboveThemAll() throws Exception {
        assertNextBlockAfterUpgradeStartsAboveOldIds(true);
    }

    @Test
    void aDatabaseThatNeverHandedOutAnIdStartsItsFirstBlockAboveTheSequencesStart() throws Exception {
        assertNextBlockAfterUpgradeStartsAboveOldIds(false);
    }

    private static void assertNextBlockAfterUpgradeStartsAboveOldIds(boolean usedBefore) throws Exception {
        String url = "jdbc:h2:mem:ids-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        migrate(url, "49");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement s = db.createStatement()) {
            // V1's sequence starts with 1000: a first block of 50 is (950, 1000], so ids up to 1000 may be taken.
            long lastIdOfOldBlock = usedBefore ? next(s) : 1000;

            migrate(url, "latest");

            try (ResultSet r = s.executeQuery("select increment from information_schema.sequences"
                    + " where lower(sequence_name) = 'ordertrail_id_seq'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(1)).isEqualTo(SequencedEntity.BLOCK);
            }
            long lastIdOfNewBlock = next(s);
            long firstIdOfNewBlock = lastIdOfNewBlock - SequencedEntity.BLOCK + 1;
            assertThat(firstIdOfNewBlock).isGreaterThan(lastIdOfOldBlock);
        }
    }

    /** Migrates the database as the application does on H2, up to the version given ("latest": all of them). */
    private static void migrate(String url, String target) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(target)
                .load()
                .migrate();
    }

    private static long next(Statement s) throws Exception {
        try (ResultSet r = s.executeQuery("select next value for ordertrail_id_seq")) {
            r.next();
            return r.getLong(1);
        }
    }
}
