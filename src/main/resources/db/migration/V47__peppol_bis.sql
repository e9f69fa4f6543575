-- Issue 21, PEPPOL BIS 3 ordering. Whether an ERP partner speaks plain UBL or PEPPOL BIS: its answers come in that
-- profile. Partners from before speak plain UBL.
alter table erp_partner add column profile varchar(16) default 'UBL' not null;

-- The PEPPOL profile (ProfileID) a document came in, so that a later answer about its order (an amendment, a moved
-- date) is in the same profile; null for plain UBL. The rules' warnings are kept with the document.
alter table erp_document add column peppol_profile varchar(100);
alter table erp_document add column rule_warnings varchar(4000);
