-- Failed sign-ins counted per account name and per client address (io.ordertrail.security.SignInThrottle), in the
-- database rather than in each server's memory: every server of a cluster counts the same failures, an administrator's
-- unlock lifts a lock on all of them, and a lock outlives a restart (issue 22).
create table sign_in_throttle (
    throttle_key  varchar(220) not null primary key, -- 'account:<name, lower case>' or 'address:<client address>'
    failures      integer      not null,
    last_failure  timestamp,
    locked_until  timestamp
);
create index ix_sign_in_throttle_last_failure on sign_in_throttle (last_failure);
