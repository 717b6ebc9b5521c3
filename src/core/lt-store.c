/* lt-store.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * LtStore: opens and migrates the household database, hands out records
 * through an identity map and keeps the lists of them current.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
/* SQLCipher declares sqlite3_key only for builds that ask for it. */
#define SQLITE_HAS_CODEC 1
#include <sodium.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lt-date.h"
#include "lt-file-util.h"
#include "lt-migrations.h"
#include "lt-record-list.h"
#include "lt-record-sql.h"
#include "lt-store-private.h"
#include "lt-store.h"

/* Written into the database header so that another program's SQLite file is
 * never mistaken for a household: "Ltrd". */
#define LT_APPLICATION_ID 0x4c747264

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _LtStore
{
  GObject parent_instance;

  /* owned */
  sqlite3     *db;
  char        *path;
  char        *media_dir;
  GHashTable  *identity;   /* GType → GHashTable (gint64 * → LtRecord *) */
  GHashTable  *statements; /* SQL text → sqlite3_stmt *, prepared once */
  GPtrArray   *lists;      /* LtRecordList *, weak: they leave on finalize */
  GPtrArray   *pending;    /* PendingChange *, applied on commit */
  LtHousehold *household;
  LtSecret    *key;   /* NULL for a plain (unencrypted) household */
  char        *actor; /* who makes the changes now, for the history */

  int      schema_version;
  int      transaction_depth;
  gboolean transaction_lost; /* SQLite rolled the open transaction back */
};

G_DEFINE_FINAL_TYPE (LtStore, lt_store, G_TYPE_OBJECT)

/* The quark's name must keep its dashes. */
/* clang-format off */
G_DEFINE_QUARK (lt-store-error-quark, lt_store_error)
/* clang-format on */

enum
{
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

typedef enum
{
  CHANGE_ADD,
  CHANGE_SAVE,
  CHANGE_REMOVE,
  CHANGE_TOUCH, /* the record's links changed, not its row */
} ChangeKind;

/* A write that has reached SQL but not yet the objects and lists: views
 * hear of it only once the transaction has committed. */
typedef struct
{
  ChangeKind kind;
  LtRecord  *record; /* owned; for SAVE the canonical record */
  LtRecord  *draft;  /* owned; SAVE only */
  char      *timestamp;
  char      *created_at; /* SAVE from a file: its own creation time */
} PendingChange;

static void
pending_change_free (PendingChange *change)
{
  g_clear_object (&change->record);
  g_clear_object (&change->draft);
  g_free (change->timestamp);
  g_free (change->created_at);
  g_free (change);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

/* ---- errors ---------------------------------------------------------- */

/* The one place SQLite's result codes become errors a person can act on. */
gboolean
lt_store_set_sqlite_error (LtStore    *self,
                           int         rc,
                           const char *doing,
                           GError    **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  /* After some errors (I/O, a full disk, no memory) SQLite rolls the whole
   * transaction back by itself.  The rest of it must then not go on in
   * autocommit, half saved: every further write and the commit fail. */
  if (self->transaction_depth > 0 && self->db != NULL && sqlite3_get_autocommit (self->db))
    self->transaction_lost = TRUE;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      /* In an encrypted file, a page that fails its check reads as "not a
       * database" once the file is open: that is damage, not a wrong file. */
      if (self->key != NULL && self->household != NULL)
        g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CORRUPT,
                     _ ("The household file “%s” is damaged: a part of it fails its check. "
                        "Restore it from a backup."),
                     self->path);
      else
        g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_A_DATABASE,
                     _ ("“%s” is not a Livstråd household file."), self->path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CORRUPT,
                   _ ("The household file “%s” is damaged (%s). Restore it from a backup."),
                   self->path, detail);
      break;
    case SQLITE_IOERR:
      /* A write that failed because the disk is full is an I/O error to
       * SQLite; say what the person can do about it. */
      if (self->db != NULL && sqlite3_system_errno (self->db) == ENOSPC)
        {
          g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_FULL,
                       _ ("%s: the disk is full. Free some space and try again; nothing was changed."), doing);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_IO,
                   _ ("%s: the file “%s” could not be read or written (%s)."),
                   doing, self->path, detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_FULL,
                   _ ("%s: the disk is full. Free some space and try again; nothing was changed."),
                   doing);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CONSTRAINT,
                   _ ("%s: the change does not fit the household’s data (%s)."), doing, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_BUSY,
                   _ ("%s: the household file is in use by another Livstråd window or program."),
                   doing);
      break;
    default:
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_FAILED, "%s: %s", doing, detail);
    }
  return FALSE;
}

/* ---- SQL helpers ----------------------------------------------------- */

