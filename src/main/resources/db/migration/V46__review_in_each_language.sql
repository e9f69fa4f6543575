-- Issue 19, languages: the manager's review in each reader's language. Each manager is mailed the review report in the
-- language they chose, with its copy of the report in that language (kept as an original, as the report's own copy is).
-- Mails of earlier reports have neither: they were in English, with the report's own copy.
alter table review_report_mailing add column language varchar(35);
alter table review_report_mailing add column content_hash varchar(64);

-- What is late on a breach the compliance check found, as a phrase said in each reader's language; the English text
-- stays in detail. Breaches found before have no phrase and show their English text.
alter table compliance_breach add column detail_phrase varchar(4000);
