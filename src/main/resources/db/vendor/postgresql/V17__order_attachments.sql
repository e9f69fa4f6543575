-- Attachments on orders (issue 15): a customer's purchase order PDF, a drawing, a signed form, an email file. The
-- listing (who, when, what) apart from the bytes, so that listing never reads them. The one migration that differs
-- by database: the binary column type (bytea here).
create table order_attachment (
    id            bigint        not null primary key,
    order_id      bigint        not null references customer_order (id),
    file_name     varchar(255)  not null,
    media_type    varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    about         varchar(100),
    uploaded_at   timestamp     not null,
    uploaded_by   varchar(64)   not null
);
create index ix_order_attachment_order on order_attachment (order_id, uploaded_at);

create table order_attachment_content (
    attachment_id bigint        not null primary key references order_attachment (id),
    content       bytea          not null
);
