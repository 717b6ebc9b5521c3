-- 009-agreements.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Everyday agreements with the parents: who decides a haircut, a sleepover
-- or the rules for the phone, who takes part and who is told.  The four
-- parties are columns, not a list, because the register asks the same
-- questions of every agreement.

CREATE TABLE agreement (
  id                    INTEGER PRIMARY KEY,
  child_id              INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  topic                 TEXT NOT NULL DEFAULT 'other',
  title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
  decides               TEXT NOT NULL DEFAULT 'together',
  involves_parents      INTEGER NOT NULL DEFAULT 0 CHECK (involves_parents IN (0, 1)),
  involves_child        INTEGER NOT NULL DEFAULT 0 CHECK (involves_child IN (0, 1)),
  informs_parents       INTEGER NOT NULL DEFAULT 0 CHECK (informs_parents IN (0, 1)),
  informs_municipality  INTEGER NOT NULL DEFAULT 0 CHECK (informs_municipality IN (0, 1)),
  agreed_on             TEXT NOT NULL,
  review_on             TEXT,
  notes                 TEXT,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX agreement_child ON agreement (child_id, topic);
