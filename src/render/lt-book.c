/* lt-book.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The life-story book snapshot: plain structs made on the main thread and
 * handed whole to the worker that writes the PDF.
 */
#include "config.h"

#include "lt-book.h"
#include "lt-media.h"

static void
photo_free (LtBookPhoto *photo)
{
  if (photo->drawing != NULL && photo->drawing->destroy != NULL)
    photo->drawing->destroy (photo->drawing->data);
  g_free (photo->drawing);
  g_free (photo->path);
  g_free (photo->caption);
  g_free (photo);
}

static void
entry_free (LtBookEntry *entry)
{
  g_free (entry->title);
  g_free (entry->date_text);
  g_free (entry->text);
  g_ptr_array_unref (entry->photos);
  g_free (entry);
}

static void
chapter_free (LtBookChapter *chapter)
{
  g_free (chapter->title);
  g_ptr_array_unref (chapter->entries);
  g_free (chapter);
}

static LtBookPhoto *
photo_new (const char *path,
           const char *caption,
           int         orientation)
{
  LtBookPhoto *photo = g_new0 (LtBookPhoto, 1);

  photo->path = g_strdup (path);
  photo->caption = g_strdup (caption);
  photo->orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
  return photo;
}

/* Returns: (transfer full): an empty A4 book called @title. */
LtBook *
lt_book_new (const char *title)
{
  LtBook *book;

  g_return_val_if_fail (title != NULL, NULL);

  book = g_new0 (LtBook, 1);
  book->title = g_strdup (title);
  book->paper = LT_BOOK_PAPER_A4;
  book->chapters = g_ptr_array_new_with_free_func ((GDestroyNotify) chapter_free);
  return book;
}

void
lt_book_free (LtBook *book)
{
  if (book == NULL)
    return;
  g_free (book->title);
  g_free (book->subtitle);
  g_clear_pointer (&book->cover, photo_free);
  g_ptr_array_unref (book->chapters);
  lt_secret_free (book->media_key);
  g_free (book);
}

/* The book's photos are sealed with @key (the child's media key); %NULL
 * for a plain household. */
void
lt_book_set_media_key (LtBook         *book,
                       const LtSecret *key)
{
  g_return_if_fail (book != NULL);

  g_clear_pointer (&book->media_key, lt_secret_free);
  book->media_key = key != NULL ? lt_secret_copy (key) : NULL;
}

/* Returns: (transfer full): the bytes of the photo file at @path, unsealed
 * with the book's media key; nothing readable is written anywhere. */
GBytes *
lt_book_read_photo (const LtBook *book,
                    const char   *path,
                    GError      **error)
{
  g_return_val_if_fail (book != NULL && path != NULL, NULL);

  return lt_media_load (path, book->media_key, error);
}

/* Returns: (transfer none): the new chapter, last in @book. */
LtBookChapter *
lt_book_add_chapter (LtBook     *book,
                     const char *title)
{
  LtBookChapter *chapter;

  g_return_val_if_fail (book != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  chapter = g_new0 (LtBookChapter, 1);
  chapter->title = g_strdup (title);
  chapter->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_ptr_array_add (book->chapters, chapter);
  return chapter;
}

/* Returns: (transfer none): the new entry, last in @chapter. */
LtBookEntry *
lt_book_chapter_add_entry (LtBookChapter *chapter,
                           const char    *title,
                           const char    *date_text,
                           const char    *text,
                           LtBookAuthor   author)
{
  LtBookEntry *entry;

  g_return_val_if_fail (chapter != NULL, NULL);

  entry = g_new0 (LtBookEntry, 1);
  entry->title = g_strdup (title != NULL ? title : "");
  entry->date_text = g_strdup (date_text);
  entry->text = g_strdup (text);
  entry->author = author;
  entry->photos = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_free);
  g_ptr_array_add (chapter->entries, entry);
  return entry;
}

/* Returns: (transfer none): the new photo, last in @entry. */
LtBookPhoto *
lt_book_entry_add_photo (LtBookEntry *entry,
                         const char  *path,
                         const char  *caption,
                         int          orientation)
{
  LtBookPhoto *photo;

  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  photo = photo_new (path, caption, orientation);
  g_ptr_array_add (entry->photos, photo);
  return photo;
}

/**
 * lt_book_entry_add_drawing:
 * @name: unique in the book, like a photo's path
 * @width, @height: the drawing's own size in points
 * @draw: paints it; called on the thread that lays out and paints the book
 * @destroy: (nullable): frees @data with the book
 *
 * Returns: (transfer none): the new drawing, last in @entry
 */
LtBookPhoto *
lt_book_entry_add_drawing (LtBookEntry   *entry,
                           const char    *name,
                           const char    *caption,
                           double         width,
                           double         height,
                           LtBookDrawFunc draw,
                           gpointer       data,
                           GDestroyNotify destroy)
{
  LtBookPhoto *photo = lt_book_entry_add_photo (entry, name, caption, 1);

  g_return_val_if_fail (width > 0 && height > 0 && draw != NULL, photo);

  photo->drawing = g_new0 (LtBookDrawing, 1);
  photo->drawing->width = width;
  photo->drawing->height = height;
  photo->drawing->draw = draw;
  photo->drawing->data = data;
  photo->drawing->destroy = destroy;
  return photo;
}

void
lt_book_set_cover (LtBook     *book,
                   const char *path,
                   int         orientation)
{
  g_return_if_fail (book != NULL);

  g_clear_pointer (&book->cover, photo_free);
  if (path != NULL)
    book->cover = photo_new (path, NULL, orientation);
}
