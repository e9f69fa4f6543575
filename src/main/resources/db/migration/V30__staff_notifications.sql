-- Notifications to staff (issue 17): what is assigned to a person or their team reaches them even when the page is
-- closed. One row per person, so that each reads their own; a team's notification is copied to each member.
create table staff_notification (
    id            bigint         not null primary key,
    recipient     varchar(64)    not null,
    kind          varchar(32)    not null,
    order_number  varchar(20),
    message       varchar(500)   not null,
    link          varchar(300)   not null,
    created_at    timestamp      not null,
    read_at       timestamp
);
create index ix_staff_notification_recipient on staff_notification (recipient, read_at, created_at);
create index ix_staff_notification_order on staff_notification (order_number);
