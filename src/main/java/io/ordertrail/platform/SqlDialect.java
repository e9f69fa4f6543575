package io.ordertrail.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The little SQL that is written differently for the two databases Ordertrail runs on, for the native queries that
 * add up many rows (the review's figures). Everything else is the SQL both understand.
 */
@ApplicationScoped
public class SqlDialect {

    /** The databases Ordertrail runs on; the name is also the folder of their own migrations, db/vendor/(name). */
    public enum Database {
        H2("h2"),
        POSTGRESQL("postgresql");

        private final String folder;

        Database(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    private volatile Database database;

    /** Which database the data source reaches, asked once. */
    public Database database() {
        Database known = database;
        if (known == null) {
            known = of(dataSource);
            database = known;
        }
        return known;
    }

    public static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return Database.POSTGRESQL;
            }
            if (product.contains("h2")) {
                return Database.H2;
            }
            throw new IllegalStateException("Ordertrail runs on H2 or PostgreSQL, not on " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database: " + e.getMessage(), e);
        }
    }

    /**
     * A timestamp as seconds since 1970, as a number the database sorts fast: PostgreSQL's {@code extract} gives an
     * exact numeric, three times slower to sort than the double that {@code date_part} gives.
     */
    public String epochSeconds(String timestamp) {
        return switch (database()) {
            case POSTGRESQL -> "date_part('epoch', " + timestamp + ")";
            case H2 -> "extract(epoch from " + timestamp + ")";
        };
    }

    /**
     * The statements whose rows together are the aggregates per value of a column and, with null for the column, over
     * all rows. PostgreSQL reads the rows once for both ({@code grouping sets}); H2 has no grouping sets and reads them
     * twice.
     *
     * @param fromWhere the statement's {@code from} and {@code where}
     */
    public java.util.List<String> groupedWithTotal(String column, String aggregates, String fromWhere) {
        String grouped = "select " + column + ", " + aggregates + " " + fromWhere;
        return switch (database()) {
            case POSTGRESQL -> java.util.List.of(grouped + " group by grouping sets ((" + column + "), ())");
            case H2 ->
                java.util.List.of(grouped + " group by " + column, "select null, " + aggregates + " " + fromWhere);
        };
    }

    /**
     * The median and the 90th percentile of a value ({@code percentile_disc}, nulls left out), as two columns.
     * PostgreSQL sorts the values once for both.
     */
    public String medianAndP90(String value) {
        return switch (database()) {
            case POSTGRESQL -> {
                String both = "(percentile_disc(array[0.5, 0.9]) within group (order by " + value + "))";
                yield both + "[1], " + both + "[2]";
            }
            case H2 ->
                "percentile_disc(0.5) within group (order by " + value
                        + "), percentile_disc(0.9) within group (order by " + value + ")";
        };
    }
}
