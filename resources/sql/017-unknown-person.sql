-- 017-unknown-person.sql
-- A person whose identity is not known (an unknown father, say): drawn as a
-- placeholder in the family tree so the tie can be shown without a name.

ALTER TABLE person ADD COLUMN unknown INTEGER NOT NULL DEFAULT 0 CHECK (unknown IN (0, 1));
