/* crash-writer.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The crash test's writer: real changes to an encrypted household, until
 * it is killed, an error stops it, or it has done what it was asked.
 *
 * Each transaction is planned first and written to the journal as one
 * intent line ("I <seq> <op>;<op>…") before the store is touched; once the
 * store says it committed, "K <seq>" follows; when the store reports an
 * error, "F <seq>", the error goes to stderr and the writer exits with
 * status 3.  crash-check replays the journal against the household.
 *
 *   crash-writer --household DIR --journal FILE --passphrase FILE
 *                --fixtures DIR --run ID [--seed N] [--transactions N]
 *   crash-writer --make-fixtures DIR
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "crash-records.h"
#include "lt-deletions.h"
#include "lt-photo-import.h"

#define EXIT_SHOWN_ERROR 3 /* the store or the import reported an error, printed on stderr */
#define EXIT_HARNESS 1     /* the test itself could not go on */

#define N_FIXTURES 40
/* Past this many records, deleting is preferred, so a long run stays small. */
#define RECORD_CAP 250

typedef enum
{
  OP_ADD,
  OP_EDIT,
  OP_DELETE,
  OP_LINK,
} OpKind;

typedef struct
{
  OpKind     kind;
  CrashKind  record_kind;
  LtRecord  *record; /* owned: ADD the new record, else the stored one */
  LtRecord  *owner;  /* owned, ADD only: the child, or a page's chapter */
  char      *token;
  char      *owner_token;
  char      *value;
  GPtrArray *photos; /* LINK only: LtPhoto *, owned */
  char      *photo_tokens;
} Op;

typedef enum
{
  SHAPE_SINGLE,    /* one store call, its own transaction */
  SHAPE_BATCH,     /* several calls between lt_store_begin and lt_store_commit */
  SHAPE_NEW_CHILD, /* a child and its book's chapters in one transaction */
} Shape;

typedef struct
{
  /* owned */
  LtStore   *store;
  GRand     *rand;
  GPtrArray *fixtures; /* char *: photos to import */
  GPtrArray *items;    /* CrashItem *: the household as the plan goes */
  char      *run;

  int      journal;
  guint    serial;
  guint    n_transactions;
  gboolean child_deleted; /* by the last transaction */
} Writer;

static void
op_free (Op *op)
{
  g_clear_object (&op->record);
  g_clear_object (&op->owner);
  g_free (op->token);
  g_free (op->owner_token);
  g_free (op->value);
  g_clear_pointer (&op->photos, g_ptr_array_unref);
  g_free (op->photo_tokens);
  g_free (op);
}

/* ---- the journal ----------------------------------------------------- */

/* The journal and the passphrase are the test's own files, not the code
 * under test: they are read and written with raw system calls, which
 * libfiu (replacing the C library's read, write and fsync in the fault
 * runs) does not see, so an injected fault only ever hits the household. */
static int
open_raw (const char *path,
          int         flags)
{
  return (int) syscall (SYS_openat, AT_FDCWD, path, flags | O_CLOEXEC, 0600);
}

static char *
read_passphrase (const char *path)
{
  char  buffer[256];
  long  n = 0;
  int   fd = open_raw (path, O_RDONLY);
  char *end;

  if (fd >= 0)
    n = syscall (SYS_read, fd, buffer, sizeof buffer - 1);
  if (fd >= 0)
    syscall (SYS_close, fd);
  if (n <= 0)
    return NULL;
  buffer[n] = '\0';
  end = strchr (buffer, '\n');
  if (end != NULL)
    *end = '\0';
  return g_strdup (buffer);
}

/* Appends @line in one write (so a kill leaves it whole or absent) and
 * syncs it; a failure here ends the test run, not a finding. */
static void
journal_append (Writer     *self,
                const char *line)
{
  g_autofree char *text = g_strconcat (line, "\n", NULL);
  gsize            length = strlen (text), done = 0;

  while (done < length)
    {
      long n = syscall (SYS_write, self->journal, text + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      done += n;
    }
  if (done < length || syscall (SYS_fsync, self->journal) != 0)
    {
      g_printerr ("crash-writer: the journal could not be written: %s\n", g_strerror (errno));
      exit (EXIT_HARNESS);
    }
}

/* ---- planning -------------------------------------------------------- */

static char *
new_token (Writer *self,
           char    prefix)
{
  return g_strdup_printf ("%c%s.%u", prefix, self->run, ++self->serial);
}

static guint
count_kind (Writer   *self,
            CrashKind kind)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    n += ((CrashItem *) g_ptr_array_index (self->items, i))->kind == kind;
  return n;
}

