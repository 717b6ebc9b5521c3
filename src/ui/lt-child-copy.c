/* lt-child-copy.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The copy is built in a hidden folder beside the target (mode 0700), then
 * renamed into place, or packed into a ZIP (libarchive) that is synced
 * and renamed: all or nothing.  This is one of the few places where the
 * app writes readable files, and only where the adult chose.
 *
 * Photos go out as their original files with the GPS position removed
 * (gexiv2), so a photo taken at the foster home does not tell where the
 * child lives.
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <gexiv2/gexiv2.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

#include "lt-book-export.h"
#include "lt-child-copy.h"
#include "lt-date.h"
#include "lt-file-util.h"
#include "lt-media.h"

#define FORMAT_VERSION 1

/* ---- helpers --------------------------------------------------------- */

static gboolean
errno_error (GError    **error,
             int         saved_errno,
             const char *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what, g_strerror (saved_errno));
  return FALSE;
}

/* A name safe as a file name on any system the child may take it to. */
static char *
safe_name (const char *text)
{
  char *name = g_strdup (text != NULL && *text != '\0' ? text : "_");

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  if (name[0] == '.')
    name[0] = '_';
  return name;
}

static char *
unique_name (GHashTable *used,
             const char *wanted)
{
  g_autofree char *stem = g_strdup (wanted);
  char            *dot = strrchr (stem, '.');
  g_autofree char *ext = g_strdup (dot != NULL ? dot : "");
  char            *name = g_strdup (wanted);

  if (dot != NULL)
    *dot = '\0';
  for (guint k = 2; g_hash_table_contains (used, name); k++)
    {
      g_free (name);
      name = g_strdup_printf ("%s (%u)%s", stem, k, ext);
    }
  g_hash_table_add (used, g_strdup (name));
  return name;
}

/* ---- photos ------------------------------------------------------------ */

/* Removes the GPS position from the photo at @path, if it has one.  A
 * file exiv2 cannot read has no EXIF to remove it from. */
static gboolean
remove_location (const char *path,
                 GError    **error)
{
  static gsize initialised = 0;
  g_autoptr (GExiv2Metadata) metadata = NULL;

  if (g_once_init_enter (&initialised))
    {
      gexiv2_initialize ();
      /* Exiv2's warnings name files; logs never name a child's photos. */
      gexiv2_log_set_level (GEXIV2_LOG_LEVEL_MUTE);
      g_once_init_leave (&initialised, 1);
    }
  metadata = gexiv2_metadata_new ();
  if (!gexiv2_metadata_open_path (metadata, path, NULL))
    return TRUE;
  if (!gexiv2_metadata_try_has_tag (metadata, "Exif.GPSInfo.GPSLatitude", NULL) &&
      !gexiv2_metadata_try_has_tag (metadata, "Exif.GPSInfo.GPSLongitude", NULL))
    return TRUE;
  {
    g_autoptr (GError) local_error = NULL;

    gexiv2_metadata_try_delete_gps_info (metadata, &local_error);
    if (local_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }
  }
  return gexiv2_metadata_save_file (metadata, path, error);
}

static char *
photo_name (LtPhoto *photo)
{
  const char      *original = lt_photo_get_original_name (photo);
  const char      *taken = lt_photo_get_taken_at (photo);
  g_autofree char *base = g_path_get_basename (original != NULL ? original : lt_photo_get_file_name (photo));

  if (taken != NULL && strlen (taken) >= 10)
    {
      g_autofree char *dated = g_strdup_printf ("%.10s %s", taken, base);

      return safe_name (dated);
    }
  return safe_name (base);
}

