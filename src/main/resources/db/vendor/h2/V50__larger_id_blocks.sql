-- Ids are handed out 500 at a time instead of 50 (issue 20). An order and its handovers write some 30 rows, so
-- with blocks of 50 a server went back to the sequence every one or two orders, and every thread that needed an
-- id waited on EclipseLink's sequencing lock meanwhile (10.5 % of a REST order's profile).
--
-- The entity's allocationSize (SequencedEntity.BLOCK) must equal this increment: EclipseLink takes the value the
-- sequence returns as the last id of its block, so a block is (value - 500, value]. H2 has already computed its
-- next value with the old increment of 50 and returns it once more after the change, which would make the first new
-- block reach 450 ids back into the last old one. That value is taken here and thrown away; the next one is 500
-- further on, above every id handed out before (IdBlocksTest).
alter sequence ordertrail_id_seq increment by 500;
select next value for ordertrail_id_seq;