/* Returns: (transfer none) (nullable): a random item whose kind is in
 * @kinds (a bit mask of 1 << CrashKind) and, when @child is given, of
 * that child. */
static CrashItem *
pick (Writer  *self,
      guint    kinds,
      LtChild *child)
{
  CrashItem *chosen = NULL;
  guint      seen = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      CrashItem *item = g_ptr_array_index (self->items, i);

      if (!(kinds & (1u << item->kind)) || (child != NULL && item->child != child))
        continue;
      if (g_rand_int_range (self->rand, 0, ++seen) == 0)
        chosen = item;
    }
  return chosen;
}

#define ANY_RECORD ((1u << CRASH_CHILD) | (1u << CRASH_PERSON) | (1u << CRASH_ENTRY) | \
                    (1u << CRASH_EVENT) | (1u << CRASH_PHOTO))
#define OWNED_RECORD (ANY_RECORD & ~(1u << CRASH_CHILD))

static Op *
op_new (OpKind      kind,
        CrashItem  *target,
        const char *value)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  if (target != NULL)
    {
      op->record_kind = target->kind;
      op->record = g_object_ref (target->record);
      op->token = g_strdup (target->token);
    }
  op->value = g_strdup (value);
  return op;
}

/* Adds @record (of @kind, owned by @child) to the plan and to the items,
 * so later steps of the same transaction can edit or link it. */
static Op *
plan_add_record (Writer    *self,
                 CrashKind  kind,
                 LtRecord  *record,
                 LtRecord  *owner,
                 CrashItem *child,
                 char      *token,
                 char      *value)
{
  Op        *op = op_new (OP_ADD, NULL, NULL);
  CrashItem *item = g_new0 (CrashItem, 1);

  op->record_kind = kind;
  op->record = record;
  op->owner = owner != NULL ? g_object_ref (owner) : NULL;
  op->token = token;
  op->value = value;
  op->owner_token = g_strdup (child != NULL ? child->token : "-");

  item->kind = kind;
  item->record = g_object_ref (record);
  item->child = g_object_ref (child != NULL ? child->child : LT_CHILD (record));
  item->token = g_strdup (token);
  item->value = g_strdup (value);
  g_ptr_array_add (self->items, item);
  return op;
}

static Op *
plan_add_child (Writer *self)
{
  char *token = new_token (self, 'C');
  char *value = g_strdup_printf ("v%s.%u", self->run, self->serial);

  return plan_add_record (self, CRASH_CHILD, crash_record_new (CRASH_CHILD, token, value), NULL,
                          NULL, token, value);
}

/* A person, page or event for a random child; NULL when a page has no
 * chapter to go in. */
static Op *
plan_add_owned (Writer   *self,
                CrashKind kind)
{
  CrashItem *child = pick (self, 1u << CRASH_CHILD, NULL);
  g_autoptr (LtRecord) owner = NULL;
  char *token, *value;

  if (child == NULL)
    return NULL;
  if (kind == CRASH_ENTRY)
    {
      g_autoptr (GListModel) chapters = lt_store_list_chapters (self->store, child->child);
      guint n = g_list_model_get_n_items (chapters);

      if (n == 0)
        return NULL;
      owner = g_list_model_get_item (chapters, g_rand_int_range (self->rand, 0, n));
    }
  else
    owner = g_object_ref (LT_RECORD (child->child));
  token = new_token (self, "CPEVF"[kind]);
  value = g_strdup_printf ("v%s.%u", self->run, self->serial);
  return plan_add_record (self, kind, crash_record_new (kind, token, value), owner, child, token,
                          value);
}

static Op *
plan_edit (Writer    *self,
           CrashItem *target)
{
  g_autofree char *value = g_strdup_printf ("v%s.%u", self->run, ++self->serial);

  g_free (target->value);
  target->value = g_strdup (value);
  return op_new (OP_EDIT, target, value);
}

/* Takes @target, and for a child everything that belongs to it, out of
 * the items. */