/* Returns: (transfer none): a statement prepared once and reset for use. */
sqlite3_stmt *
lt_store_prepare (LtStore    *self,
                  const char *sql,
                  GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int           rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
exec_sql (LtStore    *self,
          const char *sql,
          const char *doing,
          GError    **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return lt_store_set_sqlite_error (self, rc, doing, error);
  return TRUE;
}

/* Runs a one-value query such as "PRAGMA user_version". */
static gboolean
query_int (LtStore    *self,
           const char *sql,
           gint64     *value,
           GError    **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return lt_store_set_sqlite_error (self, rc, _ ("Opening the household"), error);

  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static char *
query_text (LtStore    *self,
            const char *sql)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Returns: (transfer none): the identity map for one kind. */
static GHashTable *
identity_for (LtStore *self,
              GType    kind)
{
  GHashTable *map = g_hash_table_lookup (self->identity, GSIZE_TO_POINTER (kind));

  if (map == NULL)
    {
      map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
      g_hash_table_insert (self->identity, GSIZE_TO_POINTER (kind), map);
    }
  return map;
}

static void
remember_record (LtStore  *self,
                 LtRecord *record)
{
  gint64 *key = g_new (gint64, 1);

  *key = lt_record_get_id (record);
  g_hash_table_insert (identity_for (self, G_OBJECT_TYPE (record)), key, g_object_ref (record));
}

/* The identity map: one object per row, so an edit reaches every view.
 * Returns: (transfer none): the record for the current row of @stmt. */
/* A record added in the open transaction joins the identity map only at
 * commit.  Until then, reading its row must give that very object, or a
 * save before the commit would change a second copy and be lost. */
static LtRecord *
pending_addition (LtStore *self,
                  GType    kind,
                  gint64   id)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingChange *change = g_ptr_array_index (self->pending, i);

      if (change->kind == CHANGE_ADD && G_OBJECT_TYPE (change->record) == kind &&
          lt_record_get_id (change->record) == id)
        return change->record;
    }
  return NULL;
}

LtRecord *
lt_store_record_from_row (LtStore      *self,
                          GType         kind,
                          sqlite3_stmt *stmt)
{
  gint64      id = sqlite3_column_int64 (stmt, 0);
  GHashTable *map = identity_for (self, kind);
  LtRecord   *record = g_hash_table_lookup (map, &id);

  if (record != NULL)
    return record;
  record = pending_addition (self, kind, id);
  if (record != NULL)
    return record;

  record = g_object_new (kind, NULL);
  lt_record_sql_read_columns (stmt, 3, record);
  lt_record_set_identity (record, id, (const char *) sqlite3_column_text (stmt, 1),
                          (const char *) sqlite3_column_text (stmt, 2));
  remember_record (self, record);
  g_object_unref (record);
  return record;
}

/* ---- lists ----------------------------------------------------------- */

static void
on_list_finalized (gpointer data,
                   GObject *where_the_object_was)
{
  LtStore *self = data;

  g_ptr_array_remove_fast (self->lists, where_the_object_was);
}

static LtRecordList *
find_live_list (LtStore *self,
                GType    kind,
                gint64   owner_id)
{
  for (guint i = 0; i < self->lists->len; i++)
    {
      LtRecordList *list = g_ptr_array_index (self->lists, i);

      if (lt_record_list_get_kind (list) == kind && lt_record_list_get_owner_id (list) == owner_id)
        return list;
    }
  return NULL;
}

static void
for_each_list_accepting (LtStore  *self,
                         LtRecord *record,
                         void (*apply) (LtRecordList *, LtRecord *))
{
  for (guint i = 0; i < self->lists->len; i++)
    {
      LtRecordList *list = g_ptr_array_index (self->lists, i);

      if (lt_record_list_accepts (list, record))
        apply (list, record);
    }
}

/* ---- applying committed changes -------------------------------------- */

/* Forgets the records that @owner's row took with it (ON DELETE CASCADE),
 * deepest first, and empties the lists they were in. */
static void
forget_owned_records (LtStore  *self,
                      LtRecord *owner)
{
  GType          owner_kind = G_OBJECT_TYPE (owner);
  gint64         owner_id = lt_record_get_id (owner);
  GHashTableIter kinds;
  gpointer       kind_key;
  GHashTable    *map;

  g_hash_table_iter_init (&kinds, self->identity);
  while (g_hash_table_iter_next (&kinds, &kind_key, (gpointer *) &map))
    {
      LtRecordClass *klass = g_type_class_peek (GPOINTER_TO_SIZE (kind_key));
      g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_object_unref);
      GHashTableIter records;
      LtRecord      *record;

      if (klass->owner_kind != owner_kind)
        continue;

      g_hash_table_iter_init (&records, map);
      while (g_hash_table_iter_next (&records, NULL, (gpointer *) &record))
        if (lt_record_get_owner_id (record) == owner_id)
          g_ptr_array_add (owned, g_object_ref (record));

      for (guint i = 0; i < owned->len; i++)
        {
          LtRecord *gone = g_ptr_array_index (owned, i);
          gint64    id = lt_record_get_id (gone);

          forget_owned_records (self, gone);
          g_hash_table_remove (map, &id);
        }
    }

  for (guint i = 0; i < self->lists->len; i++)
    {
      LtRecordList  *list = g_ptr_array_index (self->lists, i);
      LtRecordClass *klass = g_type_class_peek (lt_record_list_get_kind (list));

      if (klass->owner_kind == owner_kind && lt_record_list_get_owner_id (list) == owner_id)
        lt_record_list_clear (list);
    }
}

