-- Which customers a service account (the online platform) may see and order for (issue 14): those it registered,
-- and those linked to it otherwise (the demo data links the demo customers to "integration").
create table customer_service_account (
    customer_number varchar(20)  not null,
    account         varchar(100) not null,
    linked_at       timestamp    not null,
    primary key (customer_number, account)
);
create index ix_customer_service_account on customer_service_account (account);

-- A confirmation a service account asked to send elsewhere than the customer's email on file: how it verified
-- that address, as it said.
alter table communication add column recipient_verification varchar(500);
