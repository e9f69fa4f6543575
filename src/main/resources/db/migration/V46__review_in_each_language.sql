-- Issue 19, languages: the review, breaches and notifications in each reader's language. Each manager is mailed the review report in the
-- language they chose, with its copy of the report in that language (kept as an original, as the report's own copy is).
-- Mails of earlier reports have neither: they were in English, with the report's own copy.
alter table review_report_mailing add column language varchar(35);
alter table review_report_mailing add column content_hash varchar(64);

-- What is late on a breach the compliance check found, as a phrase said in each reader's language; the English text
-- stays in detail. Breaches found before have no phrase and show their English text.
alter table compliance_breach add column detail_phrase varchar(4000);

-- A staff notification's message as a phrase, said in the recipient's language on the page and in the digest; the
-- English text stays in message. Notifications from before have no phrase and show their English text.
alter table staff_notification add column message_phrase varchar(4000);
