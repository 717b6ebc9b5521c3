/* crash-records.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * What the crash test keeps in each kind of record it writes: a token that
 * names the record across the whole test, and a value that edits change.
 * The writer and the checker both open and read the household through
 * here.
 */
#pragma once

#include "lt-store.h"

G_BEGIN_DECLS

typedef enum
{
  CRASH_CHILD,
  CRASH_PERSON,
  CRASH_ENTRY,
  CRASH_EVENT,
  CRASH_PHOTO,
  CRASH_N_KINDS,
} CrashKind;

/* One record of the household as the crash test sees it. */
typedef struct
{
  CrashKind kind;
  LtRecord *record; /* owned reference */
  LtChild  *child;  /* owned reference: the child it belongs to (itself for a child) */
  char     *token;
  char     *value;
  char     *links; /* entries only: the photos' tokens in order, comma-separated, or "-" */
} CrashItem;

const char *crash_kind_name (CrashKind kind);
gboolean    crash_kind_from_name (const char *name,
                                  CrashKind  *kind);

LtRecord *crash_record_new (CrashKind   kind,
                            const char *token,
                            const char *value);
void      crash_record_set_value (LtRecord   *record,
                                  const char *value);

LtStore *crash_open_household (const char *folder,
                               const char *passphrase,
                               gboolean    create,
                               GError    **error);

void       crash_item_free (CrashItem *item);
GPtrArray *crash_collect (LtStore *store,
                          gboolean with_links,
                          GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrashItem, crash_item_free)

G_END_DECLS
