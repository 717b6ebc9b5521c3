-- 016-network-contact.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The people who matter most to the child are marked on the network map,
-- and Livstråd says when one of them has not been seen or heard from for
-- longer than the child's chosen period ("a while", in whole weeks).

ALTER TABLE person ADD COLUMN matters_most INTEGER NOT NULL DEFAULT 0
  CHECK (matters_most IN (0, 1));

-- One row per child that has chosen a period; without a row it is six weeks.
CREATE TABLE child_contact_watch (
  child_id  INTEGER PRIMARY KEY REFERENCES child (id) ON DELETE CASCADE,
  weeks     INTEGER NOT NULL DEFAULT 6 CHECK (weeks BETWEEN 1 AND 52)
) STRICT;
