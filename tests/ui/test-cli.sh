#!/usr/bin/env bash
# test-cli.sh — the headless commands work with no display, and the binary
# links SQLCipher and no other SQLite.  Usage: test-cli.sh PATH-TO-livstraad
set -euo pipefail

livstraad="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" HOME="$work"
unset DISPLAY WAYLAND_DISPLAY

fail() { echo "FAIL: $*" >&2; exit 1; }

# One SQLite only: SQLCipher's.  Two would clash symbol for symbol.
libs="$(ldd "$livstraad")"
grep -q 'libsqlcipher' <<<"$libs" || fail "livstraad does not link libsqlcipher"
if grep -q 'libsqlite3' <<<"$libs"; then fail "livstraad links libsqlite3"; fi

"$livstraad" --version | grep -q '^livstraad ' || fail "--version"

# An encrypted household: set up with a passphrase on standard input; every
# command after that reads the passphrase the same way.
passphrase='grøn hest på taget'
household() {
  printf '%s\n' "$passphrase" | "$livstraad" --database "$work/copy.db" "$@"
}
if "$livstraad" --database "$work/copy.db" --export-json "$work/x.json" </dev/null 2>"$work/err"; then
  fail "a missing household opened"
fi
grep -q 'no household at' "$work/err" || fail "no clear message for a missing household"
printf '%s\n' "$passphrase" | "$livstraad" --database "$work/copy.db" --set-up Mette >"$work/setup.txt" \
  || fail "--set-up"
recovery="$(grep -E '^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$' "$work/setup.txt")" || fail "no recovery key printed"
[ "$(stat -c %a "$work/copy.keys")" = 600 ] || fail "the key file is readable by others"

# Export the demo household, import it into the new database, export again.
"$livstraad" --demo --export-json "$work/demo.json" >/dev/null
grep -q '"Ida Marie Sørensen"' "$work/demo.json" || fail "the export lacks the demo child"
[ "$(stat -c %a "$work/demo.json")" = 600 ] || fail "the export is readable by others"
household --import-json "$work/demo.json" | grep -q '3' || fail "import did not report 3 children"
household --export-json "$work/again.json" >/dev/null
cmp -s "$work/demo.json" "$work/again.json" || fail "export → import → export differs"

# On disk nothing of the children can be read, and only the right secret opens it.
for f in "$work"/copy.*; do
  ! grep -qa 'Sørensen' "$f" || fail "a child's name is readable in $f"
done
if printf 'blå ko i haven\n' | "$livstraad" --database "$work/copy.db" --export-json "$work/x.json" 2>"$work/err"; then
  fail "a wrong passphrase opened the household"
fi
grep -q 'not right' "$work/err" || fail "no clear message for a wrong passphrase"
[ ! -e "$work/x.json" ] || fail "a wrong passphrase wrote an export"
printf '%s\n' "$recovery" | "$livstraad" --database "$work/copy.db" --recovery-key \
  --export-json "$work/by-recovery.json" >/dev/null || fail "the recovery key did not open the household"
cmp -s "$work/demo.json" "$work/by-recovery.json" || fail "the recovery key opened other data"

# A backup restores on "another machine" (a new data folder) with the recovery key;
# a truncated one is refused and the household there stays as it was.
household --backup "$work/home.ltbackup" | grep -q 'checked' || fail "--backup"
[ "$(stat -c %a "$work/home.ltbackup")" = 600 ] || fail "the backup is readable by others"
! grep -qa 'Sørensen' "$work/home.ltbackup" || fail "a child's name is readable in the backup"
printf '%s\n' "$recovery" | "$livstraad" --database "$work/other/household.db" --recovery-key \
  --restore "$work/home.ltbackup" >/dev/null || fail "--restore with the recovery key"
printf '%s\n' "$passphrase" | "$livstraad" --database "$work/other/household.db" \
  --export-json "$work/restored.json" >/dev/null || fail "the restored household did not open"
cmp -s "$work/demo.json" "$work/restored.json" || fail "backup → restore changed the household"
head -c 20000 "$work/home.ltbackup" >"$work/cut.ltbackup"
before="$(sha256sum "$work/other/household.db")"
if printf '%s\n' "$passphrase" | "$livstraad" --database "$work/other/household.db" \
  --restore "$work/cut.ltbackup" 2>"$work/err"; then
  fail "a truncated backup was restored"
