/* lt-store-book.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The store's part for the life-story book: chapters in the child's order,
 * the default chapters for life-story work, and which photos and people
 * belong to an entry.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lt-store-private.h"

/* A default set for life-story work; the child and adult rename, reorder
 * and add to it. */
static const char *const default_chapters[] = {
  N_ ("About Me"),
  N_ ("Where I Come From"),
  N_ ("My Homes"),
  N_ ("My Schools and Day Care"),
  N_ ("Friends and Leisure"),
  N_ ("Important People"),
  N_ ("Things I Remember"),
  N_ ("My Wishes and Dreams"),
};

static gint64
id_of (gpointer record)
{
  return lt_record_get_id (LT_RECORD (record));
}

/* Returns: (transfer full): @child's chapters in the book's order. */
GListModel *
lt_store_list_chapters (LtStore *self,
                        LtChild *child)
{
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  return lt_store_list_records (self, LT_TYPE_CHAPTER, id_of (child));
}

/* Returns: (transfer full): the entries of @chapter, earliest first. */
GListModel *
lt_store_list_entries (LtStore   *self,
                       LtChapter *chapter)
{
  g_return_val_if_fail (LT_IS_CHAPTER (chapter), NULL);

  return lt_store_list_records (self, LT_TYPE_STORY_ENTRY, id_of (chapter));
}

/* Returns: (transfer full): @child's photos, in the order they were taken. */
GListModel *
lt_store_list_photos (LtStore *self,
                      LtChild *child)
{
  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  return lt_store_list_records (self, LT_TYPE_PHOTO, id_of (child));
}

/* Counted in SQL rather than from the chapter list: a list that could not
 * be read is logged and comes back short, and an empty one here would give
 * the book a second set of default chapters. */
static gboolean
count_chapters (LtStore *self,
                LtChild *child,
                gint64  *n,
                GError **error)
{
  sqlite3_stmt *stmt = lt_store_prepare (self, "SELECT count(*) FROM chapter WHERE child_id = ?1", error);
  int           rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id_of (child));
  rc = sqlite3_step (stmt);
  *n = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || lt_store_set_sqlite_error (self, rc, _ ("Reading the household"), error);
}

/**
 * lt_store_ensure_chapters:
 *
 * Gives @child the default chapters when the book has none yet; a book
 * that has chapters is left as the child and adult made it.
 */
gboolean
lt_store_ensure_chapters (LtStore *self,
                          LtChild *child,
                          GError **error)
{
  gint64 n = 0;

  if (!count_chapters (self, child, &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  if (!lt_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (default_chapters); i++)
    {
      g_autoptr (LtChapter) chapter = lt_chapter_new ();

      lt_chapter_set_child_id (chapter, id_of (child));
      lt_chapter_set_title (chapter, _ (default_chapters[i]));
      lt_chapter_set_position (chapter, i);
      if (!lt_store_add (self, LT_RECORD (chapter), error))
        {
          lt_store_rollback (self);
          return FALSE;
        }
    }
  return lt_store_commit (self, error);
}

/**
 * lt_store_move_chapter:
 * @offset: -1 to move it one place earlier, 1 one place later
 *
 * Swaps @chapter with its neighbour; at either end nothing happens.
 */
gboolean
lt_store_move_chapter (LtStore   *self,
                       LtChapter *chapter,
                       int        offset,
                       GError   **error)
{
  g_autoptr (GListModel) chapters = NULL;
  g_autoptr (LtRecord) mine = NULL;
  g_autoptr (LtRecord) theirs = NULL;
  g_autoptr (LtChapter) neighbour = NULL;
  guint  n, position = G_MAXUINT;
  gint64 swap;

  g_return_val_if_fail (LT_IS_CHAPTER (chapter), FALSE);
  g_return_val_if_fail (offset == -1 || offset == 1, FALSE);

  chapters = lt_store_list_records (self, LT_TYPE_CHAPTER, lt_chapter_get_child_id (chapter));
  n = g_list_model_get_n_items (chapters);
  for (guint i = 0; i < n && position == G_MAXUINT; i++)
    {
      g_autoptr (LtChapter) item = g_list_model_get_item (chapters, i);

      if (item == chapter)
        position = i;
    }
  if (position == G_MAXUINT || (offset < 0 && position == 0) || (offset > 0 && position + 1 >= n))
    return TRUE;

  neighbour = g_list_model_get_item (chapters, position + offset);
  mine = lt_record_copy (LT_RECORD (chapter));
  theirs = lt_record_copy (LT_RECORD (neighbour));
  /* Positions may be equal after imports: make them differ by the move. */
  swap = lt_chapter_get_position (neighbour);
  lt_chapter_set_position (LT_CHAPTER (theirs), lt_chapter_get_position (chapter));
  lt_chapter_set_position (LT_CHAPTER (mine), swap);
  if (swap == lt_chapter_get_position (chapter))
    lt_chapter_set_position (LT_CHAPTER (mine), swap + offset);

  if (!lt_store_begin (self, error))
    return FALSE;
  if (!lt_store_save (self, theirs, error) || !lt_store_save (self, mine, error))
    {
      lt_store_rollback (self);
      return FALSE;
    }
  return lt_store_commit (self, error);
}

/* Returns: (transfer full) (element-type LtPhoto): the entry's photos in order */
GPtrArray *
lt_store_dup_entry_photos (LtStore      *self,
                           LtStoryEntry *entry,
                           GError      **error)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (entry), NULL);

  return lt_store_dup_linked (self, LT_TYPE_PHOTO,
                              lt_store_linked_select (LT_TYPE_PHOTO, "entry_photo l ON l.photo_id = p.id WHERE l.entry_id = ?1 ORDER BY l.position"),
                              id_of (entry), error);
}