static void
apply_change (LtStore       *self,
              PendingChange *change)
{
  LtRecord *record = change->record;
  gint64    id = lt_record_get_id (record);

  switch (change->kind)
    {
    case CHANGE_ADD:
      remember_record (self, record);
      for_each_list_accepting (self, record, lt_record_list_insert);
      break;
    case CHANGE_SAVE:
      lt_record_assign (record, change->draft);
      lt_record_set_identity (record, id,
                              change->created_at != NULL ? change->created_at : lt_record_get_created_at (record),
                              change->timestamp);
      for_each_list_accepting (self, record, lt_record_list_reorder);
      break;
    case CHANGE_TOUCH:
      break;
    case CHANGE_REMOVE:
      forget_owned_records (self, record);
      for_each_list_accepting (self, record, lt_record_list_remove);
      g_hash_table_remove (identity_for (self, G_OBJECT_TYPE (record)), &id);
      break;
    default:
      g_assert_not_reached ();
    }
  g_signal_emit (self, signals[CHANGED], 0, G_OBJECT_TYPE (record), id);
}

/* Runs @change now when no transaction is open, else on commit. */
static void
queue_change (LtStore    *self,
              ChangeKind  kind,
              LtRecord   *record,
              LtRecord   *draft,
              const char *timestamp)
{
  PendingChange *change = g_new0 (PendingChange, 1);

  change->kind = kind;
  change->record = g_object_ref (record);
  change->draft = draft != NULL ? lt_record_copy (draft) : NULL;
  change->timestamp = g_strdup (timestamp);
  g_ptr_array_add (self->pending, change);
}

/* ---- migrations ------------------------------------------------------ */

/* One migration in one transaction, so a failed step leaves the file at the
 * version before it. */
