-- 003-photo-people.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who is in a photo: people from the child's network.

CREATE TABLE photo_person (
  photo_id   INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  PRIMARY KEY (photo_id, person_id)
) STRICT;
