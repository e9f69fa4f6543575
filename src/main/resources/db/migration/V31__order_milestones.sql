-- Issue 17, the periodic review: each order keeps the first time it reached each milestone of the SOP, so that the
-- review adds up stage times over a period from the orders alone (one index range, no history to replay).
alter table customer_order add column first_recorded_at timestamp;
alter table customer_order add column first_promised_date date;
alter table customer_order add column inventory_acknowledged_at timestamp;
alter table customer_order add column fulfillment_acknowledged_at timestamp;
alter table customer_order add column goods_ready_at timestamp;
alter table customer_order add column left_at timestamp;

update customer_order set first_recorded_at =
    (select min(s.changed_at) from order_status_change s where s.order_id = customer_order.id and s.to_status = 'RECORDED');
update customer_order set left_at =
    (select min(s.changed_at) from order_status_change s
      where s.order_id = customer_order.id and s.to_status in ('DISPATCHED', 'PICKED_UP'));
update customer_order set goods_ready_at =
    (select min(p.taken_at) from fulfillment_step p join fulfillment_task t on t.id = p.task_id
      where t.order_number = customer_order.order_number and p.status in ('DISPATCHED', 'READY_FOR_PICKUP', 'PICKED_UP'));
update customer_order set inventory_acknowledged_at =
    (select min(r.acknowledged_at) from handover_receipt r
      where r.order_number = customer_order.order_number and r.team = 'INVENTORY');
update customer_order set fulfillment_acknowledged_at =
    (select min(r.acknowledged_at) from handover_receipt r
      where r.order_number = customer_order.order_number and r.team = 'FULFILLMENT');
-- the first promise was not kept apart before: the first version's estimate is the closest record of it
update customer_order set first_promised_date = estimated_date;

alter table customer_order add column double_checked_at timestamp;
update customer_order set double_checked_at = first_recorded_at
 where exists (select 1 from order_status_change s
                where s.order_id = customer_order.id and s.to_status = 'RECORDED' and s.from_status = 'AWAITING_APPROVAL'
                  and s.changed_at = customer_order.first_recorded_at);

-- the review reads the orders received in a period with their channel and who took them
create index ix_customer_order_review on customer_order (recorded_at, channel, recorded_by);