static gboolean
apply_migration (LtStore    *self,
                 const char *name,
                 GError    **error)
{
  g_autoptr (GBytes) bytes = lt_migrations_load (name, error);
  int              version = lt_migrations_version_of (name);
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;

  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

  if (!exec_sql (self, "BEGIN IMMEDIATE", _ ("Updating the household file"), error))
    return FALSE;
  if (!exec_sql (self, sql, _ ("Updating the household file"), error) ||
      !exec_sql (self, set_version, _ ("Updating the household file"), error) ||
      !exec_sql (self, "COMMIT", _ ("Updating the household file"), error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  self->schema_version = version;
  return TRUE;
}

static gboolean
migrate (LtStore *self,
         GError **error)
{
  g_autoptr (GPtrArray) migrations = lt_migrations_list ();

  for (guint i = 0; i < migrations->len; i++)
    {
      const char *name = g_ptr_array_index (migrations, i);

      if (lt_migrations_version_of (name) > self->schema_version &&
          !apply_migration (self, name, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- opening --------------------------------------------------------- */

/* Creates the file with mode 0600 (and its folder 0700) before SQLite does,
 * so the household is never readable by others even for a moment; SQLite
 * gives its -wal and -shm files the same mode as the database. */
static gboolean
create_private_file (const char *path,
                     GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int              fd;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_IO,
                   _ ("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_IO,
                   _ ("Could not create the household file “%s”: %s"), path,
                   g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);
  return TRUE;
}

/* Everything here only reads, so a file that is refused stays untouched. */
static gboolean
check_file_is_ours (LtStore *self,
                    GError **error)
{
  gint64 user_version = 0, application_id = 0, n_tables = 0;
  int    latest = lt_store_get_latest_schema_version ();

  if (!query_int (self, "PRAGMA user_version", &user_version, error) ||
      !query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;

  if (application_id != LT_APPLICATION_ID && (application_id != 0 || n_tables > 0))
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is a database of another program, not a Livstråd household. "
                      "It was left as it is."),
                   self->path);
      return FALSE;
    }
  if (user_version > latest)
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_SCHEMA_TOO_NEW,
                   _ ("“%s” was saved by a newer version of Livstråd (data version %d; this "
                      "version reads up to %d). Update Livstråd to open it. The file was left "
                      "as it is."),
                   self->path, (int) user_version, latest);
      return FALSE;
    }
  self->schema_version = (int) user_version;
  return TRUE;
}

static gboolean
set_pragmas (LtStore *self,
             GError **error)
{
  g_autofree char *journal_mode = NULL;

  if (!exec_sql (self,
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA synchronous = FULL;"
                 "PRAGMA temp_store = MEMORY;"
                 "PRAGMA secure_delete = ON;"
                 "PRAGMA busy_timeout = 3000;",
                 _ ("Opening the household"), error))
    return FALSE;

  journal_mode = query_text (self, "PRAGMA journal_mode = WAL");
  if (g_strcmp0 (journal_mode, "wal") != 0)
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_IO,
                   _ ("The household file “%s” cannot be opened for safe writing (the folder may "
                      "be read-only or on a network drive)."),
                   self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_household (LtStore *self,
                GError **error)
{
  LtRecord *record = lt_store_lookup (self, LT_TYPE_HOUSEHOLD, 1, error);

  if (record == NULL)
    return FALSE;
  self->household = LT_HOUSEHOLD (g_object_ref (record));
  return TRUE;
}

/* ---- GObject --------------------------------------------------------- */

static void
lt_store_finalize (GObject *object)
{
  LtStore *self = LT_STORE (object);

  for (guint i = 0; i < self->lists->len; i++)
    g_object_weak_unref (g_ptr_array_index (self->lists, i), on_list_finalized, self);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->household);
  g_clear_pointer (&self->identity, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->actor);
  g_free (self->media_dir);
  lt_secret_free (self->key);

  G_OBJECT_CLASS (lt_store_parent_class)->finalize (object);
}

static void
lt_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LtStore *self = LT_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lt_store_class_init (LtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lt_store_finalize;
  object_class->get_property = lt_store_get_property;

  properties[PROP_PATH] =
      g_param_spec_string ("path", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LtStore::changed:
   * @kind: the record type that changed
   * @id: the record's id
   *
   * A record was added, saved or removed, after the write committed.
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  /* The store reads the record classes' column tables before any record
   * exists; the references are kept, as static classes live for good. */
  g_type_class_ref (LT_TYPE_HOUSEHOLD);
  g_type_class_ref (LT_TYPE_CHILD);
  g_type_class_ref (LT_TYPE_PLACEMENT);
  g_type_class_ref (LT_TYPE_SCHOOL_PERIOD);
  g_type_class_ref (LT_TYPE_PERSON);
  g_type_class_ref (LT_TYPE_CHAPTER);
  g_type_class_ref (LT_TYPE_STORY_ENTRY);
  g_type_class_ref (LT_TYPE_PHOTO);
  g_type_class_ref (LT_TYPE_RELATION);
  g_type_class_ref (LT_TYPE_NETWORK_VERSION);
  g_type_class_ref (LT_TYPE_EVENT);
  g_type_class_ref (LT_TYPE_CHECKLIST_ITEM);
  g_type_class_ref (LT_TYPE_CHECKLIST_TICK);
  g_type_class_ref (LT_TYPE_ABSENCE);
  g_type_class_ref (LT_TYPE_GOAL);
  g_type_class_ref (LT_TYPE_GOAL_READING);
  g_type_class_ref (LT_TYPE_AGREEMENT);
  g_type_class_ref (LT_TYPE_MOVE);
  g_type_class_ref (LT_TYPE_MOVE_TASK);
  g_type_class_ref (LT_TYPE_LOG_NOTE);
}

static void
lt_store_init (LtStore *self)
{
  self->identity = g_hash_table_new_full (NULL, NULL, NULL,
                                          (GDestroyNotify) g_hash_table_unref);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->lists = g_ptr_array_new ();
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_change_free);
}

/* ---- public API ------------------------------------------------------ */

/**
 * lt_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/livstraad/household.db`
 */
char *
lt_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "livstraad", "household.db", NULL);
}

/* Returns: the schema version the newest migration brings a database to. */
int
lt_store_get_latest_schema_version (void)
{
  return lt_migrations_latest_version ();
}

/**
 * lt_store_open:
 * @path: the household database file; created when missing
 *
 * Opens the household, creating and migrating it as needed.  A file from a
 * newer version, another program's database or a file that is not a
 * database is refused with an error saying so, and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
/* Gives SQLCipher the household key as a raw key ("x'…'"), so its own
 * passphrase derivation is skipped: the key is already random. */
static gboolean
apply_key (LtStore *self,
           GError **error)
{
  char hex[2 * LT_SECRET_BYTES + 4];
  int  rc;

  hex[0] = 'x';
  hex[1] = '\'';
  sodium_bin2hex (hex + 2, 2 * LT_SECRET_BYTES + 1, lt_secret_get_data (self->key), LT_SECRET_BYTES);
  hex[2 + 2 * LT_SECRET_BYTES] = '\'';
  hex[3 + 2 * LT_SECRET_BYTES] = '\0';
  rc = sqlite3_key (self->db, hex, (int) strlen (hex));
  sodium_memzero (hex, sizeof hex);
  if (rc != SQLITE_OK)
    return lt_store_set_sqlite_error (self, rc, _ ("Opening the household"), error);
  return TRUE;
}

/* A page that does not decrypt reads as SQLITE_NOTADB: say what that means
 * for the household in front of the person. */
