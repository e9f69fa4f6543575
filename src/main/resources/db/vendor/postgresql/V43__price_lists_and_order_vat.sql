-- Currencies and VAT (issue 19, item 2), continued from V42. Vendor-specific only for dropping the price list's
-- primary key; the rest is the same on H2 and PostgreSQL.

-- A price list per currency: each product's prices so far are the base list's (GBP).
alter table product_price add column currency varchar(3) default 'GBP' not null;
alter table product_price drop constraint product_price_pkey;
alter table product_price add primary key (product_id, currency, effective_from);

-- An order is priced in one currency (the customer's when it was taken) under the customer's VAT treatment; its
-- lines keep the VAT category and rate of their product when taken, so that a later change of rate leaves recorded
-- orders as they were. total_amount stays the net total; tax_amount is its VAT; gross is their sum.
alter table customer_order add column currency varchar(3) default 'GBP' not null;
alter table customer_order add column vat_treatment varchar(20) default 'DOMESTIC' not null;
alter table customer_order add column vat_rounding varchar(20) default 'PER_DOCUMENT' not null;
alter table customer_order add column tax_amount numeric(14, 2) default 0 not null;
alter table order_line add column vat_category varchar(2) default 'S' not null;
alter table order_line add column vat_rate numeric(5, 2) default 20.00 not null;

-- Orders taken before: their lines are taxed at their product's category (every product is STANDARD after V42),
-- and each order's VAT is worked out per document, as new ones are: each rate's net, times the rate, rounded.
update order_line set
    vat_category = coalesce((select t.vat_category from product p join tax_category t on t.code = p.tax_category
                             where p.code = order_line.product_code), 'S'),
    vat_rate = coalesce((select t.rate from product p join tax_category t on t.code = p.tax_category
                         where p.code = order_line.product_code), 20.00);
update customer_order set tax_amount = coalesce((
    select sum(g.vat) from (
        select l.order_id, round(sum(l.quantity * l.unit_price) * l.vat_rate / 100, 2) as vat
        from order_line l group by l.order_id, l.vat_category, l.vat_rate) g
    where g.order_id = customer_order.id), 0);
