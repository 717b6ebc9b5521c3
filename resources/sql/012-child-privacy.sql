-- 012-child-privacy.sql
-- Per child: an anonymous placement (the parents must not learn where the
-- child lives, so exports for parents and network leave places out), and
-- when the placement ended and how long the household keeps the child's
-- records before Livstråd offers to delete them.

CREATE TABLE child_privacy (
  child_id         INTEGER PRIMARY KEY REFERENCES child (id) ON DELETE CASCADE,
  anonymous        INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  placement_ended  TEXT CHECK (placement_ended IS NULL OR length(placement_ended) = 10),
  keep_until       TEXT CHECK (keep_until IS NULL OR length(keep_until) = 10),
  updated_at       TEXT NOT NULL,
  CHECK (keep_until IS NULL OR placement_ended IS NULL OR keep_until >= placement_ended)
) STRICT;