static void
explain_unreadable (LtStore *self,
                    GError **error)
{
  g_autoptr (GError) local_error = NULL;

  if (error == NULL || *error == NULL || !g_error_matches (*error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_A_DATABASE))
    return;
  /* Without a key, an encrypted household and a file of another kind look
   * the same; lt_vault_get_state tells them apart by the key file. */
  if (self->key == NULL)
    return;
  local_error = g_steal_pointer (error);
  g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_CORRUPT,
               _ ("“%s” cannot be read with the household’s key: the file is damaged or "
                  "belongs to another key file. Restore it from a backup. The file was left "
                  "as it is."),
               self->path);
}

static LtStore *
open_with_key (const char     *path,
               const LtSecret *key,
               GError        **error)
{
  g_autoptr (LtStore) self = NULL;
  int rc;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is a folder, not a household file."), path);
      return NULL;
    }
  if (!create_private_file (path, error))
    return NULL;

  self = g_object_new (LT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->key = key != NULL ? lt_secret_copy (key) : NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      lt_store_set_sqlite_error (self, rc, _ ("Opening the household"), error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);

  if (self->key != NULL && !apply_key (self, error))
    return NULL;
  if (!check_file_is_ours (self, error))
    {
      explain_unreadable (self, error);
      return NULL;
    }
  if (!set_pragmas (self, error) ||
      !migrate (self, error) ||
      !load_household (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * lt_store_open:
 * @path: the household database file; created when missing
 *
 * Opens a plain (unencrypted) household, creating and migrating it as
 * needed.  A file from a newer version, another program's database or a
 * file that is not a database is refused with an error saying so, and
 * left untouched.  Encrypted households open with
 * lt_store_open_encrypted().
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
LtStore *
lt_store_open (const char *path,
               GError    **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_with_key (path, NULL, error);
}

/**
 * lt_store_open_encrypted:
 * @key: the household key from its key slots
 *
 * Opens, creates and migrates an encrypted household as lt_store_open()
 * does a plain one.  A key that does not fit, or a page that fails its
 * authentication, is an error; nothing is ever returned unauthenticated.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
LtStore *
lt_store_open_encrypted (const char     *path,
                         const LtSecret *key,
                         GError        **error)
{
  g_return_val_if_fail (path != NULL && key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_with_key (path, key, error);
}

sqlite3 *
lt_store_get_db (LtStore *self)
{
  return self->db;
}

/* Returns: (transfer none) (nullable): the household key, or %NULL for a
 * plain household. */
const LtSecret *
lt_store_get_key (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->key;
}

const char *
lt_store_get_path (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->path;
}

int
lt_store_get_schema_version (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), 0);

  return self->schema_version;
}

/* Returns: (transfer full) (nullable): SQLCipher's version, or %NULL when
 * the SQLite linked into the process is not SQLCipher. */
char *
lt_store_dup_cipher_version (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return query_text (self, "PRAGMA cipher_version");
}

/**
 * lt_store_set_actor:
 * @actor: (nullable): the adult who makes the changes from now on
 *
 * Changes to pages, events and agreements are noted in the history under
 * this name; without one (the demo, imports), nothing is noted.
 */
void
lt_store_set_actor (LtStore    *self,
                    const char *actor)
{
  g_return_if_fail (LT_IS_STORE (self));

  g_free (self->actor);
  self->actor = actor != NULL && *actor != '\0' ? g_strdup (actor) : NULL;
}

const char *
lt_store_get_actor (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->actor;
}

/* Returns: (transfer none): the household this database holds. */
LtHousehold *
lt_store_get_household (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return self->household;
}

/**
 * lt_store_lookup:
 * @kind: a record type
 * @id: the row id
 *
 * Returns: (transfer none): the one object for that row, or %NULL with
 * %LT_STORE_ERROR_NOT_FOUND
 */
LtRecord *
lt_store_lookup (LtStore *self,
                 GType    kind,
                 gint64   id,
                 GError **error)
{
  LtRecord     *record;
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (kind, LT_TYPE_RECORD), NULL);

  record = g_hash_table_lookup (identity_for (self, kind), &id);
  if (record != NULL)
    return record;
  record = pending_addition (self, kind, id);
  if (record != NULL)
    return record;

  stmt = lt_store_prepare (self, lt_record_sql_select (kind, FALSE), error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = lt_store_record_from_row (self, kind, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_NOT_FOUND,
                 _ ("The record was not found; it may have been deleted."));
  else
    lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
  sqlite3_reset (stmt);
  return record;
}

/**
 * lt_store_list_records:
 * @kind: a record type that has an owner
 * @owner_id: the owner's id
 *
 * The list is shared: asking twice gives the same object while it lives.
 * It follows every committed change.  A read error (a damaged file) is
 * logged and gives what could be read.
 *
 * Returns: (transfer full): a #GListModel of @kind, sorted
 */
GListModel *
lt_store_list_records (LtStore *self,
                       GType    kind,
                       gint64   owner_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = g_ptr_array_new ();
  LtRecordList *list;
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (LT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (kind, LT_TYPE_RECORD), NULL);

  list = find_live_list (self, kind, owner_id);
  if (list != NULL)
    return G_LIST_MODEL (g_object_ref (list));

  stmt = lt_store_prepare (self, lt_record_sql_select (kind, TRUE), &error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, owner_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (records, lt_store_record_from_row (self, kind, stmt));
      if (rc != SQLITE_DONE)
        lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), &error);
      sqlite3_reset (stmt);
    }
  if (error != NULL)
    g_warning ("Could not read all of a list: %s", error->message);

  list = lt_record_list_new (kind, owner_id, records);
  g_ptr_array_add (self->lists, list);
  g_object_weak_ref (G_OBJECT (list), on_list_finalized, self);
  return G_LIST_MODEL (list);
}

