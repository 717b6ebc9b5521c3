-- 002-life-story.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The life-story book: chapters per child, entries in chapters, photos kept
-- in the media folder under their SHA-256, and which photos and people
-- belong to an entry.

CREATE TABLE chapter (
  id          INTEGER PRIMARY KEY,
  child_id    INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX chapter_child ON chapter (child_id, position);

CREATE TABLE story_entry (
  id          INTEGER PRIMARY KEY,
  chapter_id  INTEGER NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  date_text   TEXT,            -- as the child says it: "sommeren 2019", "da jeg var 4"
  sort_date   TEXT,            -- ISO, whole or partial, for ordering; NULL if unknown
  body        TEXT,
  author      TEXT NOT NULL DEFAULT 'adult',
  private     INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX story_entry_chapter ON story_entry (chapter_id, sort_date);

CREATE TABLE photo (
  id             INTEGER PRIMARY KEY,
  child_id       INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
  sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
  file_name      TEXT NOT NULL, -- inside the media folder
  mime_type      TEXT,
  width          INTEGER NOT NULL DEFAULT 0,
  height         INTEGER NOT NULL DEFAULT 0,
  orientation    INTEGER NOT NULL DEFAULT 1 CHECK (orientation BETWEEN 1 AND 8),
  taken_at       TEXT,
  caption        TEXT,
  original_name  TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  UNIQUE (child_id, sha256)
) STRICT;
CREATE INDEX photo_child ON photo (child_id, taken_at);

CREATE TABLE entry_photo (
  entry_id  INTEGER NOT NULL REFERENCES story_entry (id) ON DELETE CASCADE,
  photo_id  INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entry_id, photo_id)
) STRICT;

CREATE TABLE entry_person (
  entry_id   INTEGER NOT NULL REFERENCES story_entry (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  PRIMARY KEY (entry_id, person_id)
) STRICT;