static gboolean
write_photos (LtStore     *store,
              LtChild     *child,
              GHashTable  *left_out,
              const char  *folder,
              JsonBuilder *json,
              GError     **error)
{
  g_autoptr (GListModel) photos = lt_store_list_photos (store, child);
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (LtSecret) key = lt_store_dup_media_key (store, lt_record_get_id (LT_RECORD (child)), error);

  if (key == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (g_mkdir (folder, 0700) != 0)
    return errno_error (error, errno, folder);
  json_builder_set_member_name (json, "photos");
  json_builder_begin_array (json);
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr (LtPhoto) photo = g_list_model_get_item (photos, i);
      g_autofree char *source = g_build_filename (lt_store_get_media_dir (store), lt_photo_get_file_name (photo), NULL);
      g_autofree char *wanted = NULL;
      g_autofree char *name = NULL;
      g_autofree char *target = NULL;
      g_autoptr (GBytes) bytes = NULL;
      gint64 id = lt_record_get_id (LT_RECORD (photo));

      if (!lt_photo_is_shown_to (photo, LT_AUDIENCE_CHILD) ||
          (left_out != NULL && g_hash_table_contains (left_out, &id)))
        continue;
      wanted = photo_name (photo);
      name = unique_name (used, wanted);
      target = g_build_filename (folder, name, NULL);
      bytes = lt_media_load (source, key, error);
      if (bytes == NULL || !lt_file_write_durably (target, bytes, error) || !remove_location (target, error))
        return FALSE;

      json_builder_begin_object (json);
      json_builder_set_member_name (json, "file");
      json_builder_add_string_value (json, name);
      json_builder_set_member_name (json, "caption");
      json_builder_add_string_value (json, lt_photo_get_caption (photo));
      json_builder_set_member_name (json, "taken");
      json_builder_add_string_value (json, lt_photo_get_taken_at (photo));
      json_builder_end_object (json);
    }
  json_builder_end_array (json);
  return TRUE;
}

/* ---- texts and data ------------------------------------------------- */

static const char *
author_name (LtAuthor author)
{
  switch (author)
    {
    case LT_AUTHOR_CHILD:
      return "child";
    case LT_AUTHOR_TOGETHER:
      return "together";
    case LT_AUTHOR_ADULT:
    default:
      return "adult";
    }
}

static void
add_string (JsonBuilder *json,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (json, member);
  json_builder_add_string_value (json, value);
}

/* The pages of the child's book the child may see, in book order; the
 * ones the child wrote or wrote with an adult are also kept as text files. */
static gboolean
write_entries (LtStore     *store,
               LtChild     *child,
               const char  *folder,
               JsonBuilder *json,
               GError     **error)
{
  g_autoptr (GListModel) chapters = lt_store_list_chapters (store, child);
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *today = lt_date_today_iso ();

  if (g_mkdir (folder, 0700) != 0)
    return errno_error (error, errno, folder);
  json_builder_set_member_name (json, "entries");
  json_builder_begin_array (json);
  for (guint c = 0; c < g_list_model_get_n_items (chapters); c++)
    {
      g_autoptr (LtChapter) chapter = g_list_model_get_item (chapters, c);
      g_autoptr (GListModel) entries = lt_store_list_entries (store, chapter);

      for (guint e = 0; e < g_list_model_get_n_items (entries); e++)
        {
          g_autoptr (LtStoryEntry) entry = g_list_model_get_item (entries, e);
          LtAuthor author = lt_story_entry_get_author (entry);

          if (!lt_story_entry_is_shown_to (entry, LT_AUDIENCE_CHILD, today))
            continue;
          json_builder_begin_object (json);
          add_string (json, "chapter", lt_chapter_get_title (chapter));
          add_string (json, "title", lt_story_entry_get_title (entry));
          add_string (json, "date", lt_story_entry_get_date_text (entry));
          add_string (json, "text", lt_story_entry_get_body (entry));
          add_string (json, "written_by", author_name (author));
          json_builder_end_object (json);

          if (author != LT_AUTHOR_ADULT)
            {
              g_autofree char *title = g_strdup_printf ("%s %s.txt",
                                                        lt_story_entry_get_sort_date (entry) != NULL
                                                            ? lt_story_entry_get_sort_date (entry)
                                                            : "",
                                                        lt_story_entry_get_title (entry));
              g_autofree char *wanted = safe_name (g_strstrip (title));
              g_autofree char *name = unique_name (used, wanted);
              g_autofree char *path = g_build_filename (folder, name, NULL);
              g_autofree char *text = g_strdup_printf ("%s\n%s\n\n%s\n", lt_story_entry_get_title (entry),
                                                       lt_story_entry_get_date_text (entry) != NULL
                                                           ? lt_story_entry_get_date_text (entry)
                                                           : "",
                                                       lt_story_entry_get_body (entry) != NULL
                                                           ? lt_story_entry_get_body (entry)
                                                           : "");
              g_autoptr (GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));

              if (!lt_file_write_durably (path, bytes, error))
                return FALSE;
            }
        }
    }
  json_builder_end_array (json);
  return TRUE;
}

