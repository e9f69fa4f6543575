package io.ordertrail.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The little SQL that is written differently for the two databases Ordertrail runs on: the native queries that add
 * up many rows (the review's figures) and the insert of a row that a concurrent transaction may be inserting too.
 * Everything else is the SQL both understand.
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

    /**
     * An insert of one row that does nothing when a row with the same key is there, for a native query: the columns'
     * values are its parameters {@code ?1} to {@code ?n}, in the columns' order, the key among them. On PostgreSQL
     * ({@code on conflict do nothing}) a transaction inserting the same key at the same time is waited for, and the
     * statement then does nothing if that one committed: neither fails. H2 has no such insert; its statement passes
     * over a committed row, and two transactions inserting the same key at the same moment still meet at the unique
     * key ({@link UniqueRace} runs the one that lost again).
     */
    public String insertUnlessPresent(String table, String key, java.util.List<String> columns) {
        int keyAt = columns.indexOf(key) + 1;
        if (keyAt == 0) {
            throw new IllegalArgumentException("The key " + key + " is not one of the columns " + columns);
        }
        String names = String.join(", ", columns);
        String values = java.util.stream.IntStream.rangeClosed(1, columns.size())
                .mapToObj(i -> "?" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        return switch (database()) {
            case POSTGRESQL ->
                "insert into " + table + " (" + names + ") values (" + values + ") on conflict (" + key
                        + ") do nothing";
            case H2 ->
                "insert into " + table + " (" + names + ") select " + values + " from dual where not exists"
                        + " (select 1 from " + table + " where " + key + " = ?" + keyAt + ")";
        };
    }
}
