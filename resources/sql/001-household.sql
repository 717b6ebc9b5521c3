-- 001-household.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The household, its children, where they have lived, their day care and
-- schools, and the people in their lives.  Dates are ISO 8601, whole
-- (YYYY-MM-DD) or partial (YYYY, YYYY-MM); timestamps are UTC.

PRAGMA application_id = 1282699876; -- "Ltrd"

CREATE TABLE household (
  id          INTEGER PRIMARY KEY,
  name        TEXT,
  kind        TEXT NOT NULL DEFAULT 'foster-family',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

INSERT INTO household (id, name, kind, created_at, updated_at)
VALUES (1, NULL, 'foster-family',
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE child (
  id              INTEGER PRIMARY KEY,
  household_id    INTEGER NOT NULL REFERENCES household (id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  preferred_name  TEXT,
  birth_date      TEXT,
  pronoun         TEXT NOT NULL DEFAULT 'unspecified',
  notes           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX child_household ON child (household_id);

CREATE TABLE placement (
  id           INTEGER PRIMARY KEY,
  child_id     INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  place        TEXT NOT NULL CHECK (length(trim(place)) > 0),
  kind         TEXT NOT NULL DEFAULT 'birth-family',
  start_date   TEXT,
  end_date     TEXT,
  move_reason  TEXT, -- why the child moved, in the child's own words, if they want
  notes        TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX placement_child ON placement (child_id, start_date);

CREATE TABLE school_period (
  id           INTEGER PRIMARY KEY,
  child_id     INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  institution  TEXT NOT NULL CHECK (length(trim(institution)) > 0),
  kind         TEXT NOT NULL DEFAULT 'nursery',
  class_name   TEXT,
  start_date   TEXT,
  end_date     TEXT,
  notes        TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX school_period_child ON school_period (child_id, start_date);

CREATE TABLE person (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role        TEXT NOT NULL DEFAULT 'other',
  circle      TEXT NOT NULL DEFAULT 'family',
  closeness   INTEGER NOT NULL DEFAULT 2 CHECK (closeness BETWEEN 1 AND 3),
  gender      TEXT NOT NULL DEFAULT 'unknown',
  birth_year  INTEGER NOT NULL DEFAULT 0,
  death_year  INTEGER NOT NULL DEFAULT 0,
  phone       TEXT,
  email       TEXT,
  address     TEXT,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX person_child ON person (child_id);
