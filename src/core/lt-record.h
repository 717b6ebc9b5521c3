/* lt-record.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtRecord: the base of every row a person writes (child, placement, person …).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LT_TYPE_RECORD (lt_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (LtRecord, lt_record, LT, RECORD, GObject)

/*
 * A record class describes its table once, and the store, the JSON file and
 * the editors all work from that description.  Each column is also a property
 * of the same name with '_' written as '-' ("birth_date" ↔ "birth-date");
 * the property's type says how the value is stored (strings as TEXT, empty
 * strings as NULL, enums as their nick, integers and booleans as INTEGER,
 * doubles as REAL).
 */
struct _LtRecordClass
{
  GObjectClass parent_class;

  /* The SQL table, also the JSON member that holds a list of these. */
  const char *table;
  /* The columns a person writes, NULL-terminated; the owner column first. */
  const char *const *columns;
  /* The column pointing at the record that owns this one ("child_id"). */
  const char *owner_column;
  /* The kind of record that owner column points at. */
  GType owner_kind;

  /* Sort order of lists of this kind; must be a total order (tie-break on id). */
  int (*compare) (LtRecord *a,
                  LtRecord *b);
  /* Checks the values a person typed; the message says what to fix. */
  gboolean (*validate) (LtRecord *self,
                        GError  **error);

  gpointer padding[8];
};

#define LT_RECORD_ERROR (lt_record_error_quark ())

typedef enum
{
  LT_RECORD_ERROR_INVALID,
} LtRecordError;

GQuark lt_record_error_quark (void);

gint64      lt_record_get_id (LtRecord *self);
const char *lt_record_get_created_at (LtRecord *self);
const char *lt_record_get_updated_at (LtRecord *self);
gint64      lt_record_get_owner_id (LtRecord *self);
void        lt_record_set_owner_id (LtRecord *self,
                                    gint64    owner_id);

gboolean  lt_record_validate (LtRecord *self,
                              GError  **error);
int       lt_record_compare (LtRecord *a,
                             LtRecord *b);
LtRecord *lt_record_copy (LtRecord *self);
void      lt_record_assign (LtRecord *self,
                            LtRecord *source);
gboolean  lt_record_equal_values (LtRecord *a,
                                  LtRecord *b);

char *lt_column_to_property (const char *column);

/* For the store only. */
void lt_record_set_identity (LtRecord   *self,
                             gint64      id,
                             const char *created_at,
                             const char *updated_at);

G_END_DECLS
