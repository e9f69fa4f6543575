-- Issue 17, notifications by email: who has switched the digest of their unread notifications on, and when the last
-- one went out (so each notification is mailed once).
create table notification_digest (
    username        varchar(64)   not null primary key,
    enabled         boolean       not null,
    last_sent_at    timestamp
);