static void
add_placements (LtStore     *store,
                LtChild     *child,
                JsonBuilder *json)
{
  g_autoptr (GListModel) placements = lt_store_list_placements (store, child);

  json_builder_set_member_name (json, "placements");
  json_builder_begin_array (json);
  for (guint i = 0; i < g_list_model_get_n_items (placements); i++)
    {
      g_autoptr (LtPlacement) placement = g_list_model_get_item (placements, i);

      json_builder_begin_object (json);
      add_string (json, "place", lt_placement_get_place (placement));
      add_string (json, "from", lt_placement_get_start_date (placement));
      add_string (json, "to", lt_placement_get_end_date (placement));
      add_string (json, "why_i_moved", lt_placement_get_move_reason (placement));
      json_builder_end_object (json);
    }
  json_builder_end_array (json);
}

static void
add_people (LtStore     *store,
            LtChild     *child,
            JsonBuilder *json)
{
  g_autoptr (GListModel) persons = lt_store_list_persons (store, child);

  json_builder_set_member_name (json, "people");
  json_builder_begin_array (json);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    {
      g_autoptr (LtPerson) person = g_list_model_get_item (persons, i);

      json_builder_begin_object (json);
      add_string (json, "name", lt_person_get_name (person));
      add_string (json, "role", lt_person_role_to_label (lt_person_get_role (person)));
      json_builder_end_object (json);
    }
  json_builder_end_array (json);
}

static gboolean
write_data (LtStore    *store,
            LtChild    *child,
            GHashTable *left_out,
            const char *building,
            const char *photos_folder,
            const char *texts_folder,
            GError    **error)
{
  g_autoptr (JsonBuilder) json = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *made = g_date_time_format_iso8601 (now);
  g_autofree char *path = g_build_filename (building, "data.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GBytes) bytes = NULL;

  json_builder_begin_object (json);
  add_string (json, "format", "livstraad-child-copy");
  json_builder_set_member_name (json, "version");
  json_builder_add_int_value (json, FORMAT_VERSION);
  add_string (json, "made", made);
  json_builder_set_member_name (json, "child");
  json_builder_begin_object (json);
  add_string (json, "name", lt_child_get_name (child));
  add_string (json, "preferred_name", lt_child_get_preferred_name (child));
  add_string (json, "birth_date", lt_child_get_birth_date (child));
  json_builder_end_object (json);
  add_placements (store, child, json);
  add_people (store, child, json);
  if (!write_entries (store, child, texts_folder, json, error) ||
      !write_photos (store, child, left_out, photos_folder, json, error))
    return FALSE;
  json_builder_end_object (json);

  root = json_builder_get_root (json);
  text = json_to_string (root, TRUE);
  bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));
  return lt_file_write_durably (path, bytes, error);
}

/* ---- ZIP ----------------------------------------------------------- */

static gboolean
zip_folder (struct archive *zip,
            const char     *folder,
            const char     *prefix,
            GError        **error)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, error);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char      *path = g_build_filename (folder, name, NULL);
      g_autofree char      *entry_name = g_build_filename (prefix, name, NULL);
      struct archive_entry *entry;
      g_autofree char      *data = NULL;
      gsize                 length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (!zip_folder (zip, path, entry_name, error))
            return FALSE;
          continue;
        }
      if (!g_file_get_contents (path, &data, &length, error))
        return FALSE;
      entry = archive_entry_new ();
      archive_entry_set_pathname_utf8 (entry, entry_name);
      archive_entry_set_size (entry, length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_mtime (entry, time (NULL), 0);
      if (archive_write_header (zip, entry) != ARCHIVE_OK ||
          archive_write_data (zip, data, length) != (la_ssize_t) length)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not write the ZIP file: %s"),
                       archive_error_string (zip));
          archive_entry_free (entry);
          return FALSE;
        }
      archive_entry_free (entry);
    }
  return TRUE;
}

