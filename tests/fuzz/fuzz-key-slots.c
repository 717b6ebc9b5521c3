/* fuzz-key-slots.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Fuzz target: the key file parser (lt_key_slots_parse) and the plain
 * header of a backup (lt_backup_parse_header), which holds key slots too.
 *
 * Besides crashes, it checks the promises: a file is read or refused with
 * a reason, and what is read is written back the same way (serialize,
 * parse again, serialize: the same bytes).  No key is derived: a file's
 * Argon2 cost is bounded, but a fuzzer would spend its time in Argon2.
 */
#include "config.h"

#include <stdint.h>

#include "lt-backup.h"
#include "lt-key-slots.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_round_trip (LtKeySlots *slots)
{
  g_autoptr (GBytes) written = lt_key_slots_serialize (slots);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) again = lt_key_slots_parse (written, &error);
  g_autoptr (GBytes) rewritten = NULL;

  g_assert_no_error (error);
  rewritten = lt_key_slots_serialize (again);
  g_assert_true (g_bytes_equal (written, rewritten));
  g_assert_cmpuint (lt_key_slots_get_n_slots (again), ==, lt_key_slots_get_n_slots (slots));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (LtKeySlots) slots = lt_key_slots_parse (bytes, &error);
  g_autoptr (LtKeySlots) from_header = NULL;
  gsize header_length = 0;

  g_assert_true ((slots == NULL) == (error != NULL));
  if (slots != NULL)
    check_round_trip (slots);
  g_clear_error (&error);

  from_header = lt_backup_parse_header (bytes, &header_length, &error);
  g_assert_true ((from_header == NULL) == (error != NULL));
  if (from_header != NULL)
    {
      g_assert_cmpuint (header_length, <=, size);
      check_round_trip (from_header);
    }
  return 0;
}
