-- A team's handover list says what arrived in words a person reads (issue 19): whose order and what goods, kept
-- from the document when it was received. Receipts from before this version have neither.
alter table handover_receipt add column customer_name varchar(200);
alter table handover_receipt add column line_summary varchar(500);
