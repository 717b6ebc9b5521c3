-- 004-cover-photo.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The photo the child chose for the cover of their book.

ALTER TABLE photo ADD COLUMN is_cover INTEGER NOT NULL DEFAULT 0 CHECK (is_cover IN (0, 1));
