-- ERP partners (issue 14): each buyer's ERP system sends as a broker user of its own. Ordertrail takes a document
-- only when the partner that sent it may act for the buyer it names, and answers only on the partner's queue.
-- The partner's password lives in the broker (hashed); here only when it was last set.
create table erp_partner (
    name                varchar(40)   not null primary key,
    description         varchar(200)  not null,
    answer_queue        varchar(200)  not null,
    enabled             boolean       not null,
    created_at          timestamp     not null,
    password_changed_at timestamp     not null
);
create unique index uq_erp_partner_answer_queue on erp_partner (answer_queue);

-- The buyers (customer numbers) a partner may order, change and cancel for.
create table erp_partner_buyer (
    partner         varchar(40) not null references erp_partner (name),
    customer_number varchar(20) not null,
    primary key (partner, customer_number)
);

-- Every change to a partner: who, when, what.
create table erp_partner_change (
    id         bigint        not null primary key,
    partner    varchar(40)   not null,
    changed_at timestamp     not null,
    changed_by varchar(100)  not null,
    what_changed varchar(1000) not null
);
create index ix_erp_partner_change_partner on erp_partner_change (partner, changed_at);

-- A document is known per partner: another partner sending the same sender and document ID gets nothing of it.
alter table erp_document add column partner varchar(40);
alter table erp_document drop constraint uq_erp_document;
alter table erp_document add constraint uq_erp_document unique (partner, sender, document_id, document_type);
-- Who sent a refused document: its broker user.
alter table erp_rejection add column partner varchar(100);
