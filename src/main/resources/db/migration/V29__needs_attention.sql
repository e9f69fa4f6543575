-- Issue 17, the needs-attention lists: since when an order has stood at its stage, and since when its confirmation
-- has failed (until one reaches the customer), kept with the order so that the lists and the home pages' counts read
-- an index instead of the status history and the communications.
alter table customer_order add column status_since timestamp;
update customer_order set status_since =
    (select max(s.changed_at) from order_status_change s where s.order_id = customer_order.id);
update customer_order set status_since = recorded_at where status_since is null;
alter table customer_order alter column status_since set not null;

alter table customer_order add column confirmation_failed_at timestamp;
update customer_order set confirmation_failed_at =
    (select max(c.created_at) from communication c
      where c.order_number = customer_order.order_number and c.status = 'FAILED'
        and c.kind in ('CONFIRMATION', 'RECONFIRMATION')
        and not exists (select 1 from communication d
                         where d.order_number = c.order_number and d.status in ('SENT', 'RECORDED')
                           and d.kind in ('CONFIRMATION', 'RECONFIRMATION') and d.created_at > c.created_at))
  where status <> 'CANCELLED';

create index ix_customer_order_status_since on customer_order (status, status_since);
create index ix_customer_order_recorded_by on customer_order (recorded_by, status);
create index ix_customer_order_availability on customer_order (availability, status);
create index ix_customer_order_confirmation_failed on customer_order (confirmation_failed_at);
