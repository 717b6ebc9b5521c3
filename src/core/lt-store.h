/* lt-store.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtStore: the household database, the only code that speaks SQL.
 */
#pragma once

#include <gio/gio.h>

#include "lt-absence.h"
#include "lt-agreement.h"
#include "lt-chapter.h"
#include "lt-checklist-item.h"
#include "lt-checklist-tick.h"
#include "lt-child.h"
#include "lt-event.h"
#include "lt-goal-reading.h"
#include "lt-goal.h"
#include "lt-household.h"
#include "lt-log-note.h"
#include "lt-move-task.h"
#include "lt-move.h"
#include "lt-network-version.h"
#include "lt-person.h"
#include "lt-photo.h"
#include "lt-placement.h"
#include "lt-record.h"
#include "lt-relation.h"
#include "lt-school-period.h"
#include "lt-secret.h"
#include "lt-story-entry.h"

G_BEGIN_DECLS

#define LT_STORE_ERROR (lt_store_error_quark ())

typedef enum
{
  LT_STORE_ERROR_FAILED,
  LT_STORE_ERROR_NOT_FOUND,
  LT_STORE_ERROR_CONSTRAINT,
  LT_STORE_ERROR_SCHEMA_TOO_NEW,
  LT_STORE_ERROR_NOT_A_DATABASE,
  LT_STORE_ERROR_CORRUPT,
  LT_STORE_ERROR_IO,
  LT_STORE_ERROR_FULL,
  LT_STORE_ERROR_BUSY,
} LtStoreError;

typedef enum
{
  LT_SAVE_DEFAULT = 0,
  LT_SAVE_KEEP_TIMESTAMP = 1 << 0,
} LtSaveFlags;

#define LT_TYPE_STORE (lt_store_get_type ())
G_DECLARE_FINAL_TYPE (LtStore, lt_store, LT, STORE, GObject)

GQuark lt_store_error_quark (void);

char           *lt_store_default_path (void);
LtStore        *lt_store_open (const char *path,
                               GError    **error);
LtStore        *lt_store_open_encrypted (const char     *path,
                                         const LtSecret *key,
                                         GError        **error);
const LtSecret *lt_store_get_key (LtStore *self);
const char     *lt_store_get_path (LtStore *self);
int             lt_store_get_schema_version (LtStore *self);
int             lt_store_get_latest_schema_version (void);
char           *lt_store_dup_cipher_version (LtStore *self);

LtHousehold *lt_store_get_household (LtStore *self);
GListModel  *lt_store_list_children (LtStore *self);
GListModel  *lt_store_list_placements (LtStore *self,
                                       LtChild *child);
GListModel  *lt_store_list_school_periods (LtStore *self,
                                           LtChild *child);
GListModel  *lt_store_list_persons (LtStore *self,
                                    LtChild *child);
GListModel  *lt_store_list_records (LtStore *self,
                                    GType    kind,
                                    gint64   owner_id);
LtRecord    *lt_store_lookup (LtStore *self,
                              GType    kind,
                              gint64   id,
                              GError **error);

gboolean lt_store_add (LtStore  *self,
                       LtRecord *record,
                       GError  **error);
gboolean lt_store_save (LtStore  *self,
                        LtRecord *draft,
                        GError  **error);
gboolean lt_store_save_full (LtStore    *self,
                             LtRecord   *draft,
                             LtSaveFlags flags,
                             GError    **error);
gboolean lt_store_remove (LtStore  *self,
                          LtRecord *record,
                          GError  **error);

const char *lt_store_get_media_dir (LtStore *self);
typedef struct
{
  gint64 child_id;
  char  *file_name; /* inside the media folder */
  char  *sha256;
} LtPhotoFile;

GPtrArray *lt_store_dup_photo_files (LtStore *self,
                                     GError **error);
char      *lt_store_dup_child_media_dir (LtStore *self,
                                         gint64   child_id);
LtSecret  *lt_store_dup_media_key (LtStore *self,
                                   gint64   child_id,
                                   GError **error);

/* The daily log's notes that became pages (lt-store-log.c). */
gboolean      lt_store_set_note_page (LtStore      *self,
                                      LtLogNote    *note,
                                      LtStoryEntry *entry,
                                      GError      **error);
LtStoryEntry *lt_store_dup_note_page (LtStore   *self,
                                      LtLogNote *note);
GPtrArray    *lt_store_dup_note_persons (LtStore   *self,
                                         LtLogNote *note,
                                         GError   **error);
gboolean      lt_store_set_note_persons (LtStore   *self,
                                         LtLogNote *note,
                                         GPtrArray *persons,
                                         GError   **error);
GHashTable   *lt_store_dup_notes_about (LtStore  *self,
                                        LtPerson *person,
                                        GError  **error);

/* Who changed what, and when (lt-store-history.c). */
typedef enum
{
  LT_CHANGE_ADDED,
  LT_CHANGE_CHANGED,
  LT_CHANGE_DELETED,
} LtChangeAction;

typedef struct
{
  char          *at;    /* UTC, ISO 8601 */
  char          *actor; /* the adult who made the change */
  char          *kind;  /* "entry", "event" or "agreement" */
  gint64         record_id;
  LtChangeAction action;
  char          *title;  /* the record's title then; nullable */
  char          *fields; /* changed properties, space-separated; nullable */
} LtChange;

