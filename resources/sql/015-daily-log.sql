-- 015-daily-log.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The daily log (dagbog): short dated notes of everyday life per child, by
-- whoever is on shift, or a line in the child's own words.  Tags are the
-- note's #words, kept lower case and space-separated for filtering.  A
-- note is for the adults here unless its audience says more (the bits of
-- lt-audience.h).  The household keeps its log after the child moves.
CREATE TABLE log_note (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  day         TEXT NOT NULL CHECK (length(day) = 10),
  time        TEXT CHECK (time IS NULL OR length(time) = 5),
  writer      TEXT,
  child_line  INTEGER NOT NULL DEFAULT 0 CHECK (child_line IN (0, 1)),
  text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
  tags        TEXT,
  audience    INTEGER NOT NULL DEFAULT 0 CHECK (audience BETWEEN 0 AND 15),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX log_note_child ON log_note (child_id, day);

-- The page of the life-story book a note became (not in the household
-- file: the page stands on its own).
CREATE TABLE log_note_page (
  note_id   INTEGER PRIMARY KEY REFERENCES log_note (id) ON DELETE CASCADE,
  entry_id  INTEGER NOT NULL REFERENCES story_entry (id) ON DELETE CASCADE
) STRICT;

-- Who changed what, and when: pages of the book, calendar events and
-- everyday agreements.  @actor is the adult who unlocked the household
-- (or the computer user's name); @fields the properties that changed.
-- Not in the household file: it is how this household worked.
CREATE TABLE change_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  child_id   INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  record_id  INTEGER NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('added', 'changed', 'deleted')),
  title      TEXT,
  fields     TEXT
) STRICT;
CREATE INDEX change_log_child ON change_log (child_id, at);
