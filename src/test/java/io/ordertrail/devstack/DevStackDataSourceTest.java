package io.ordertrail.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DevStackDataSourceTest {

    @Test
    void aPostgresqlUrlWithoutADataSourceClassGetsPostgresqlsOwn() {
        assertThat(DevStack.dataSourceFor("jdbc:postgresql://db.example.com:5432/ordertrail"))
                .isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    }

    @Test
    void anH2UrlGetsH2s() {
        assertThat(DevStack.dataSourceFor("jdbc:h2:file:/var/ordertrail/db")).isEqualTo("org.h2.jdbcx.JdbcDataSource");
    }

    @Test
    void anotherDatabaseIsRefusedWithWhatToSet() {
        assertThatThrownBy(() -> DevStack.dataSourceFor("jdbc:mysql://localhost/ordertrail"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://localhost/ordertrail")
                .hasMessageContaining("jdbc:postgresql://");
    }
}