fi
grep -q 'damaged or incomplete' "$work/err" || fail "no clear message for a truncated backup"
[ "$before" = "$(sha256sum "$work/other/household.db")" ] || fail "a refused restore changed the household"

# The demo never lands in the real household.
[ ! -e "$work/data/livstraad/household.db" ] || fail "the demo wrote into the real household"

# Importing the same children twice is refused, and nothing is added.
if household --import-json "$work/demo.json" 2>"$work/err"; then
  fail "a second import of the same children succeeded"
fi
grep -q 'already in this household' "$work/err" || fail "no clear message for a duplicate import"

# A file that is not a household database is refused clearly and left alone.
printf 'not a database, just some text that is long enough to be a page.......' >"$work/notes.txt"
before="$(sha256sum "$work/notes.txt")"
if "$livstraad" --database "$work/notes.txt" --export-json "$work/x.json" 2>"$work/err"; then
  fail "a text file opened as a household"
fi
grep -q 'not a Livstråd household' "$work/err" || fail "no clear message for a text file"
[ "$before" = "$(sha256sum "$work/notes.txt")" ] || fail "the text file was changed"

# A broken JSON file is refused with the reason.
printf '{"format": "livstraad-household", "version": 1, "children": [{"name": 3}]}' >"$work/bad.json"
if household --import-json "$work/bad.json" 2>"$work/err"; then
  fail "a broken household file was imported"
fi
grep -q 'wrong type' "$work/err" || fail "no clear message for a broken household file"

# The life-story book as PDF, with no display: the child's words in; a
# page for professionals only is out of the child's book, with a kind
# note in its place, and in the book made for professionals.
"$livstraad" --demo --export-book Ida --output "$work/ida.pdf" >/dev/null
[ "$(stat -c %a "$work/ida.pdf")" = 600 ] || fail "the book is readable by others"
pdftotext "$work/ida.pdf" "$work/ida.txt"
grep -q 'Mit værelse i Brønderslev' "$work/ida.txt" || fail "the book lacks a page with æø"
if grep -q 'Svære dage' "$work/ida.txt"; then fail "a page for professionals was in the child's book"; fi
grep -q 'Kept for Later' "$work/ida.txt" || fail "the child's book is silent where a page is kept back"
"$livstraad" --demo --export-book Ida --audience professionals --paper a5 --output "$work/ida-all.pdf" >/dev/null
pdftotext "$work/ida-all.pdf" - | grep -q 'Svære dage' || fail "--audience professionals left their page out"
if "$livstraad" --demo --export-book Ida --audience neighbours --output "$work/x.pdf" 2>"$work/err"; then
  fail "a book for an unknown audience"
fi
grep -q 'neighbours' "$work/err" || fail "no clear message for an unknown audience"
pdfinfo "$work/ida-all.pdf" | grep -q '419.5[0-9]* x 595' || fail "--paper a5 did not give A5 pages"
if "$livstraad" --demo --export-book Nobody --output "$work/x.pdf" 2>"$work/err"; then
  fail "a book for a child who is not there"
fi
grep -q 'Nobody' "$work/err" || fail "no clear message for an unknown child"

# The family tree and the network map, in each format, readable by the owner only.
for format in png svg pdf; do
  "$livstraad" --demo --export-genogram Ida --output "$work/family.$format" >/dev/null
  "$livstraad" --demo --export-network Ida --output "$work/network.$format" >/dev/null
  [ "$(stat -c %a "$work/family.$format")" = 600 ] || fail "the family tree is readable by others"
done
pdftotext "$work/family.pdf" - | grep -q 'Camilla Sørensen' || fail "the family tree lacks a name with ø"
pdftotext "$work/network.pdf" - | grep -q 'Hanne Bæk' || fail "the network map lacks the teacher"
pdftotext "$work/family.pdf" - | grep -q '25.6.2021' || fail "the family tree lacks the date of Ida's home"
# The child's own family tree: first names, no family names, no dates.
"$livstraad" --demo --export-genogram Ida --child-friendly --output "$work/mine.pdf" >/dev/null
[ "$(stat -c %a "$work/mine.pdf")" = 600 ] || fail "the child's family tree is readable by others"
pdftotext "$work/mine.pdf" "$work/mine.txt"
grep -q 'Camilla' "$work/mine.txt" || fail "the child's family tree lacks her mother"
grep -q 'Anne' "$work/mine.txt" || fail "the child's family tree lacks her foster mother"
if grep -q 'Sørensen\|2021' "$work/mine.txt"; then
  fail "the child's family tree has family names or dates"
