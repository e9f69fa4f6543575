-- Languages (issue 19, item 1): a customer is written to in a language (confirmations, their PDF, text messages), and
-- a user may choose the language of the pages; without a choice the browser's language applies. Tags as "de".
alter table customer add column language varchar(8) default 'en' not null;
alter table app_user add column language varchar(8);