static Op *
plan_delete (Writer    *self,
             CrashItem *target)
{
  Op *op = op_new (OP_DELETE, target, NULL);
  g_autoptr (LtChild) child = target->kind == CRASH_CHILD ? g_object_ref (target->child) : NULL;

  for (guint i = self->items->len; i > 0; i--)
    {
      CrashItem *item = g_ptr_array_index (self->items, i - 1);

      if (item == target || (child != NULL && item->child == child))
        g_ptr_array_remove_index (self->items, i - 1);
    }
  return op;
}

/* Sets the pictures of a random page to up to three of its child's photos. */
static Op *
plan_link (Writer *self)
{
  CrashItem *entry = pick (self, 1u << CRASH_ENTRY, NULL);
  g_autoptr (GString) tokens = g_string_new (NULL);
  Op   *op;
  guint n;

  if (entry == NULL)
    return NULL;
  op = op_new (OP_LINK, entry, NULL);
  op->photos = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_rand_int_range (self->rand, 0, 4);
  for (guint i = 0; i < n; i++)
    {
      CrashItem *photo = pick (self, 1u << CRASH_PHOTO, entry->child);

      if (photo == NULL || g_ptr_array_find (op->photos, photo->record, NULL))
        continue;
      g_ptr_array_add (op->photos, g_object_ref (photo->record));
      g_string_append_printf (tokens, "%s%s", tokens->len > 0 ? "," : "", photo->token);
    }
  op->photo_tokens = g_strdup (tokens->len > 0 ? tokens->str : "-");
  return op;
}

/* One step that fits anywhere: add, edit, delete or link. */
static Op *
plan_step (Writer *self)
{
  gboolean   crowded = self->items->len > RECORD_CAP;
  int        r = g_rand_int_range (self->rand, 0, 100);
  CrashItem *target;

  if (r < (crowded ? 10 : 45))
    return plan_add_owned (self, (CrashKind[]){ CRASH_PERSON, CRASH_ENTRY, CRASH_EVENT }[r % 3]);
  if (r < (crowded ? 30 : 70))
    {
      target = pick (self, ANY_RECORD, NULL);
      return target != NULL ? plan_edit (self, target) : NULL;
    }
  if (r < 85)
    {
      target = pick (self, OWNED_RECORD, NULL);
      return target != NULL ? plan_delete (self, target) : NULL;
    }
  return plan_link (self);
}

/* Imports one to three photos for a random child (the files go into the
 * child's media folder first, sealed with its key, as the photos page
 * does) and plans their rows. */
static gboolean
plan_photos (Writer    *self,
             GPtrArray *ops,
             GError   **error)
{
  CrashItem *child = pick (self, 1u << CRASH_CHILD, NULL);
  g_autoptr (GFile) media = g_file_new_for_path (lt_store_get_media_dir (self->store));
  g_autoptr (GPtrArray) planned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (LtSecret) media_key = NULL;
  g_autofree char *child_media = NULL;
  g_autoptr (GError) key_error = NULL;
  guint n = g_rand_int_range (self->rand, 1, 4);

  if (child == NULL)
    return TRUE;
  /* Each child's photos are sealed with its own key, in its own folder. */
  media_key = lt_store_dup_media_key (self->store, lt_record_get_id (LT_RECORD (child->child)), &key_error);
  if (key_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&key_error));
      return FALSE;
    }
  child_media = lt_store_dup_child_media_dir (self->store, lt_record_get_id (LT_RECORD (child->child)));
  for (guint i = 0; i < n; i++)
    {
      guint       index = g_rand_int_range (self->rand, 0, self->fixtures->len);
      const char *fixture = g_ptr_array_index (self->fixtures, index);
      g_autoptr (LtImportedPhoto) imported = lt_photo_import_file (fixture, child_media, media_key, NULL, error);
      g_autoptr (GFile) file = NULL;
      LtPhoto *photo;
      char    *token, *value;

      if (imported == NULL)
        return FALSE;
      /* The same photo is kept once per child. */
      if (lt_store_find_photo (self->store, child->child, imported->sha256) != NULL ||
          g_ptr_array_find_with_equal_func (planned, imported->sha256, g_str_equal, NULL))
        continue;
      g_ptr_array_add (planned, g_strdup (imported->sha256));

      token = new_token (self, 'F');
      value = g_strdup_printf ("v%s.%u", self->run, self->serial);
      photo = LT_PHOTO (crash_record_new (CRASH_PHOTO, token, value));
      file = g_file_new_for_path (imported->media_path);
      {
        g_autofree char *file_name = g_file_get_relative_path (media, file);

        lt_photo_set_file_name (photo, file_name);
      }
      lt_photo_set_sha256 (photo, imported->sha256);
      lt_photo_set_mime_type (photo, imported->mime_type);
      lt_photo_set_width (photo, imported->width);
      lt_photo_set_height (photo, imported->height);
      lt_photo_set_orientation (photo, imported->orientation);
      lt_photo_set_taken_at (photo, imported->taken_at);
      lt_photo_set_original_name (photo, imported->original_name);
      g_ptr_array_add (ops, plan_add_record (self, CRASH_PHOTO, LT_RECORD (photo),
                                             LT_RECORD (child->child), child, token, value));
    }
  return TRUE;
}