static gboolean
write_zip (const char *building,
           const char *top,
           const char *target,
           GError    **error)
{
  g_autofree char *temporary = g_strconcat (target, ".part-XXXXXX", NULL);
  int              fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  struct archive  *zip;
  gboolean         ok;

  if (fd < 0)
    return errno_error (error, errno, target);
  zip = archive_write_new ();
  archive_write_set_format_zip (zip);
  ok = archive_write_open_fd (zip, fd) == ARCHIVE_OK && zip_folder (zip, building, top, error);
  if (ok && archive_write_close (zip) != ARCHIVE_OK)
    ok = errno_error (error, EIO, target);
  archive_write_free (zip);
  if (ok && fsync (fd) != 0)
    ok = errno_error (error, errno, target);
  close (fd);
  if (!ok || !lt_file_rename_durably (temporary, target, error))
    {
      g_unlink (temporary);
      return FALSE;
    }
  return TRUE;
}

/* ---- public API ------------------------------------------------------ */

/* Returns: (transfer full): the copy's folder name, "Idas egen kopi". */
char *
lt_child_copy_name (LtChild *child)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (LT_IS_CHILD (child), NULL);

  /* TRANSLATORS: the name of the folder or ZIP file with a child's own copy */
  name = g_strdup_printf (_ ("%s’s own copy"), lt_child_get_display_name (child));
  return safe_name (name);
}

/**
 * lt_child_copy_write:
 * @left_out: (nullable) (element-type gint64): ids of photos to leave out
 * @target: the folder to make, or a file ending in ".zip"; must not exist
 *
 * Writes the child's own copy: "<name>.pdf" (the book without private
 * pages, with the family and network drawings), "Photos/" (original
 * files, GPS removed), "Texts/" (what the child wrote, alone or with an
 * adult) and "data.json" (see docs/child-copy-format.md).
 */
gboolean
lt_child_copy_write (LtStore    *store,
                     LtChild    *child,
                     GHashTable *left_out,
                     const char *target,
                     GError    **error)
{
  g_autofree char *parent = NULL;
  g_autofree char *building = NULL;
  g_autofree char *top = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *book = NULL;
  g_autofree char *photos = NULL;
  g_autofree char *texts = NULL;
  gboolean         zip;
  gboolean         ok;

  g_return_val_if_fail (LT_IS_STORE (store) && LT_IS_CHILD (child) && target != NULL, FALSE);

  if (g_file_test (target, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _ ("“%s” is already there. Move it away or choose another name."), target);
      return FALSE;
    }
  zip = g_str_has_suffix (target, ".zip");
  parent = g_path_get_dirname (target);
  building = g_build_filename (parent, ".livstraad-copy-XXXXXX", NULL);
  if (g_mkdtemp_full (building, 0700) == NULL)
    return errno_error (error, errno, parent);

  {
    g_autofree char *title = g_strdup_printf (_ ("%s’s Book"), lt_child_get_display_name (child));
    g_autofree char *safe = safe_name (title);

    book = g_strconcat (safe, ".pdf", NULL);
  }
  pdf = g_build_filename (building, book, NULL);
  photos = g_build_filename (building, _ ("Photos"), NULL);
  texts = g_build_filename (building, _ ("Texts"), NULL);
  /* The copy is the child's own: the book for the child, with the family
   * tree in the child's version. */
  ok = lt_book_export_to_file (store, child, pdf, LT_AUDIENCE_CHILD, TRUE, TRUE, LT_BOOK_PAPER_A4, NULL, error) &&
       write_data (store, child, left_out, building, photos, texts, error);
  if (ok && zip)
    {
      top = lt_child_copy_name (child);
      ok = write_zip (building, top, target, error);
      lt_file_remove_tree (building);
      return ok;
    }
  if (ok && g_rename (building, target) != 0)
    ok = errno_error (error, errno, target);
  if (!ok)
    lt_file_remove_tree (building);
  return ok;
}
