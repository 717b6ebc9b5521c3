-- 010-moves.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- A gentle move (skånsomt skift): where the child moves and when, the
-- "about me" page the child helps write for the new home, and the tasks of
-- the move under the five areas of the recommendations.

CREATE TABLE move (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  to_place    TEXT NOT NULL CHECK (length(trim(to_place)) > 0),
  move_on     TEXT NOT NULL,
  new_kind    TEXT NOT NULL DEFAULT 'foster-family',
  reason      TEXT,
  status      TEXT NOT NULL DEFAULT 'planned',
  routines    TEXT,
  likes       TEXT,
  comforts    TEXT,
  fears       TEXT,
  food        TEXT,
  bedtime     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX move_child ON move (child_id, move_on);

-- One thing to do before the move; done_on set when it is done.
CREATE TABLE move_task (
  id          INTEGER PRIMARY KEY,
  move_id     INTEGER NOT NULL REFERENCES move (id) ON DELETE CASCADE,
  area        TEXT NOT NULL DEFAULT 'child',
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  who         TEXT,
  due_on      TEXT,
  done_on     TEXT,
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX move_task_move ON move_task (move_id, area, position);