/* Chooses the next transaction; @ops may stay empty (nothing to do). */
static gboolean
plan_transaction (Writer    *self,
                  GPtrArray *ops,
                  Shape     *shape,
                  GError   **error)
{
  guint    n_children = count_kind (self, CRASH_CHILD);
  int      r = g_rand_int_range (self->rand, 0, 100);
  gboolean replace = self->child_deleted && r % 2 == 0;

  *shape = SHAPE_SINGLE;
  self->child_deleted = FALSE;
  /* Half the time a deleted child is followed at once by a new one, as
   * when a record is made again: the new row may get the deleted one's id. */
  if (n_children < 2 || replace || (r < 3 && n_children < 6))
    {
      *shape = SHAPE_NEW_CHILD;
      g_ptr_array_add (ops, plan_add_child (self));
    }
  else if (r < 5 && n_children > 2)
    {
      g_ptr_array_add (ops, plan_delete (self, pick (self, 1u << CRASH_CHILD, NULL)));
      self->child_deleted = TRUE;
    }
  else if (r < 17)
    {
      *shape = SHAPE_BATCH;
      return plan_photos (self, ops, error);
    }
  else if (r < 37)
    {
      guint n = g_rand_int_range (self->rand, 2, 7);

      *shape = SHAPE_BATCH;
      for (guint i = 0; i < n; i++)
        {
          Op *op = plan_step (self);

          if (op != NULL)
            g_ptr_array_add (ops, op);
        }
    }
  else
    {
      Op *op = plan_step (self);

      if (op != NULL)
        g_ptr_array_add (ops, op);
    }
  return TRUE;
}

static char *
describe (Op *op)
{
  switch (op->kind)
    {
    case OP_ADD:
      return g_strdup_printf ("add %s %s %s %s", crash_kind_name (op->record_kind), op->token,
                              op->owner_token, op->value);
    case OP_EDIT:
      return g_strdup_printf ("edit %s %s", op->token, op->value);
    case OP_DELETE:
      return g_strdup_printf ("del %s", op->token);
    case OP_LINK:
      return g_strdup_printf ("link %s %s", op->token, op->photo_tokens);
    default:
      g_assert_not_reached ();
    }
}

/* ---- doing ----------------------------------------------------------- */

static gboolean
run_op (Writer  *self,
        Op      *op,
        GError **error)
{
  switch (op->kind)
    {
    case OP_ADD:
      if (op->owner != NULL)
        lt_record_set_owner_id (op->record, lt_record_get_id (op->owner));
      else
        lt_child_set_household_id (LT_CHILD (op->record),
                                   lt_record_get_id (LT_RECORD (lt_store_get_household (self->store))));
      return lt_store_add (self->store, op->record, error);
    case OP_EDIT:
      {
        g_autoptr (LtRecord) draft = lt_record_copy (op->record);

        crash_record_set_value (draft, op->value);
        return lt_store_save (self->store, draft, error);
      }
    case OP_DELETE:
      /* A child goes the way the app deletes one: logged first, then the
       * rows, then its photo files (lt-deletions.c). */
      if (op->record_kind == CRASH_CHILD)
        return lt_deletions_delete_child (self->store, LT_CHILD (op->record), error);
      return lt_store_remove (self->store, op->record, error);
    case OP_LINK:
      return lt_store_set_entry_photos (self->store, LT_STORY_ENTRY (op->record), op->photos, error);
    default:
      g_assert_not_reached ();
    }
}

