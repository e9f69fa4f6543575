package io.ordertrail.orders.infrastructure;

import io.ordertrail.platform.LikePattern;
import io.ordertrail.platform.SqlDialect;
import io.ordertrail.platform.SqlDialect.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The search box's SQL over {@code order_search}, one way per database. PostgreSQL: every word, whole, or the last as
 * the start of a word when no order has them all whole ({@code roll} finds {@code roller}; see {@link #tsqueryFor}),
 * in the GIN-indexed {@code search_vector}, ranked by {@code ts_rank} (number,
 * reference and customer weigh more than the rest), then newest first. When more than {@link #RANKED_AT_MOST}
 * orders match, ranking them all would read every one of them, so such a broad search lists the newest matches
 * first. H2: every word contained anywhere ({@code like}), orders whose key or customer holds the first word before
 * the rest, then newest first.
 */
@ApplicationScoped
class WordSearch {

    /** The most matches that are ranked; a search finding more lists its newest matches first. */
    static final long RANKED_AT_MOST = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SqlDialect sql;

    /** The ids of a page of the matching orders, best first. */
    List<Long> page(List<String> words, int first, int size) {
        Query query;
        if (sql.database() == Database.POSTGRESQL) {
            String tsquery = tsqueryFor(words);
            boolean rank = count(tsquery, RANKED_AT_MOST + 1) <= RANKED_AT_MOST;
            query = em.createNativeQuery("select s.order_id from order_search s"
                            + " where s.search_vector @@ to_tsquery('simple', ?1)"
                            + (rank
                                    ? " order by ts_rank(s.search_vector, to_tsquery('simple', ?1)) desc,"
                                            + " s.order_id desc"
                                    : " order by s.order_id desc")
                            + " offset ?2 limit ?3")
                    .setParameter(1, tsquery)
                    .setParameter(2, first)
                    .setParameter(3, size);
        } else {
            int n = words.size();
            query = em.createNativeQuery("select s.order_id from order_search s where " + likeAll(words)
                    + " order by case when s.search_key like ?1 escape '!' or s.search_customer like ?1 escape '!'"
                    + " then 0 else 1 end, s.order_id desc"
                    + " offset ?" + (n + 1) + " rows fetch next ?" + (n + 2) + " rows only");
            likeParameters(query, words).setParameter(n + 1, first).setParameter(n + 2, size);
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    long count(List<String> words, long atMost) {
        if (sql.database() == Database.POSTGRESQL) {
            return count(tsqueryFor(words), atMost);
        }
        Query query = em.createNativeQuery("select count(*) from (select 1 from order_search s where " + likeAll(words)
                + " fetch first " + atMost + " rows only) found");
        return ((Number) likeParameters(query, words).getSingleResult()).longValue();
    }

    private long count(String tsquery, long atMost) {
        Query query = em.createNativeQuery("select count(*) from (select 1 from order_search s"
                        + " where s.search_vector @@ to_tsquery('simple', ?1) limit ?2) found")
                .setParameter(1, tsquery)
                .setParameter(2, atMost);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The words as a PostgreSQL text query: all of them whole ({@code 'acme' & 'roller'}) when an order has them so;
     * otherwise the last as the start of a word, since it may still be being typed ({@code 'acme' & 'roll':*}).
     * Whole words first because the GIN index skips through a common word's long list (every order has {@code ord}
     * and {@code leeds}), but reads all of a prefix's: 20 ms against 70 to 270 ms over a million orders.
     */
    private String tsqueryFor(List<String> words) {
        planForTheseWords();
        String whole = tsquery(words, false);
        boolean found = !em.createNativeQuery(
                        "select 1 from order_search s where s.search_vector @@ to_tsquery('simple', ?1) limit 1")
                .setParameter(1, whole)
                .getResultList()
                .isEmpty();
        return found ? whole : tsquery(words, true);
    }

    /** All the words required, the last one as a prefix or not. The words hold no quote (OrderSearchText.words). */
    static String tsquery(List<String> words, boolean lastAsPrefix) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add("'" + words.get(i) + "'" + (lastAsPrefix && i == words.size() - 1 ? ":*" : ""));
        }
        return String.join(" & ", terms);
    }

    /**
     * Plans the search's statements for the words they are given, in this transaction: a plan cached for any words
     * would read the GIN index for a word in every order as for a rare one (300 ms instead of 20 ms, measured with
     * order_search_1m.py).
     */
    private void planForTheseWords() {
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
    }

    private static Query likeParameters(Query query, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(i + 1, LikePattern.containing(words.get(i)));
        }
        return query;
    }

    private static String likeAll(List<String> words) {
        List<String> each = new ArrayList<>();
        for (int i = 1; i <= words.size(); i++) {
            each.add("(s.search_key like ?" + i + " escape '!' or s.search_customer like ?" + i + " escape '!'"
                    + " or s.search_body like ?" + i + " escape '!')");
        }
        return String.join(" and ", each);
    }
}
