-- 018-log-note-persons.sql
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Who a daily log note is about: people from the child's network, for the
-- log's filter by person.  In the household file as places in "persons".
CREATE TABLE log_note_person (
  note_id    INTEGER NOT NULL REFERENCES log_note (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  PRIMARY KEY (note_id, person_id)
) STRICT;
CREATE INDEX log_note_person_person ON log_note_person (person_id);