/* Returns: (transfer full): the household's children, by the name they go by. */
GListModel *
lt_store_list_children (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  return lt_store_list_records (self, LT_TYPE_CHILD, lt_record_get_id (LT_RECORD (self->household)));
}

/* Returns: (transfer full): where @child has lived, earliest first. */
GListModel *
lt_store_list_placements (LtStore *self,
                          LtChild *child)
{
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  return lt_store_list_records (self, LT_TYPE_PLACEMENT, lt_record_get_id (LT_RECORD (child)));
}

/* Returns: (transfer full): @child's day care, schools and education, earliest first. */
GListModel *
lt_store_list_school_periods (LtStore *self,
                              LtChild *child)
{
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  return lt_store_list_records (self, LT_TYPE_SCHOOL_PERIOD, lt_record_get_id (LT_RECORD (child)));
}

/* Returns: (transfer full): the people in @child's life, by name. */
GListModel *
lt_store_list_persons (LtStore *self,
                       LtChild *child)
{
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  return lt_store_list_records (self, LT_TYPE_PERSON, lt_record_get_id (LT_RECORD (child)));
}

/**
 * lt_store_begin:
 *
 * Opens a transaction: the writes until lt_store_commit() land together or
 * not at all, and nobody hears of them before the commit.  Nests.
 */
gboolean
lt_store_begin (LtStore *self,
                GError **error)
{
  g_return_val_if_fail (LT_IS_STORE (self), FALSE);

  if (self->transaction_depth == 0 &&
      !exec_sql (self, "BEGIN IMMEDIATE", _ ("Saving"), error))
    return FALSE;
  if (self->transaction_depth == 0)
    self->transaction_lost = FALSE;
  self->transaction_depth++;
  return TRUE;
}

/* Commits the outermost transaction, then tells the views what changed.
 * On failure everything since lt_store_begin() is rolled back. */
gboolean
lt_store_commit (LtStore *self,
                 GError **error)
{
  g_autoptr (GPtrArray) changes = NULL;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (--self->transaction_depth > 0)
    return TRUE;

  if (self->transaction_lost)
    {
      g_set_error_literal (error, LT_STORE_ERROR, LT_STORE_ERROR_IO,
                           _ ("An error while saving undid the whole change, so nothing of it was saved. "
                              "Try again; if it happens again, check the disk."));
      self->transaction_depth = 1;
      lt_store_rollback (self);
      return FALSE;
    }
  if (!exec_sql (self, "COMMIT", _ ("Saving"), error))
    {
      self->transaction_depth = 1;
      lt_store_rollback (self);
      return FALSE;
    }

  changes = g_steal_pointer (&self->pending);
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_change_free);
  for (guint i = 0; i < changes->len; i++)
    apply_change (self, g_ptr_array_index (changes, i));
  return TRUE;
}

/* Undoes everything since the outermost lt_store_begin(). */
void
lt_store_rollback (LtStore *self)
{
  g_return_if_fail (LT_IS_STORE (self));

  /* A nested call that failed may have rolled back already; the caller's
   * own rollback then has nothing left to do. */
  if (self->transaction_depth == 0)
    return;
  self->transaction_depth = 0;
  self->transaction_lost = FALSE;
  /* Fails harmlessly when SQLite has rolled back already. */
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  /* New records go back to being unsaved, so the caller may try again. */
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingChange *change = g_ptr_array_index (self->pending, i);

      if (change->kind == CHANGE_ADD)
        lt_record_set_identity (change->record, 0, NULL, NULL);
    }
  g_ptr_array_set_size (self->pending, 0);
}

/* Runs a prepared write, all-or-nothing with the transaction around it. */
gboolean
lt_store_step_write (LtStore      *self,
                     sqlite3_stmt *stmt,
                     const char   *doing,
                     GError      **error)
{
  int rc;

  if (self->transaction_depth > 0 && sqlite3_get_autocommit (self->db))
    self->transaction_lost = TRUE;
  if (self->transaction_lost)
    {
      sqlite3_reset (stmt);
      g_set_error (error, LT_STORE_ERROR, LT_STORE_ERROR_IO,
                   _ ("%s: an earlier error undid the change being saved; nothing of it was saved."), doing);
      return FALSE;
    }
  rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return lt_store_set_sqlite_error (self, rc, doing, error);
  return TRUE;
}

