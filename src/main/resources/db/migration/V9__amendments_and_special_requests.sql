-- SOP steps 5 and 6: special requests with their feasibility review, and amendments as order versions.

-- Every version of an order, never changed once written: what the order said (a JSON snapshot), why it changed,
-- through which channel the customer asked, and how staff verified that the request came from the customer.
create table order_version_record (
    id                     bigint         not null primary key,
    order_id               bigint         not null references customer_order (id),
    version                integer        not null,
    reason_code            varchar(32)    not null,
    reason_note            varchar(500),
    request_channel        varchar(16),
    requested_by           varchar(200),
    verified_how           varchar(200),
    verification_reference varchar(200),
    created_by             varchar(64)    not null,
    created_at             timestamp      not null,
    content                varchar(1000000) not null,
    changes                varchar(1000000),
    constraint uq_order_version_record unique (order_id, version)
);

-- The version last confirmed to the customer: an amended order is re-confirmed until this catches up.
alter table customer_order add column confirmed_version integer default 0 not null;
update customer_order set confirmed_version = order_version where confirmed_at is not null;

create table special_request (
    id              bigint        not null primary key,
    order_id        bigint        not null references customer_order (id),
    line_number     integer,
    request_type    varchar(24)   not null,
    details         varchar(1000) not null,
    team            varchar(16)   not null,
    status          varchar(24)   not null,
    decision_reason varchar(1000),
    decided_by      varchar(64),
    decided_at      timestamp,
    due_at          timestamp     not null,
    escalated_at    timestamp,
    created_by      varchar(64)   not null,
    created_at      timestamp     not null,
    lock_version    bigint        not null
);
-- The teams' queues and the escalation sweep read pending requests by team and due time.
create index ix_special_request_queue on special_request (status, team, due_at);
create index ix_special_request_order on special_request (order_id);

-- A reservation given back (cancellation, or a later version replacing it) keeps its row, marked released.
alter table stock_reservation add column released_at timestamp;

alter table fulfillment_task add column special_requests varchar(4000);
