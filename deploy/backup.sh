#!/usr/bin/env bash
# Encrypted backup of Vigil's database (docs/deploy.md, "Backups"; tested by
# tests/faults/backup-restore.test.ts).
#
#   DATABASE_URL=postgresql://… deploy/backup.sh -r age1… [-s storage] vigil-2026-12-06.dump.age
#
# pg_dump's custom-format archive goes straight into `age`, encrypted to a public key: the
# plaintext never touches the disk, and this server never holds the key that opens the backup.
# With -s DIR (VIGIL_MEDIA_STORAGE=local) the media folder is archived after the dump, so that
# every MediaAsset row in the dump names a file, into a second file beside the first:
# vigil-2026-12-06.storage.tar.age. Each file appears under its name only when complete.
# Use the pg_dump of the server's major version (put its directory first in PATH).
set -euo pipefail

usage() {
  echo "usage: DATABASE_URL=… $0 (-r RECIPIENT | -R RECIPIENTS_FILE) [-s STORAGE_DIR] OUTPUT.dump.age" >&2
  exit 64
}

recipients=()
storage=""
while getopts "r:R:s:" option; do
  case "$option" in
    r) recipients+=(-r "$OPTARG") ;;
    R) recipients+=(-R "$OPTARG") ;;
    s) storage="$OPTARG" ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ "$#" -eq 1 ] || usage
[ "${#recipients[@]}" -gt 0 ] || usage
output="$1"
case "$output" in
  *.dump.age) ;;
  *) echo "$0: the output's name must end in .dump.age" >&2 && exit 64 ;;
esac
: "${DATABASE_URL:?DATABASE_URL must name the database to back up}"
if [ -n "$storage" ] && [ ! -d "$storage" ]; then
  echo "$0: $storage is not a folder" >&2
  exit 66
fi

# Only this user may read what is written (it is encrypted, but its size and name are still data).
umask 077
partials=()
cleanup() { rm -f "${partials[@]}"; }
trap cleanup EXIT

dump_partial="$(mktemp "$output.partial.XXXXXX")"
partials+=("$dump_partial")
pg_dump --format=custom --dbname="$DATABASE_URL" | age "${recipients[@]}" >"$dump_partial"

if [ -n "$storage" ]; then
  archive="${output%.dump.age}.storage.tar.age"
  archive_partial="$(mktemp "$archive.partial.XXXXXX")"
  partials+=("$archive_partial")
  tar -C "$storage" -cf - . | age "${recipients[@]}" >"$archive_partial"
  mv -f "$archive_partial" "$archive"
fi
# The dump last: a complete .dump.age means the whole backup is complete.
mv -f "$dump_partial" "$output"
echo "Backup written: $output${storage:+ and ${output%.dump.age}.storage.tar.age}"
