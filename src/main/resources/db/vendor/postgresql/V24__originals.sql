-- The originals (issue 16, SOP section 5): the exact bytes that arrived and left, stored once by their SHA-256,
-- and a link for each time one arrived or left about something. The one difference by database is the binary type.
create table original_content (
    content_hash  varchar(64)  not null primary key,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    content       bytea         not null,
    first_kept_at timestamp    not null
);

create table original_link (
    id           bigint       not null primary key,
    content_hash varchar(64)  not null references original_content (content_hash),
    kind         varchar(24)  not null,
    subject_type varchar(20)  not null,
    subject_id   varchar(64)  not null,
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    kept_at      timestamp    not null
);
create index ix_original_link_subject on original_link (subject_type, subject_id, kept_at);
create index ix_original_link_content on original_link (content_hash);
