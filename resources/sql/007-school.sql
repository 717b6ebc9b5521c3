-- 007-school.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- School and everyday life: the school checklist and its daily ticks, the
-- steps of a start at a new school, absence, and the goals of the child's
-- plan (or the youth plan) with readings of their indicators.

-- A thing to remember before school on given weekdays (list 'daily'), or a
-- step of a start at a new school or day care (list 'start', done_on set
-- when it is done).  weekdays: bit 0 Monday … bit 6 Sunday.
CREATE TABLE checklist_item (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  list        TEXT NOT NULL DEFAULT 'daily',
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  weekdays    INTEGER NOT NULL DEFAULT 31 CHECK (weekdays BETWEEN 0 AND 127),
  position    INTEGER NOT NULL DEFAULT 0,
  done_on     TEXT,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX checklist_item_child ON checklist_item (child_id, list, position);

-- A school-day item ticked off on a day; at most once a day.
CREATE TABLE checklist_tick (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES checklist_item (id) ON DELETE CASCADE,
  day         TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (item_id, day)
) STRICT;

CREATE TABLE absence (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  day         TEXT NOT NULL,
  extent      TEXT NOT NULL DEFAULT 'whole',
  reason      TEXT NOT NULL DEFAULT 'illness',
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX absence_child ON absence (child_id, day);

CREATE TABLE goal (
  id               INTEGER PRIMARY KEY,
  child_id         INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  plan             TEXT NOT NULL DEFAULT 'child-plan',
  area             TEXT NOT NULL DEFAULT 'school',
  title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
  indicator        TEXT,
  unit             TEXT,
  has_target       INTEGER NOT NULL DEFAULT 0 CHECK (has_target IN (0, 1)),
  target           REAL NOT NULL DEFAULT 0,
  lower_is_better  INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
  notes            TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX goal_child ON goal (child_id);

CREATE TABLE goal_reading (
  id          INTEGER PRIMARY KEY,
  goal_id     INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  day         TEXT NOT NULL,
  value       REAL NOT NULL,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX goal_reading_goal ON goal_reading (goal_id, day);
