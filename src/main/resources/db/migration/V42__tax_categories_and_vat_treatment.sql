-- Currencies and VAT (issue 19, item 2). The tax categories the ADMIN configures: a product is of one, whose VAT
-- category (UN/CEFACT 5305: S standard or reduced, Z zero, E exempt) and rate a line of it is taxed at. A customer
-- has a currency and a VAT treatment: DOMESTIC (each product's rate), REVERSE_CHARGE (an EU business with a VAT id:
-- category K, no VAT) or EXEMPT (category E). The shipped categories are the UK's rates; the ADMIN changes them.
create table tax_category (
    code         varchar(20)   not null primary key,
    name         varchar(100)  not null,
    vat_category varchar(2)    not null,
    rate         numeric(5, 2) not null,
    constraint ck_tax_category_rate check (rate >= 0 and rate < 100),
    constraint ck_tax_category_zero check (vat_category = 'S' or rate = 0)
);
insert into tax_category (code, name, vat_category, rate) values ('STANDARD', 'Standard rate', 'S', 20.00);
insert into tax_category (code, name, vat_category, rate) values ('REDUCED', 'Reduced rate', 'S', 5.00);
insert into tax_category (code, name, vat_category, rate) values ('ZERO', 'Zero rate', 'Z', 0.00);

alter table product add column tax_category varchar(20) default 'STANDARD' not null;
alter table product add constraint fk_product_tax_category foreign key (tax_category) references tax_category (code);

alter table customer add column currency varchar(3) default 'GBP' not null;
alter table customer add column vat_treatment varchar(20) default 'DOMESTIC' not null;
