package io.ordertrail.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both run commands ({@code DevStack} and {@code DevCluster}) take the servers' data source from here. */
class LocalServicesDataSourceTest {

    private static final Path DATA = Path.of("data");

    @Test
    void aPostgresqlUrlWithoutADataSourceClassGetsPostgresqlsOwn() {
        assertThat(LocalServices.applicationEnvironment(
                        Map.of("ORDERTRAIL_DB_URL", "jdbc:postgresql://db.example.com:5432/ordertrail"), DATA))
                .containsEntry("ORDERTRAIL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
    }

    @Test
    void anH2UrlGetsH2s() {
        assertThat(LocalServices.applicationEnvironment(
                        Map.of("ORDERTRAIL_DB_URL", "jdbc:h2:file:/var/ordertrail/db"), DATA))
                .containsEntry("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
    }

    @Test
    void aDataSourceClassThatIsSetIsLeftToTheServer() {
        assertThat(LocalServices.applicationEnvironment(
                        Map.of(
                                "ORDERTRAIL_DB_URL", "jdbc:postgresql://db.example.com:5432/ordertrail",
                                "ORDERTRAIL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource"),
                        DATA))
                .doesNotContainKey("ORDERTRAIL_DB_DATASOURCE");
    }

    @Test
    void anotherDatabaseIsRefusedWithWhatToSet() {
        assertThatThrownBy(() -> LocalServices.applicationEnvironment(
                        Map.of("ORDERTRAIL_DB_URL", "jdbc:mysql://localhost/ordertrail"), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://localhost/ordertrail")
                .hasMessageContaining("jdbc:postgresql://");
    }
}
