-- SOP step 7, the fulfillment team's side: a task per confirmed order, moved through picking, packing and dispatch
-- (or pickup), each step kept with who and when.
create table fulfillment_task (
    id                 bigint       not null primary key,
    order_number       varchar(20)  not null unique,
    order_version      integer      not null,
    customer_name      varchar(200) not null,
    pickup             boolean      not null,
    deliver_to         varchar(500),
    instructions       varchar(1000),
    line_summary       varchar(4000) not null,
    status             varchar(24)  not null,
    carrier            varchar(100),
    tracking_reference varchar(100),
    created_at         timestamp    not null,
    lock_version       bigint       not null
);
create index ix_fulfillment_task_status on fulfillment_task (status, created_at);

create table fulfillment_step (
    task_id  bigint       not null references fulfillment_task (id),
    position integer      not null,
    status   varchar(24)  not null,
    taken_by varchar(64)  not null,
    taken_at timestamp    not null,
    note     varchar(300),
    primary key (task_id, position)
);
