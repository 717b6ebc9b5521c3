-- 014-audience.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who may see a page or a photo outside this household, and the child's
-- own say.  An audience is a set of bits (see lt-audience.h): 1 the child,
-- 2 the parents, 4 the next placement, 8 professionals.  The adults of the
-- household always see everything in the app; the audience decides what
-- each export carries.  A page marked private before this version was for
-- the adults only and becomes "professionals only".

ALTER TABLE story_entry ADD COLUMN audience INTEGER NOT NULL DEFAULT 13
  CHECK (audience BETWEEN 0 AND 15);
UPDATE story_entry SET audience = 8 WHERE private = 1;
ALTER TABLE story_entry DROP COLUMN private;
-- The child has said no to this page in their book: every export leaves it out.
ALTER TABLE story_entry ADD COLUMN child_veto INTEGER NOT NULL DEFAULT 0
  CHECK (child_veto IN (0, 1));
-- 'in-book', or 'proposed' (made from a visit or the daily log, waiting for
-- the child and an adult to keep or drop it; never exported).
ALTER TABLE story_entry ADD COLUMN status TEXT NOT NULL DEFAULT 'in-book';
-- A letter for later: kept out of everything until this day (YYYY-MM-DD).
ALTER TABLE story_entry ADD COLUMN open_on TEXT
  CHECK (open_on IS NULL OR length(open_on) = 10);

ALTER TABLE photo ADD COLUMN audience INTEGER NOT NULL DEFAULT 13
  CHECK (audience BETWEEN 0 AND 15);
ALTER TABLE photo ADD COLUMN child_veto INTEGER NOT NULL DEFAULT 0
  CHECK (child_veto IN (0, 1));
-- Consent to print or share the photo: 'unasked', 'yes' or 'no'.  A "no"
-- from the child or the parents keeps the photo out of every export.
ALTER TABLE photo ADD COLUMN child_consent TEXT NOT NULL DEFAULT 'unasked';
ALTER TABLE photo ADD COLUMN parent_consent TEXT NOT NULL DEFAULT 'unasked';

-- Which visit a page was proposed from (not in the household file: the
-- page stands on its own once kept).
CREATE TABLE entry_source_event (
  entry_id  INTEGER PRIMARY KEY REFERENCES story_entry (id) ON DELETE CASCADE,
  event_id  INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX entry_source_event_event ON entry_source_event (event_id);

-- What a book made for the child says where pages are kept back; NULL is
-- the app's own kind wording.
ALTER TABLE child_privacy ADD COLUMN kept_note TEXT;
