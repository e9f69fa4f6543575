-- What the customer is told of a special request's decision, apart from the team's own reason (issue 19): the
-- reason stays on the order for staff; the customer's confirmation carries this text, or a plain standard one.
alter table special_request add column customer_text varchar(1000);
