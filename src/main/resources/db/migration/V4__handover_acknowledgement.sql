-- A team member acknowledges a handover in the team's work queue: who and when.
alter table handover_receipt add column acknowledged_by varchar(64);
alter table handover_receipt add column acknowledged_at timestamp;
