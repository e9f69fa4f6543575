-- Ids are handed out 500 at a time instead of 50 (issue 20). An order and its handovers write some 30 rows, so
-- with blocks of 50 a server went back to the sequence every one or two orders, and every thread that needed an
-- id waited on EclipseLink's sequencing lock meanwhile (10.5 % of a REST order's profile).
--
-- The entity's allocationSize (SequencedEntity.BLOCK) must equal this increment: EclipseLink takes the value nextval
-- returns as the last id of its block, so a block is (value - 500, value]. PostgreSQL's next value after this is
-- the last one returned plus 500, so the first new block starts above every id handed out before.
alter sequence ordertrail_id_seq increment by 500;
