-- 005-relations.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The genogram and the network map: ties between people (or between a
-- person and the child), what the child wishes for a tie, and dated copies
-- of the network map to compare over time.

ALTER TABLE person ADD COLUMN deceased INTEGER NOT NULL DEFAULT 0 CHECK (deceased IN (0, 1));
UPDATE person SET deceased = 1 WHERE death_year > 0;
-- Lives in the home the child lives in now (the genogram's household line).
ALTER TABLE person ADD COLUMN lives_with_child INTEGER NOT NULL DEFAULT 0
  CHECK (lives_with_child IN (0, 1));
ALTER TABLE person ADD COLUMN contact_wish TEXT NOT NULL DEFAULT 'none';
-- How far the user nudged the person's genogram symbol, in points.
ALTER TABLE person ADD COLUMN genogram_dx INTEGER NOT NULL DEFAULT 0;
ALTER TABLE person ADD COLUMN genogram_dy INTEGER NOT NULL DEFAULT 0;
-- Drawn on the network map (family from a genealogy file may not be).
ALTER TABLE person ADD COLUMN on_network_map INTEGER NOT NULL DEFAULT 1
  CHECK (on_network_map IN (0, 1));

-- A tie "from kind to": from is the parent in parent ties.  A NULL person
-- is the child.  Both ends belong to the same child as the relation.
CREATE TABLE relation (
  id              INTEGER PRIMARY KEY,
  child_id        INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  from_person_id  INTEGER REFERENCES person (id) ON DELETE CASCADE,
  to_person_id    INTEGER REFERENCES person (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL DEFAULT 'parent',
  emotion         TEXT NOT NULL DEFAULT 'none',
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (from_person_id IS NOT NULL OR to_person_id IS NOT NULL),
  CHECK (from_person_id IS NULL OR to_person_id IS NULL OR from_person_id <> to_person_id)
) STRICT;
CREATE INDEX relation_child ON relation (child_id);
CREATE INDEX relation_from ON relation (from_person_id);
CREATE INDEX relation_to ON relation (to_person_id);

CREATE TRIGGER relation_same_child_insert BEFORE INSERT ON relation
WHEN EXISTS (SELECT 1 FROM person
             WHERE id IN (NEW.from_person_id, NEW.to_person_id) AND child_id <> NEW.child_id)
BEGIN
  SELECT RAISE (ABORT, 'relation between people of different children');
END;
CREATE TRIGGER relation_same_child_update BEFORE UPDATE ON relation
WHEN EXISTS (SELECT 1 FROM person
             WHERE id IN (NEW.from_person_id, NEW.to_person_id) AND child_id <> NEW.child_id)
BEGIN
  SELECT RAISE (ABORT, 'relation between people of different children');
END;

-- A copy of the network map as it was on a day: JSON written by the app.
CREATE TABLE network_version (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  taken_on    TEXT NOT NULL,
  content     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX network_version_child ON network_version (child_id, taken_on);