/* Whether a failed @op has already rolled the whole transaction back.
 * lt_store_add, _save and _remove leave an outer transaction open for
 * the caller to roll back; lt_store_set_entry_photos and
 * lt_store_ensure_chapters roll back the outermost transaction
 * themselves, and lt_store_rollback () after them is a critical. */
static gboolean
rolls_back_itself (Op *op)
{
  return op->kind == OP_LINK;
}

static gboolean
run_transaction (Writer    *self,
                 GPtrArray *ops,
                 Shape      shape,
                 GError   **error)
{
  gboolean rolled_back = FALSE;
  gboolean ok = TRUE;

  if (shape == SHAPE_SINGLE)
    return run_op (self, g_ptr_array_index (ops, 0), error);

  if (!lt_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; ok && i < ops->len; i++)
    {
      Op *op = g_ptr_array_index (ops, i);

      ok = run_op (self, op, error);
      rolled_back = !ok && rolls_back_itself (op);
      if (ok && shape == SHAPE_NEW_CHILD)
        {
          ok = lt_store_ensure_chapters (self->store, LT_CHILD (op->record), error);
          rolled_back = !ok;
        }
    }
  if (!ok)
    {
      if (!rolled_back)
        lt_store_rollback (self->store);
      return FALSE;
    }
  return lt_store_commit (self->store, error);
}

/* Shows a child's book first thing after opening, and now and then after,
 * as the book page does each time it is bound: that gives the child the
 * default chapters when it has none, and must change nothing otherwise
 * (crash-check counts the chapters). */
static gboolean
open_book (Writer  *self,
           GError **error)
{
  g_autoptr (GListModel) children = NULL;
  g_autoptr (LtChild) child = NULL;
  guint n;

  if (self->n_transactions > 0 && g_rand_int_range (self->rand, 0, 100) >= 10)
    return TRUE;
  children = lt_store_list_children (self->store);
  n = g_list_model_get_n_items (children);
  if (n == 0)
    return TRUE;
  child = g_list_model_get_item (children, g_rand_int_range (self->rand, 0, n));
  return lt_store_ensure_chapters (self->store, child, error);
}

/* Plans, journals and runs one transaction.  Returns FALSE with @error
 * set when the store (or the photo import) reported an error. */
static gboolean
step (Writer  *self,
      GError **error)
{
  g_autoptr (GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  g_autoptr (GString) intent = g_string_new (NULL);
  g_autofree char *seq = NULL;
  g_autofree char *outcome = NULL;
  Shape            shape;
  gboolean         ok;

  if (!open_book (self, error))
    return FALSE;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = crash_collect (self->store, FALSE, error);
  if (self->items == NULL || !plan_transaction (self, ops, &shape, error))
    return FALSE;
  if (ops->len == 0)
    return TRUE;
  if (ops->len > 1 && shape == SHAPE_SINGLE)
    shape = SHAPE_BATCH;

  seq = g_strdup_printf ("%s.%u", self->run, ++self->n_transactions);
  g_string_append_printf (intent, "I %s ", seq);
  for (guint i = 0; i < ops->len; i++)
    {
      g_autofree char *text = describe (g_ptr_array_index (ops, i));

      g_string_append_printf (intent, "%s%s", i > 0 ? ";" : "", text);
    }
  journal_append (self, intent->str);

  ok = run_transaction (self, ops, shape, error);
  outcome = g_strdup_printf ("%c %s", ok ? 'K' : 'F', seq);
  journal_append (self, outcome);
  if (!ok)
    g_prefix_error (error, "transaction %s: ", seq);
  return ok;
}

/* ---- fixtures -------------------------------------------------------- */

/* Small photos, each different, half JPEG and half PNG. */
static int
make_fixtures (const char *folder)
{
  g_autoptr (GError) error = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_printerr ("crash-writer: cannot make %s: %s\n", folder, g_strerror (errno));
      return EXIT_HARNESS;
    }
  for (int i = 0; i < N_FIXTURES; i++)
    {
      int width = 40 + i, height = 30 + 2 * i;
      g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
      guchar          *pixels = gdk_pixbuf_get_pixels (pixbuf);
      int              stride = gdk_pixbuf_get_rowstride (pixbuf);
      const char      *type = i % 2 == 0 ? "jpeg" : "png";
      g_autofree char *name = g_strdup_printf ("photo-%02d.%s", i, i % 2 == 0 ? "jpg" : "png");
      g_autofree char *path = g_build_filename (folder, name, NULL);

      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guchar *p = pixels + y * stride + x * 3;

            p[0] = (x * 255 / width + 7 * i) % 256;
            p[1] = (y * 255 / height + 13 * i) % 256;
            p[2] = (x * y + i) % 256;
          }
      if (!gdk_pixbuf_save (pixbuf, path, type, &error, NULL))
        {
          g_printerr ("crash-writer: cannot write %s: %s\n", path, error->message);
          return EXIT_HARNESS;
        }
    }
  return 0;
}

