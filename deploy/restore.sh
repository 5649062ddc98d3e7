#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an EMPTY database (docs/deploy.md, "Backups";
# tested by tests/faults/backup-restore.test.ts).
#
#   createdb vigil_restored
#   DATABASE_URL=postgresql://…/vigil_restored deploy/restore.sh -i key.txt [-s storage] vigil-2026-12-06.dump.age
#
# `age` decrypts with the identity (the private key, kept offline) straight into pg_restore: the
# plaintext never touches the disk. One transaction: a wrong key, a truncated or damaged file or
# any failing statement leaves the database as empty as it was. With -s DIR the media archive
# beside the dump (vigil-2026-12-06.storage.tar.age) is unpacked into DIR, which must be empty.
# Use the pg_restore of the server's major version (put its directory first in PATH).
set -euo pipefail

usage() {
  echo "usage: DATABASE_URL=… $0 -i IDENTITY_FILE [-s STORAGE_DIR] BACKUP.dump.age" >&2
  exit 64
}

identity=""
storage=""
while getopts "i:s:" option; do
  case "$option" in
    i) identity="$OPTARG" ;;
    s) storage="$OPTARG" ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ "$#" -eq 1 ] || usage
[ -n "$identity" ] || usage
backup="$1"
case "$backup" in
  *.dump.age) ;;
  *) echo "$0: the backup's name must end in .dump.age" >&2 && exit 64 ;;
esac
: "${DATABASE_URL:?DATABASE_URL must name the empty database to restore into}"
[ -r "$backup" ] || { echo "$0: cannot read $backup" >&2 && exit 66; }
archive="${backup%.dump.age}.storage.tar.age"
if [ -n "$storage" ]; then
  [ -r "$archive" ] || { echo "$0: cannot read $archive" >&2 && exit 66; }
  if [ -e "$storage" ] && [ -n "$(ls -A "$storage")" ]; then
    echo "$0: $storage is not empty; restore the media into an empty folder" >&2
    exit 73
  fi
fi

# Anything made in the database beyond what CREATE DATABASE gives (the public schema and
# plpgsql): tables, sequences, views, types, functions, schemas or extensions.
existing="$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$DATABASE_URL" --command="
  SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%')
       + (SELECT count(*) FROM pg_namespace
          WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public')
            AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%')
       + (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql')
       + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public')
       + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public')")"
if [ "$existing" != "0" ]; then
  echo "$0: the target database is not empty ($existing objects); restore into a new database made with createdb" >&2
  exit 73
fi

age --decrypt -i "$identity" "$backup" |
  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL"

if [ -n "$storage" ]; then
  mkdir -p "$storage"
  age --decrypt -i "$identity" "$archive" | tar -C "$storage" -xf -
fi
echo "Restored $backup${storage:+ and its media into $storage}"