fi
# The book with the drawings: the child's family tree in the book for the
# child, the professional one in a book for professionals (or the child's
# when asked for).
"$livstraad" --demo --export-book Ida --with-drawings --audience professionals \
  --output "$work/book-tree.pdf" >/dev/null
pdftotext "$work/book-tree.pdf" - | grep -q 'Caregiver (foster parent)' \
  || fail "the book's family tree lacks the caregiver line"
"$livstraad" --demo --export-book Ida --with-drawings --output "$work/book-mine.pdf" >/dev/null
pdftotext "$work/book-mine.pdf" - | grep -q 'Grown-ups who take care of me' \
  || fail "the book for the child does not have the child's family tree"
"$livstraad" --demo --export-book Ida --with-drawings --audience parents --child-friendly \
  --output "$work/book-parents.pdf" >/dev/null
pdftotext "$work/book-parents.pdf" - | grep -q 'Grown-ups who take care of me' \
  || fail "--child-friendly did not put the child's family tree in the book"
if "$livstraad" --demo --export-genogram Ida --output "$work/family.doc" 2>"$work/err"; then
  fail "a family tree in an unknown format"
fi
grep -q '.png, .svg or .pdf' "$work/err" || fail "no clear message for an unknown format"

# A genealogy file adds people once: the second time, nobody is new.
fixtures="$(dirname "$0")/../fixtures/gedcom"
household --import-gedcom "$fixtures/family.ged" --child Ida \
  >"$work/out" || fail "the GEDCOM import failed"
# Ida’s demo family is already there: those six are used, and the aunt’s
# family is added.
grep -q '^[1-9][0-9]* people and [1-9][0-9]* relations added; 6 were already there' "$work/out" \
  || fail "unexpected GEDCOM import: $(cat "$work/out")"
grep -q 'SOUR' "$work/out" || fail "the GEDCOM import did not report the sources it left out"
household --import-gedcom "$fixtures/family.ged" --child Ida \
  | grep -q '^0 people' || fail "a second GEDCOM import added people again"
household --export-genogram Ida --output "$work/tree.pdf" >/dev/null
pdftotext "$work/tree.pdf" - | grep -q 'Åse Sørensen' || fail "the imported aunt is not in the tree"
if household --import-gedcom "$fixtures/ansel.ged" --child Ida \
  2>"$work/err"; then
  fail "an ANSEL file was imported"
fi
grep -q 'ANSEL' "$work/err" || fail "no clear message for an ANSEL file"

# The school overview: one page, with the school, a goal and the absence.
"$livstraad" --demo --export-school-overview Ida --output "$work/school.pdf" >/dev/null
[ "$(pdfinfo "$work/school.pdf" | sed -n 's/^Pages: *//p')" = 1 ] || fail "the school overview is not one page"
pdftotext "$work/school.pdf" - >"$work/school.txt"
grep -q 'Brønderslev Skole' "$work/school.txt" || fail "the school overview lacks the school"
grep -q 'Ida læser 20 minutter hver dag' "$work/school.txt" || fail "the school overview lacks a goal"
if "$livstraad" --demo --export-school-overview Nobody --output "$work/nobody.pdf" 2>/dev/null; then
  fail "a school overview was made for a child who is not there"
fi

# The everyday agreements: Ida's, grouped by topic, with the Danish text.
"$livstraad" --demo --export-agreements Ida --output "$work/agreements.pdf" >/dev/null
[ "$(stat -c %a "$work/agreements.pdf")" = 600 ] || fail "the agreements are readable by others"
pdftotext "$work/agreements.pdf" - >"$work/agreements.txt"
grep -q 'Everyday Agreements for Ida' "$work/agreements.txt" || fail "the agreements lack their title"
grep -q 'Klipning hos frisør' "$work/agreements.txt" || fail "the agreements lack the haircut"
if "$livstraad" --demo --export-agreements Nobody --output "$work/nobody.pdf" 2>/dev/null; then
  fail "agreements were written for a child who is not there"
