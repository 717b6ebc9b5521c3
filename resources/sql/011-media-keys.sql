-- 011-media-keys.sql
-- One random key per child seals the child's photos and everything made
-- from them (print copies, thumbnails) with libsodium's secretstream.  The
-- key lives only here, inside the encrypted database: deleting the child
-- deletes the key (secure_delete overwrites it), so stray copies of the
-- photo files become unreadable.  Plain households from before encryption
-- have no keys and keep plain photo files.

CREATE TABLE media_key (
  child_id    INTEGER PRIMARY KEY REFERENCES child (id) ON DELETE CASCADE,
  key         BLOB NOT NULL CHECK (length(key) = 32),
  created_at  TEXT NOT NULL
) STRICT;
