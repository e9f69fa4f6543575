package io.ordertrail.testsupport;

/**
 * The tag of browser test classes about how the pages look and read (layout at a size, accessibility rules), not
 * about what the database stores: their outcome does not depend on the database, so CI's PostgreSQL run leaves them
 * out ({@code -DexcludedGroups}), as it leaves out {@link OwnOrdertrail#OWN_H2}.
 */
public final class PagesOnly {

    public static final String TAG = "pages-only";

    private PagesOnly() {}
}