static gboolean
write_created_at (LtStore  *self,
                  LtRecord *record,
                  GError  **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET created_at = ?2 WHERE id = ?1",
                                          LT_RECORD_GET_CLASS (record)->table);
  sqlite3_stmt    *stmt = lt_store_prepare (self, g_intern_string (sql), error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, lt_record_get_id (record));
  sqlite3_bind_text (stmt, 2, lt_record_get_created_at (record), -1, SQLITE_TRANSIENT);
  return lt_store_step_write (self, stmt, _ ("Saving"), error);
}

/* Wraps one write in a transaction of its own unless one is open. */
static gboolean
finish_write (LtStore *self,
              gboolean ok,
              GError **error)
{
  if (!ok)
    {
      if (self->transaction_depth == 1)
        lt_store_rollback (self);
      else
        self->transaction_depth--;
      return FALSE;
    }
  return lt_store_commit (self, error);
}

/**
 * lt_store_add:
 * @record: a new record (id 0) with its owner set
 *
 * Validates and writes @record; on success it has its id and becomes the
 * store's object for that row.  Timestamps the record already carries (from
 * a household file) are kept; otherwise both are now.
 */
gboolean
lt_store_add (LtStore  *self,
              LtRecord *record,
              GError  **error)
{
  g_autofree char *now = lt_timestamp_now ();
  const char      *created_at, *updated_at;
  sqlite3_stmt    *stmt;
  gboolean         ok;
  gboolean         from_elsewhere;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_RECORD (record), FALSE);
  g_return_val_if_fail (lt_record_get_id (record) == 0, FALSE);

  /* A record that comes with its own time stamps (a household file, an
   * undone deletion) was not made here and now: the history leaves it. */
  from_elsewhere = lt_record_get_created_at (record) != NULL;

  /* A record read from a household file keeps its own timestamps. */
  created_at = lt_record_get_created_at (record) != NULL ? lt_record_get_created_at (record) : now;
  updated_at = lt_record_get_updated_at (record) != NULL ? lt_record_get_updated_at (record) : now;

  if (!lt_record_validate (record, error) || !lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, lt_record_sql_insert (G_OBJECT_TYPE (record)), error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, created_at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, updated_at, -1, SQLITE_TRANSIENT);
      lt_record_sql_bind_columns (stmt, 3, record);
      ok = lt_store_step_write (self, stmt, _ ("Saving"), error);
    }
  if (ok)
    {
      g_autofree char *created_copy = g_strdup (created_at);
      g_autofree char *updated_copy = g_strdup (updated_at);

      lt_record_set_identity (record, sqlite3_last_insert_rowid (self->db), created_copy,
                              updated_copy);
      ok = from_elsewhere || lt_store_note_change (self, LT_CHANGE_ADDED, record, NULL, error);
      /* Not added after all: the record is new again, whether the caller
       * rolls back now or later. */
      if (ok)
        queue_change (self, CHANGE_ADD, record, NULL, NULL);
      else
        lt_record_set_identity (record, 0, NULL, NULL);
    }
  return finish_write (self, ok, error);
}

/**
 * lt_store_save:
 * @draft: a copy (lt_record_copy()) of a stored record, with edits
 *
 * Validates and writes @draft's values; once committed, the store's own
 * object for the row takes them, and every view follows.
 */
gboolean
lt_store_save (LtStore  *self,
               LtRecord *draft,
               GError  **error)
{
  return lt_store_save_full (self, draft, LT_SAVE_DEFAULT, error);
}

/**
 * lt_store_save_full:
 * @draft: a copy (lt_record_copy()) of a stored record, with edits
 * @flags: %LT_SAVE_KEEP_TIMESTAMP to keep @draft's "updated-at" (an import
 *   brings the time it was last changed with it) instead of now
 *
 * As lt_store_save().
 */
