-- A file can be about one version of the order or one of its special requests, not only the order (issue 15).
alter table order_attachment add column order_version integer;
alter table order_attachment add column special_request_id bigint references special_request (id);
