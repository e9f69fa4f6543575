-- The search box (issue 19): each order's words, in the search's own spelling (OrderSearchText): its key (number and
-- purchase-order reference, weight A), its customer (number, name, email, phone, weight B: rewritten for all their
-- orders in one statement when the customer's record changes) and its body (products, address, instructions, notes,
-- the source email, weight C). The application writes the texts in the transaction that changes the order or the
-- customer; the tsvector follows by itself, and the GIN index finds the words. 'simple': no stemming, no stop words,
-- so codes, names and words of every language are found as written.
create table order_search (
    order_id        bigint   not null primary key references customer_order (id),
    search_key      text     not null,
    search_customer text     not null,
    search_body     text     not null,
    search_vector   tsvector generated always as (
        setweight(to_tsvector('simple', search_key), 'A')
            || setweight(to_tsvector('simple', search_customer), 'B')
            || setweight(to_tsvector('simple', search_body), 'C')
    ) stored
);
create index ix_order_search_vector on order_search using gin (search_vector);