static GPtrArray *
list_fixtures (const char *folder)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, (GCompareFunc) g_ascii_strcasecmp);
  return g_steal_pointer (&paths);
}

/* ---- main ------------------------------------------------------------ */

static void
report (const GError *error)
{
  g_printerr ("crash-writer: error: %s [%s %d]\n", error->message, g_quark_to_string (error->domain),
              error->code);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *household = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *passphrase_file = NULL;
  g_autofree char *fixtures = NULL;
  g_autofree char *make = NULL;
  g_autofree char *run = NULL;
  g_autofree char *passphrase = NULL;
  gint64           seed = 0;
  int              transactions = 0;
  g_autoptr (GError) error = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("— write to a household until killed");
  GOptionEntry entries[] = {
    { "household", 0, 0, G_OPTION_ARG_FILENAME, &household, "Folder of the household", "DIR" },
    { "journal", 0, 0, G_OPTION_ARG_FILENAME, &journal, "Journal to append to", "FILE" },
    { "passphrase", 0, 0, G_OPTION_ARG_FILENAME, &passphrase_file, "File holding the passphrase", "FILE" },
    { "fixtures", 0, 0, G_OPTION_ARG_FILENAME, &fixtures, "Folder of photos to import", "DIR" },
    { "run", 0, 0, G_OPTION_ARG_STRING, &run, "Name of this run, unique in the journal", "ID" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the choices", "N" },
    { "transactions", 0, 0, G_OPTION_ARG_INT, &transactions, "Stop after N (0: never)", "N" },
    { "make-fixtures", 0, 0, G_OPTION_ARG_FILENAME, &make, "Write the photos to import, then exit", "DIR" },
    G_OPTION_ENTRY_NULL,
  };
  Writer self = { 0 };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("crash-writer: %s\n", error->message);
      return EXIT_HARNESS;
    }
  if (make != NULL)
    return make_fixtures (make);
  if (household == NULL || journal == NULL || passphrase_file == NULL || fixtures == NULL || run == NULL)
    {
      g_printerr ("crash-writer: --household, --journal, --passphrase, --fixtures and --run are needed\n");
      return EXIT_HARNESS;
    }

  passphrase = read_passphrase (passphrase_file);
  self.journal = open_raw (journal, O_WRONLY | O_APPEND | O_CREAT);
  self.fixtures = list_fixtures (fixtures);
  if (passphrase == NULL || self.journal < 0 || self.fixtures->len == 0)
    {
      g_printerr ("crash-writer: cannot read the passphrase, open the journal or find photos\n");
      return EXIT_HARNESS;
    }
  self.rand = g_rand_new_with_seed ((guint32) seed);
  self.run = g_strdup (run);

  self.store = crash_open_household (household, passphrase, TRUE, &error);
  if (self.store == NULL)
    report (error);
  for (int i = 0; self.store != NULL && error == NULL && (transactions == 0 || i < transactions); i++)
    if (!step (&self, &error))
      report (error);

  g_clear_pointer (&self.items, g_ptr_array_unref);
  g_clear_object (&self.store);
  g_clear_pointer (&self.fixtures, g_ptr_array_unref);
  g_rand_free (self.rand);
  g_free (self.run);
  syscall (SYS_close, self.journal);
  return error != NULL ? EXIT_SHOWN_ERROR : 0;
}
