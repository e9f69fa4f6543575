-- Why a handover message failed (recorded on every failed attempt, in its own transaction), and what an
-- administrator did with a dead letter: retried or discarded, by whom and when.

create table handover_failure (
    id             bigint        not null primary key,
    jms_message_id varchar(100)  not null,
    team           varchar(16)   not null,
    delivery_count integer       not null,
    reason         varchar(2000) not null,
    failed_at      timestamp     not null
);
create index ix_handover_failure_message on handover_failure (jms_message_id, failed_at);

create table dead_letter_action (
    id             bigint        not null primary key,
    jms_message_id varchar(100)  not null,
    original_queue varchar(100)  not null,
    action         varchar(16)   not null,
    acted_by       varchar(64)   not null,
    acted_at       timestamp     not null,
    body_preview   varchar(500)  not null
);
create index ix_dead_letter_action_at on dead_letter_action (acted_at);
