-- Issue 17, the review at a million orders: the confirmations that needed a retry are few, and the review finds
-- them (with the failed ones, through ix_communication_due) without reading every email ever sent.
create index ix_communication_attempts on communication (attempts);