#define LT_TYPE_CHANGE (lt_change_get_type ())
GType       lt_change_get_type (void);
LtChange   *lt_change_copy (const LtChange *change);
void        lt_change_free (LtChange *change);
void        lt_store_set_actor (LtStore    *self,
                                const char *actor);
const char *lt_store_get_actor (LtStore *self);
gboolean    lt_store_note_change (LtStore       *self,
                                  LtChangeAction action,
                                  LtRecord      *record,
                                  LtRecord      *old,
                                  GError       **error);
GPtrArray  *lt_store_dup_changes (LtStore    *self,
                                  gint64      child_id,
                                  const char *kind,
                                  gint64      record_id,
                                  GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtChange, lt_change_free)

/* A child's privacy settings (lt-store-privacy.c). */
typedef struct
{
  gboolean anonymous;       /* the parents must not learn where the child lives */
  char    *placement_ended; /* nullable: "YYYY-MM-DD" */
  char    *keep_until;      /* nullable: "YYYY-MM-DD", then offer to delete */
} LtChildPrivacy;

void       lt_child_privacy_clear (LtChildPrivacy *privacy);
gboolean   lt_store_get_child_privacy (LtStore        *self,
                                       gint64          child_id,
                                       LtChildPrivacy *privacy,
                                       GError        **error);
gboolean   lt_store_set_child_privacy (LtStore              *self,
                                       gint64                child_id,
                                       const LtChildPrivacy *privacy,
                                       GError              **error);
gboolean   lt_store_child_is_anonymous (LtStore *self,
                                        gint64   child_id);
char      *lt_store_dup_child_uid (LtStore *self,
                                   gint64   child_id,
                                   GError **error);
gint64     lt_store_find_child_by_uid (LtStore    *self,
                                       const char *uid,
                                       GError    **error);
GPtrArray *lt_store_dup_children_past_keeping (LtStore    *self,
                                               const char *today,
                                               GError    **error);
char      *lt_store_dup_kept_note (LtStore *self,
                                   gint64   child_id,
                                   GError **error);
gboolean   lt_store_set_kept_note (LtStore    *self,
                                   gint64      child_id,
                                   const char *note,
                                   GError    **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LtChildPrivacy, lt_child_privacy_clear)

/* Keeping the file sound (lt-store-maintenance.c). */
gboolean lt_store_file_is_plain (const char *path);
gboolean lt_store_check_integrity (LtStore *self,
                                   GError **error);
gboolean lt_store_export_encrypted (LtStore        *self,
                                    const char     *destination,
                                    const LtSecret *key,
                                    GError        **error);
gboolean lt_store_snapshot (LtStore    *self,
                            const char *destination,
                            GError    **error);
gboolean lt_store_checkpoint (LtStore *self,
                              GError **error);

/* The life-story book (lt-store-book.c). */
GListModel *lt_store_list_chapters (LtStore *self,
                                    LtChild *child);
GListModel *lt_store_list_entries (LtStore   *self,
                                   LtChapter *chapter);
GListModel *lt_store_list_photos (LtStore *self,
                                  LtChild *child);
gboolean    lt_store_ensure_chapters (LtStore *self,
                                      LtChild *child,
                                      GError **error);
gboolean    lt_store_move_chapter (LtStore   *self,
                                   LtChapter *chapter,
                                   int        offset,
                                   GError   **error);
GPtrArray  *lt_store_dup_entry_photos (LtStore      *self,
                                       LtStoryEntry *entry,
                                       GError      **error);
gboolean    lt_store_set_entry_photos (LtStore      *self,
                                       LtStoryEntry *entry,
                                       GPtrArray    *photos,
                                       GError      **error);
GPtrArray  *lt_store_dup_entry_persons (LtStore      *self,
                                        LtStoryEntry *entry,
                                        GError      **error);
gboolean    lt_store_set_entry_persons (LtStore      *self,
                                        LtStoryEntry *entry,
                                        GPtrArray    *persons,
                                        GError      **error);
GPtrArray  *lt_store_dup_event_persons (LtStore *self,
                                        LtEvent *event,
                                        GError **error);
gboolean    lt_store_set_event_persons (LtStore   *self,
                                        LtEvent   *event,
                                        GPtrArray *persons,
                                        GError   **error);
GPtrArray  *lt_store_dup_photo_persons (LtStore *self,
                                        LtPhoto *photo,
                                        GError **error);
gboolean    lt_store_set_photo_persons (LtStore   *self,
                                        LtPhoto   *photo,
                                        GPtrArray *persons,
                                        GError   **error);
gboolean    lt_store_set_cover_photo (LtStore *self,
                                      LtChild *child,
                                      LtPhoto *photo,
                                      GError **error);
LtPhoto    *lt_store_find_photo (LtStore    *self,
                                 LtChild    *child,
                                 const char *sha256);

gboolean lt_store_prompt_dismissed (LtStore    *self,
                                    LtChild    *child,
                                    const char *key);
gboolean lt_store_dismiss_prompt (LtStore    *self,
                                  LtChild    *child,
                                  const char *key,
                                  GError    **error);

gboolean lt_store_begin (LtStore *self,
                         GError **error);
gboolean lt_store_commit (LtStore *self,
                          GError **error);
void     lt_store_rollback (LtStore *self);

G_END_DECLS