/* Sets the entry's photos, in this order; an empty array removes them all. */
gboolean
lt_store_set_entry_photos (LtStore      *self,
                           LtStoryEntry *entry,
                           GPtrArray    *photos,
                           GError      **error)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (entry), FALSE);

  return lt_store_set_linked (self, LT_RECORD (entry), "DELETE FROM entry_photo WHERE entry_id = ?1",
                              "INSERT INTO entry_photo (entry_id, photo_id, position) VALUES (?1, ?2, ?3)",
                              TRUE, photos, error);
}

/* Returns: (transfer full) (element-type LtPerson): the people in the entry */
GPtrArray *
lt_store_dup_entry_persons (LtStore      *self,
                            LtStoryEntry *entry,
                            GError      **error)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (entry), NULL);

  return lt_store_dup_linked (self, LT_TYPE_PERSON,
                              lt_store_linked_select (LT_TYPE_PERSON, "entry_person l ON l.person_id = p.id WHERE l.entry_id = ?1 ORDER BY p.name"),
                              id_of (entry), error);
}

/* Sets the people in the entry. */
gboolean
lt_store_set_entry_persons (LtStore      *self,
                            LtStoryEntry *entry,
                            GPtrArray    *persons,
                            GError      **error)
{
  g_return_val_if_fail (LT_IS_STORY_ENTRY (entry), FALSE);

  return lt_store_set_linked (self, LT_RECORD (entry), "DELETE FROM entry_person WHERE entry_id = ?1",
                              "INSERT INTO entry_person (entry_id, person_id) VALUES (?1, ?2)", FALSE,
                              persons, error);
}

/* Returns: (transfer full) (element-type LtPerson): the people in @photo */
GPtrArray *
lt_store_dup_photo_persons (LtStore *self,
                            LtPhoto *photo,
                            GError **error)
{
  g_return_val_if_fail (LT_IS_PHOTO (photo), NULL);

  return lt_store_dup_linked (self, LT_TYPE_PERSON,
                              lt_store_linked_select (LT_TYPE_PERSON, "photo_person l ON l.person_id = p.id WHERE l.photo_id = ?1 ORDER BY p.name"),
                              id_of (photo), error);
}

/* Sets who is in @photo. */
gboolean
lt_store_set_photo_persons (LtStore   *self,
                            LtPhoto   *photo,
                            GPtrArray *persons,
                            GError   **error)
{
  g_return_val_if_fail (LT_IS_PHOTO (photo), FALSE);

  return lt_store_set_linked (self, LT_RECORD (photo), "DELETE FROM photo_person WHERE photo_id = ?1",
                              "INSERT INTO photo_person (photo_id, person_id) VALUES (?1, ?2)", FALSE, persons, error);
}

/* Returns: (transfer none) (nullable): @child's photo with these bytes, if
 * it is already there (the same photo is kept once). */
LtPhoto *
lt_store_find_photo (LtStore    *self,
                     LtChild    *child,
                     const char *sha256)
{
  g_autoptr (GListModel) photos = lt_store_list_photos (self, child);

  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, i);

      if (g_strcmp0 (lt_photo_get_sha256 (photo), sha256) == 0)
        return photo;
    }
  return NULL;
}

/**
 * lt_store_set_cover_photo:
 * @photo: (nullable): the photo for the cover of @child's book, or %NULL
 *   for none (the book then uses its first photo)
 *
 * A book has one cover: the other photos lose the mark, in one transaction.
 */
gboolean
lt_store_set_cover_photo (LtStore *self,
                          LtChild *child,
                          LtPhoto *photo,
                          GError **error)
{
  g_autoptr (GListModel) photos = lt_store_list_photos (self, child);

  if (!lt_store_begin (self, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (LtPhoto) item = g_list_model_get_item (photos, i);
      gboolean cover = item == photo;
      g_autoptr (LtRecord) draft = NULL;

      if (lt_photo_get_is_cover (item) == cover)
        continue;
      draft = lt_record_copy (LT_RECORD (item));
      lt_photo_set_is_cover (LT_PHOTO (draft), cover);
      if (!lt_store_save (self, draft, error))
        {
          lt_store_rollback (self);
          return FALSE;
        }
    }
  return lt_store_commit (self, error);
}
