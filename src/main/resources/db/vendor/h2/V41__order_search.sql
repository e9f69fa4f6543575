-- The search box (issue 19): each order's words, in the search's own spelling (OrderSearchText): its key (number and
-- purchase-order reference), its customer (number, name, email, phone: rewritten for all their orders in one
-- statement when the customer's record changes) and its body (products, address, instructions, notes, the source
-- email). On H2 it is searched with LIKE on these columns: every typed word must appear somewhere, newest orders
-- first, key and customer matches before body matches. Fine for one desk's database; production runs on
-- PostgreSQL, where the same table has a ranked full-text index.
create table order_search (
    order_id        bigint         not null primary key references customer_order (id),
    search_key      varchar(1000)  not null,
    search_customer varchar(1000)  not null,
    search_body     varchar(20000) not null
);
