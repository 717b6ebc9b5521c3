-- 008-prompts.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Reflection prompts an adult has put aside.  A prompt's key names the
-- situation it is about ("sibling-quiet:12:2026"), so the same thought can
-- come back when the situation is a new one.  Not part of the household
-- file: it is how this household's adults use the app, not the child's data.
CREATE TABLE prompt_dismissal (
  child_id      INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  key           TEXT NOT NULL,
  dismissed_at  TEXT NOT NULL,
  PRIMARY KEY (child_id, key)
) STRICT, WITHOUT ROWID;
