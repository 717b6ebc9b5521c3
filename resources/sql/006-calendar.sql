-- 006-calendar.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The contact and visiting calendar: visits, calls, meetings, activities
-- and birthdays, with who takes part.  Times are UTC ("…Z") with the zone
-- they repeat in; a repeating event has an RFC 5545 RRULE, and a changed or
-- cancelled occurrence is a row of its own that names its series and the
-- start it replaces (iCalendar's RECURRENCE-ID).

CREATE TABLE event (
  id                   INTEGER PRIMARY KEY,
  child_id             INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  kind                 TEXT NOT NULL DEFAULT 'supervised',
  title                TEXT NOT NULL CHECK (length(trim(title)) > 0),
  place                TEXT,
  starts_at            TEXT NOT NULL,
  ends_at              TEXT NOT NULL,
  all_day              INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
  time_zone            TEXT NOT NULL DEFAULT 'Europe/Copenhagen',
  rrule                TEXT,
  series_id            INTEGER REFERENCES event (id) ON DELETE CASCADE,
  recurrence_id        TEXT,
  cancelled            INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  outcome              TEXT NOT NULL DEFAULT 'planned',
  accompanied_by       TEXT,
  driver               TEXT,
  preparation          TEXT,
  notes_after          TEXT,
  mood_before          INTEGER NOT NULL DEFAULT 0 CHECK (mood_before BETWEEN 0 AND 5),
  mood_after           INTEGER NOT NULL DEFAULT 0 CHECK (mood_after BETWEEN 0 AND 5),
  observations         TEXT,
  -- The observations are shared with the parents only when an adult says so.
  observations_shared  INTEGER NOT NULL DEFAULT 0 CHECK (observations_shared IN (0, 1)),
  uid                  TEXT, -- iCalendar UID, kept for export and import
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  CHECK (ends_at >= starts_at),
  CHECK ((series_id IS NULL) = (recurrence_id IS NULL))
) STRICT;
CREATE INDEX event_child ON event (child_id, starts_at);
CREATE INDEX event_series ON event (series_id);

-- Who from the child's network takes part.
CREATE TABLE event_person (
  event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, person_id)
) STRICT;
