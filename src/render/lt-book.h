/* lt-book.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * The life-story book as the renderer sees it: an immutable snapshot of one
 * child's book (texts and photo file paths), made on the main thread from
 * the store and laid out and painted on a worker thread, never touching
 * the database.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lt-secret.h"

G_BEGIN_DECLS

typedef enum
{
  LT_BOOK_AUTHOR_ADULT,
  LT_BOOK_AUTHOR_CHILD, /* the child's own words: set apart in the book */
  LT_BOOK_AUTHOR_TOGETHER,
} LtBookAuthor;

typedef enum
{
  LT_BOOK_PAPER_A4,
  LT_BOOK_PAPER_A5,
} LtBookPaper;

/* A drawing placed like a photo but painted as vectors (the family tree,
 * the network map): @draw paints it at 0, 0 in @width × @height points. */
typedef void (*LtBookDrawFunc) (cairo_t *cr,
                                gpointer data);

typedef struct
{
  double         width, height;
  LtBookDrawFunc draw;
  gpointer       data;
  GDestroyNotify destroy;
} LtBookDrawing;

typedef struct
{
  char          *path;        /* the photo file (JPEG, PNG …), readable; a name for a drawing */
  LtBookDrawing *drawing;     /* nullable: a drawing rather than a photo file */
  char          *caption;     /* nullable */
  int            orientation; /* EXIF orientation 1–8; 1 when unknown */
} LtBookPhoto;

typedef struct
{
  char        *title;
  char        *date_text; /* already formatted: "sommeren 2019", "3. maj 2016" */
  char        *text;      /* paragraphs separated by blank lines; nullable */
  LtBookAuthor author;
  GPtrArray   *photos; /* LtBookPhoto * */
} LtBookEntry;

typedef struct
{
  char      *title;
  GPtrArray *entries; /* LtBookEntry * */
} LtBookChapter;

typedef struct
{
  char        *title;    /* "Idas bog" */
  char        *subtitle; /* nullable: "12 år · født 12. marts 2014" */
  LtBookPhoto *cover;    /* nullable */
  LtBookPaper  paper;
  GPtrArray   *chapters;  /* LtBookChapter * */
  LtSecret    *media_key; /* nullable: the photo files are sealed with it */
} LtBook;

LtBook        *lt_book_new (const char *title);
void           lt_book_free (LtBook *book);
LtBookChapter *lt_book_add_chapter (LtBook     *book,
                                    const char *title);
LtBookEntry   *lt_book_chapter_add_entry (LtBookChapter *chapter,
                                          const char    *title,
                                          const char    *date_text,
                                          const char    *text,
                                          LtBookAuthor   author);
LtBookPhoto   *lt_book_entry_add_photo (LtBookEntry *entry,
                                        const char  *path,
                                        const char  *caption,
                                        int          orientation);
LtBookPhoto   *lt_book_entry_add_drawing (LtBookEntry   *entry,
                                          const char    *name,
                                          const char    *caption,
                                          double         width,
                                          double         height,
                                          LtBookDrawFunc draw,
                                          gpointer       data,
                                          GDestroyNotify destroy);
void           lt_book_set_media_key (LtBook         *book,
                                      const LtSecret *key);
GBytes        *lt_book_read_photo (const LtBook *book,
                                   const char   *path,
                                   GError      **error);
void           lt_book_set_cover (LtBook     *book,
                                  const char *path,
                                  int         orientation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtBook, lt_book_free)

G_END_DECLS
