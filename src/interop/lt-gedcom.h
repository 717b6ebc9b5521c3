/* lt-gedcom.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Reading GEDCOM 5.5.1 files from genealogy programs: individuals and
 * families, with a report of what was skipped.  Nothing here touches the
 * store; lt-gedcom-import brings the result in.
 */
#pragma once

#include <gio/gio.h>

#include "lt-person.h"

G_BEGIN_DECLS

#define LT_GEDCOM_ERROR (lt_gedcom_error_quark ())

typedef enum
{
  LT_GEDCOM_ERROR_NOT_GEDCOM, /* empty, binary, or not starting with "0 HEAD" */
  LT_GEDCOM_ERROR_ENCODING,   /* a character set Livstråd cannot read, or broken bytes */
  LT_GEDCOM_ERROR_TOO_LARGE,
  LT_GEDCOM_ERROR_IO,
} LtGedcomError;

#define LT_GEDCOM_MAX_BYTES (32 * 1024 * 1024)
#define LT_GEDCOM_MAX_INDIVIDUALS 100000

/* How a child belongs to a family (INDI.FAMC.PEDI). */
typedef enum
{
  LT_GEDCOM_PEDIGREE_BIRTH,
  LT_GEDCOM_PEDIGREE_ADOPTED,
  LT_GEDCOM_PEDIGREE_FOSTER,
  LT_GEDCOM_PEDIGREE_STEP,
} LtGedcomPedigree;

typedef enum
{
  LT_GEDCOM_UNION_PARTNERS, /* no marriage recorded */
  LT_GEDCOM_UNION_MARRIED,
  LT_GEDCOM_UNION_DIVORCED,
} LtGedcomUnion;

typedef struct
{
  char    *xref; /* "I1" for "@I1@" */
  char    *name; /* "Karen Sørensen"; NULL when the file gives none */
  LtGender gender;
  int      birth_year; /* 0 when not known */
  int      death_year;
  gboolean deceased; /* also for "1 DEAT Y" with no date */
  guint    line;
} LtGedcomIndividual;

typedef struct
{
  char         *xref;
  char         *husband; /* xrefs, or NULL */
  char         *wife;
  GPtrArray    *children;  /* char * xrefs, in file order */
  GArray       *pedigrees; /* LtGedcomPedigree, one per child */
  LtGedcomUnion union_kind;
  guint         line;
} LtGedcomFamily;

typedef struct
{
  GPtrArray  *individuals;    /* LtGedcomIndividual *, file order */
  GPtrArray  *families;       /* LtGedcomFamily *, file order */
  GPtrArray  *skipped;        /* char *: what was left out and why, for a person to read */
  char       *encoding;       /* "UTF-8" or "ASCII" */
  char       *source_program; /* HEAD.SOUR, nullable */
  GHashTable *by_xref;        /* private: use lt_gedcom_file_lookup() */
} LtGedcomFile;

GQuark                    lt_gedcom_error_quark (void);
LtGedcomFile             *lt_gedcom_parse (GBytes  *bytes,
                                           GError **error);
LtGedcomFile             *lt_gedcom_parse_file (GFile        *file,
                                                GCancellable *cancellable,
                                                GError      **error);
void                      lt_gedcom_file_free (LtGedcomFile *file);
const LtGedcomIndividual *lt_gedcom_file_lookup (const LtGedcomFile *file,
                                                 const char         *xref);
int                       lt_gedcom_parse_year (const char *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LtGedcomFile, lt_gedcom_file_free)

G_END_DECLS