fi

# The calendar as iCalendar: the fortnightly visit with its cancelled
# Saturday, readable by the owner only; an invitation imported once.
"$livstraad" --demo --export-ics Ida --output "$work/ida.ics" >/dev/null
[ "$(stat -c %a "$work/ida.ics")" = 600 ] || fail "the calendar is readable by others"
grep -q '^RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA' "$work/ida.ics" || fail "the visit's rule is missing"
grep -q '^EXDATE;TZID=Europe/Copenhagen:20261031T100000' "$work/ida.ics" \
  || fail "the cancelled visit is not an EXDATE in Copenhagen time"
if grep -q '^SUMMARY:Ida: ' "$work/ida.ics"; then fail "a child's own calendar names the child"; fi
# The household's calendar: every child's events, each saying whose it is.
"$livstraad" --demo --export-household-ics --output "$work/home.ics" >/dev/null
for name in Ida Mo Freja; do
  grep -q "^SUMMARY:$name[^:]*: " "$work/home.ics" || fail "$name's events are not in the household calendar"
done
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:m-1@example.dk\r\nSUMMARY:Opstartsmøde\r\nDTSTART;TZID=Europe/Copenhagen:20261210T130000\r\nDTEND;TZID=Europe/Copenhagen:20261210T140000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$work/invite.ics"
household --import-ics "$work/invite.ics" --child Ida \
  | grep -q '^1 event added' || fail "the invitation was not imported"
household --import-ics "$work/invite.ics" --child Ida \
  | grep -q '^0 events added, 1 already there' || fail "the invitation was imported twice"
if household --import-ics "$work/notes.txt" --child Ida 2>"$work/err"; then
  fail "a text file was imported as a calendar"
fi
grep -q 'not a calendar file' "$work/err" || fail "no clear message for a text file as calendar"

# The visit overview for a meeting: for the parents by default, and for
# professionals when asked, which it says on the page.
"$livstraad" --demo --export-visit-overview Ida --output "$work/visits.pdf" >/dev/null
pdftotext "$work/visits.pdf" - | grep -q 'For the parents' || fail "the overview does not say it is for the parents"
"$livstraad" --demo --export-visit-overview Ida --audience professionals --output "$work/visits-pro.pdf" >/dev/null
pdftotext "$work/visits-pro.pdf" - | grep -q 'Not for the parents' || fail "the professionals' overview is not marked"

# The daily log for a meeting: the note marked for the parents, never the
# notes for the adults here or for professionals.
"$livstraad" --demo --export-log Ida --audience parents --from 2026-11-01 --to 2026-11-30 \
  --output "$work/log.pdf" >/dev/null
[ "$(stat -c %a "$work/log.pdf")" = 600 ] || fail "the daily log printout is readable by others"
pdftotext "$work/log.pdf" "$work/log.txt"
grep -q 'kanelsnegle' "$work/log.txt" || fail "the log for the parents lacks their note"
if grep -q 'Hanne ringede\|Sov hele natten' "$work/log.txt"; then
  fail "the log for the parents has notes not marked for them"
fi
if "$livstraad" --demo --export-log Ida --from 1.11.2026 --output "$work/x.pdf" 2>/dev/null; then
  fail "a daily log with a day that is not YYYY-MM-DD"
fi

# The handover package of Freja's planned move; none is planned for Ida.
mkdir "$work/handover"
"$livstraad" --demo --export-handover "Freja Ålund Nielsen" --output "$work/handover" >/dev/null
package="$work/handover/Freja Ålund Nielsen – overlevering"
[ "$(stat -c %a "$package")" = 700 ] || fail "the handover folder is readable by others"
pdftotext "$package/overlevering.pdf" - | grep -q 'Min kanin Bobbi' || fail "the handover lacks the about-me page"
if "$livstraad" --demo --export-handover Ida --output "$work/handover" 2>"$work/err"; then
  fail "a handover without a planned move"
fi
grep -q 'No move is planned' "$work/err" || fail "no clear message without a planned move"

echo "ok: headless commands"