gboolean
lt_store_save_full (LtStore    *self,
                    LtRecord   *draft,
                    LtSaveFlags flags,
                    GError    **error)
{
  g_autofree char *now = NULL;
  LtRecord        *record;
  sqlite3_stmt    *stmt;
  gboolean         ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_RECORD (draft), FALSE);

  if ((flags & LT_SAVE_KEEP_TIMESTAMP) && lt_record_get_updated_at (draft) != NULL)
    now = g_strdup (lt_record_get_updated_at (draft));
  else
    now = lt_timestamp_now ();

  record = lt_store_lookup (self, G_OBJECT_TYPE (draft), lt_record_get_id (draft), error);
  if (record == NULL || !lt_record_validate (draft, error) || !lt_store_begin (self, error))
    return FALSE;

  stmt = lt_store_prepare (self, lt_record_sql_update (G_OBJECT_TYPE (draft)), error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, lt_record_get_id (draft));
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      lt_record_sql_bind_columns (stmt, 3, draft);
      ok = lt_store_step_write (self, stmt, _ ("Saving"), error);
    }
  /* A household read from a file keeps when it was first made, too, so
   * export → import → export gives the same file. */
  if (ok && (flags & LT_SAVE_KEEP_TIMESTAMP) && lt_record_get_created_at (draft) != NULL)
    ok = write_created_at (self, draft, error);
  /* Before commit, the store's own object still has the old values. */
  ok = ok && ((flags & LT_SAVE_KEEP_TIMESTAMP) || lt_store_note_change (self, LT_CHANGE_CHANGED, draft, record, error));
  if (ok)
    {
      queue_change (self, CHANGE_SAVE, record, draft, now);
      if (flags & LT_SAVE_KEEP_TIMESTAMP)
        {
          PendingChange *change = g_ptr_array_index (self->pending, self->pending->len - 1);

          change->created_at = g_strdup (lt_record_get_created_at (draft));
        }
    }
  return finish_write (self, ok, error);
}

/* A person's ties go with the person.  The database would cascade them
 * too, but removing them here keeps the relation lists in step. */
static gboolean
remove_relations_of (LtStore  *self,
                     LtPerson *person,
                     GError  **error)
{
  gint64 person_id = lt_record_get_id (LT_RECORD (person));
  g_autoptr (GListModel) relations =
      lt_store_list_records (self, LT_TYPE_RELATION, lt_person_get_child_id (person));

  for (guint i = g_list_model_get_n_items (relations); i > 0; i--)
    {
      g_autoptr (LtRelation) relation = g_list_model_get_item (relations, i - 1);

      if ((lt_relation_get_from_person_id (relation) == person_id ||
           lt_relation_get_to_person_id (relation) == person_id) &&
          !lt_store_remove (self, LT_RECORD (relation), error))
        return FALSE;
    }
  return TRUE;
}

/* A repeating event's changed and cancelled times go with it; as with a
 * person's relations, removing them here keeps the event lists in step. */
static gboolean
remove_changes_of (LtStore *self,
                   LtEvent *event,
                   GError **error)
{
  gint64 event_id = lt_record_get_id (LT_RECORD (event));
  g_autoptr (GListModel) events =
      lt_store_list_records (self, LT_TYPE_EVENT, lt_event_get_child_id (event));

  for (guint i = g_list_model_get_n_items (events); i > 0; i--)
    {
      g_autoptr (LtEvent) change = g_list_model_get_item (events, i - 1);

      if (lt_event_get_series_id (change) == event_id &&
          !lt_store_remove (self, LT_RECORD (change), error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lt_store_remove:
 * @record: a stored record
 *
 * Deletes @record and everything it owns (a child's history and people).
 */
gboolean
lt_store_remove (LtStore  *self,
                 LtRecord *record,
                 GError  **error)
{
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (LT_IS_STORE (self), FALSE);
  g_return_val_if_fail (LT_IS_RECORD (record), FALSE);

  /* @record may be a draft: the change applies to the store's own object. */
  record = lt_store_lookup (self, G_OBJECT_TYPE (record), lt_record_get_id (record), error);
  if (record == NULL || !lt_store_begin (self, error))
    return FALSE;

  ok = (!LT_IS_PERSON (record) || remove_relations_of (self, LT_PERSON (record), error)) &&
       (!LT_IS_EVENT (record) || remove_changes_of (self, LT_EVENT (record), error));
  stmt = ok ? lt_store_prepare (self, lt_record_sql_delete (G_OBJECT_TYPE (record)), error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, lt_record_get_id (record));
      ok = lt_store_step_write (self, stmt, _ ("Deleting"), error);
    }
  ok = ok && lt_store_note_change (self, LT_CHANGE_DELETED, record, NULL, error);
  if (ok)
    queue_change (self, CHANGE_REMOVE, record, NULL, NULL);
  return finish_write (self, ok, error);
}

/* For the store's other files: announces @record as changed once the open
 * transaction commits (its links to photos or people changed). */
void
lt_store_queue_touch (LtStore  *self,
                      LtRecord *record)
{
  g_return_if_fail (self->transaction_depth > 0);

  queue_change (self, CHANGE_TOUCH, record, NULL, NULL);
}

/* Returns: (transfer none): the folder beside the household file where
 * photos are kept under their SHA-256. */
const char *
lt_store_get_media_dir (LtStore *self)
{
  g_return_val_if_fail (LT_IS_STORE (self), NULL);

  if (self->media_dir == NULL)
    {
      g_autofree char *folder = g_path_get_dirname (self->path);

      self->media_dir = g_build_filename (folder, "media", NULL);
    }
  return self->media_dir;
}
