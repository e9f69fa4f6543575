-- Customers kept up to date on a page (issue 15): contacts, several delivery addresses with a default, party
-- identifiers in any scheme (the GLN moves there), billing address, notes, and a version for each change with who
-- and why. Orders keep the delivery address they were taken with (customer_order.delivery_address).
alter table customer add column billing_address varchar(500);
alter table customer add column notes varchar(2000);
alter table customer add column record_version integer default 1 not null;
alter table customer add column search_text varchar(4000);

create table customer_contact (
    customer_id  bigint       not null references customer (id),
    position     integer      not null,
    name         varchar(200) not null,
    email        varchar(254),
    phone        varchar(40),
    contact_role varchar(100),
    primary key (customer_id, position)
);

create table customer_delivery_address (
    customer_id bigint       not null references customer (id),
    position    integer      not null,
    label       varchar(100),
    address     varchar(500) not null,
    location_id varchar(100),
    is_default  boolean      not null,
    primary key (customer_id, position)
);
create index ix_customer_delivery_location on customer_delivery_address (location_id);

create table customer_identifier (
    customer_id bigint       not null references customer (id),
    position    integer      not null,
    scheme      varchar(20)  not null,
    identifier  varchar(100) not null,
    primary key (customer_id, position)
);
create index ix_customer_identifier on customer_identifier (identifier);

create table customer_version (
    id              bigint        not null primary key,
    customer_number varchar(32)   not null,
    version_number  integer       not null,
    changed_by      varchar(64)   not null,
    changed_at      timestamp     not null,
    reason          varchar(500)  not null,
    changes         varchar(20000) not null,
    constraint uq_customer_version unique (customer_number, version_number)
);

insert into customer_contact (customer_id, position, name)
    select id, 0, contact_name from customer where contact_name is not null;
insert into customer_delivery_address (customer_id, position, label, address, is_default)
    select id, 0, 'Main', default_delivery_address, true from customer where default_delivery_address is not null;
insert into customer_identifier (customer_id, position, scheme, identifier)
    select id, 0, 'GLN', gln from customer where gln is not null;
update customer set search_text = lower(customer_number || ' ' || name || ' ' || coalesce(email, '') || ' '
    || coalesce(phone, '') || ' ' || coalesce(contact_name, '') || ' ' || coalesce(default_delivery_address, '') || ' '
    || coalesce(gln, ''));

drop index uq_customer_gln;
alter table customer drop column gln;
alter table customer drop column contact_name;
