-- The ERP channel (OASIS UBL over JMS): buyers and products are matched by their standard identifiers, every
-- document received is kept with the answer given, and a document that could not be read is kept for the ADMIN.

alter table customer add column gln varchar(20);
create unique index uq_customer_gln on customer (gln);
alter table product add column gtin varchar(14);
create unique index uq_product_gtin on product (gtin);

-- One row per document from a sender: the unique key makes the same document received twice one order, and the
-- stored answer is what is sent again.
create table erp_document (
    id            bigint        not null primary key,
    sender        varchar(100)  not null,
    document_id   varchar(100)  not null,
    document_type varchar(32)   not null,
    order_number  varchar(20),
    reply_to      varchar(200)  not null,
    received_at   timestamp     not null,
    answer        varchar(1000000) not null,
    constraint uq_erp_document unique (sender, document_id, document_type)
);
create index ix_erp_document_order on erp_document (order_number);

-- Documents refused: why, and from whom if that could be told.
create table erp_rejection (
    id             bigint        not null primary key,
    jms_message_id varchar(200),
    sender         varchar(100),
    document_id    varchar(100),
    reason         varchar(2000) not null,
    excerpt        varchar(2000),
    received_at    timestamp     not null,
    answered       boolean       not null
);
create index ix_erp_rejection_received on erp_rejection (received_at);
