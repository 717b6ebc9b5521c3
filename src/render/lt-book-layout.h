/* lt-book-layout.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Where everything in a life-story book goes: pages of positioned boxes,
 * measured with pango, painted by lt-book-pdf and checked by numbers.
 */
#pragma once

#include <pango/pango.h>

#include "lt-book.h"

G_BEGIN_DECLS

typedef enum
{
  LT_BOOK_BOX_TEXT,       /* some lines of a pango layout */
  LT_BOOK_BOX_PHOTO,      /* a photo; a placeholder when it cannot be read */
  LT_BOOK_BOX_BLOCK,      /* the warm block behind the child's own words */
  LT_BOOK_BOX_THREAD,     /* the life thread, a wavy line */
  LT_BOOK_BOX_LEADER,     /* dots from a chapter to its page number */
  LT_BOOK_BOX_ORNAMENT,   /* three dots between entries */
  LT_BOOK_BOX_BULLET,     /* a dot in the chapter's colour */
  LT_BOOK_BOX_BACKGROUND, /* the whole page: the cover's paper */
} LtBookBoxKind;

typedef enum
{
  LT_BOOK_TEXT_COVER_TITLE,
  LT_BOOK_TEXT_COVER_SUBTITLE,
  LT_BOOK_TEXT_CONTENTS_TITLE,
  LT_BOOK_TEXT_CONTENTS_CHAPTER,
  LT_BOOK_TEXT_CONTENTS_PAGE,
  LT_BOOK_TEXT_CHAPTER_NUMBER,
  LT_BOOK_TEXT_CHAPTER_TITLE,
  LT_BOOK_TEXT_CHILD_LABEL,    /* "In my own words" */
  LT_BOOK_TEXT_TOGETHER_LABEL, /* "Written together" */
  LT_BOOK_TEXT_ENTRY_TITLE,
  LT_BOOK_TEXT_DATE,
  LT_BOOK_TEXT_BODY,
  LT_BOOK_TEXT_CHILD_BODY,
  LT_BOOK_TEXT_CAPTION,
  LT_BOOK_TEXT_PAGE_NUMBER,
  LT_BOOK_N_TEXT_STYLES,
} LtBookTextStyle;

typedef struct
{
  LtBookBoxKind kind;
  double        x, y, width, height; /* points, from the page's top left */
  guint         accent;              /* colour: the chapter's, 0 before the first */

  /* LT_BOOK_BOX_TEXT: lines first_line … first_line + n_lines - 1 of
   * @text; a paragraph split over two pages shares one layout. */
  LtBookTextStyle style;
  PangoLayout    *text; /* owned reference */
  int             first_line;
  int             n_lines;

  /* LT_BOOK_BOX_PHOTO */
  const LtBookPhoto *photo;       /* borrowed from the book */
  int                file_width;  /* the file's pixels, before turning; */
  int                file_height; /* 0 when it cannot be read */
  gboolean           on_cover;    /* framed and tilted like a print */
} LtBookBox;

typedef struct
{
  guint      number; /* printed at its foot; 0 for none (the cover) */
  guint      accent;
  GPtrArray *boxes; /* LtBookBox *, in painting order */
} LtBookLayoutPage;

typedef struct
{
  LtBookPaper   paper;
  double        width, height;         /* the page, in points */
  double        margin_x, top, bottom; /* the text area */
  PangoContext *context;               /* the layouts' (owned) */
  GPtrArray    *pages;                 /* LtBookLayoutPage * */
  GArray       *chapter_pages;         /* guint: page index where each chapter starts */
} LtBookLayout;

/* Photos are never taller than this share of the page. */
#define LT_BOOK_PHOTO_MAX_HEIGHT 0.45
/* Drawings (family tree, network map) may take most of a page: their
 * names must stay readable. */
#define LT_BOOK_DRAWING_MAX_HEIGHT 0.72
/* The white border round the cover photo, in points. */
#define LT_BOOK_COVER_FRAME 12.0

LtBookLayout           *lt_book_layout_new (const LtBook *book);
void                    lt_book_layout_free (LtBookLayout *self);
guint                   lt_book_layout_get_n_pages (const LtBookLayout *self);
const LtBookLayoutPage *lt_book_layout_get_page (const LtBookLayout *self,
                                                 guint               index);
char                   *lt_book_layout_dup_page_text (const LtBookLayout *self,
                                                      guint               index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtBookLayout, lt_book_layout_free)

G_END_DECLS
