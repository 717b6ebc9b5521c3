-- 013-child-uid.sql
-- A random identifier per child that is never used again.  Row ids are
-- reused after the newest child is deleted, and creation times have
-- seconds only, so neither names a child for the deletion log
-- (household.deletions), which must never delete a child added later.

ALTER TABLE child ADD COLUMN uid TEXT;
UPDATE child SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX child_uid ON child (uid);
CREATE TRIGGER child_uid_on_insert AFTER INSERT ON child WHEN NEW.uid IS NULL
BEGIN
  UPDATE child SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
