#!/usr/bin/env bash
# check-appstream.sh — validates the metainfo; warnings fail too, since
# software centres show them to users.  Usage: check-appstream.sh FILE
set -u
out="$(appstreamcli validate --no-net --explain "$1" 2>&1)"
status=$?
echo "$out"
[ $status -eq 0 ] || exit 1
if grep -qE '^[[:space:]]*W:' <<<"$out"; then echo "appstream warnings" >&2; exit 1; fi
exit 0
