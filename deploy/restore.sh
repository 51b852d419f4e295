#!/usr/bin/env bash
# Restores a set written by deploy/backup.sh into an empty PostgreSQL database and a media folder, for a new
# VRSS cluster to start on. README "Backups and restore".
#
#   deploy/restore.sh SET_DIR [--dbname URI] (--media-dir DIR | --no-media) [--force] [--keep-membership]
#
#   SET_DIR            a set folder (DEST/vrss-YYYYmmddTHHMMSSZ); its manifest's sizes and SHA-256 are
#                      checked before anything is touched
#   --dbname URI       the target database, which must exist (createdb) and be empty; without it, libpq's
#                      PGHOST, PGPORT, PGUSER and PGDATABASE. Passwords through PGPASSWORD or ~/.pgpass only
#   --media-dir DIR    where the Local media go (the new silos' Vrss:Media:Local:DataPath); must be absent
#                      or empty
#   --no-media         restore the database only (S3 media, or a set without media)
#   --force            restore over a database that has tables (pg_restore --clean) and over a media
#                      folder that has files (moved aside to DIR.before-restore-<time>, not deleted)
#   --keep-membership  keep the old cluster's Orleans membership rows (by default they are deleted: the
#                      restored cluster's silos are new processes and must not wait on dead ones)
#
# Exit status: 0 done, 1 failed (nothing restored when the checks fail), 2 usage.
set -euo pipefail

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "restore.sh: $*" >&2; exit 1; }
usage_error() { echo "restore.sh: $*" >&2; echo "Run deploy/restore.sh --help for usage." >&2; exit 2; }

set_dir="" dbname="" media_dir="" no_media=0 force=0 keep_membership=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dbname) [ $# -ge 2 ] || usage_error "--dbname needs a connection URI"; dbname=$2; shift 2 ;;
    --media-dir) [ $# -ge 2 ] || usage_error "--media-dir needs a folder"; media_dir=$2; shift 2 ;;
    --no-media) no_media=1; shift ;;
    --force) force=1; shift ;;
    --keep-membership) keep_membership=1; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) usage_error "unknown option: $1" ;;
    *) [ -z "$set_dir" ] || usage_error "one set folder only (got $set_dir and $1)"; set_dir=$1; shift ;;
  esac
done

[ -n "$set_dir" ] || usage_error "the set folder is required"
[ -d "$set_dir" ] || die "$set_dir is not a folder"
set_dir=$(cd "$set_dir" && pwd)
[ -f "$set_dir/manifest" ] || die "$set_dir has no manifest: not a backup set, or an incomplete one"
if [ -n "$media_dir" ] && [ "$no_media" = 1 ]; then usage_error "give --media-dir or --no-media, not both"; fi
if [[ "$dbname" =~ ^postgres(ql)?://[^/@]*:[^/@]*@ ]] || [[ "$dbname" =~ (^|[[:space:]])password[[:space:]]*= ]]; then
  usage_error "--dbname carries a password; pass it through PGPASSWORD or ~/.pgpass instead"
fi
if [ -z "$dbname" ] && [ -z "${PGDATABASE:-}" ]; then
  usage_error "no database: give --dbname or set PGDATABASE (with PGHOST, PGPORT, PGUSER)"
fi
for tool in pg_restore psql sha256sum tar gzip; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not on PATH"
done

# 1. The set is what backup.sh wrote: every file listed, of its size and checksum.
dump="" media_archive=""
while read -r sum size file; do
  case "$sum" in ''|'#'*) continue ;; esac
  [[ "$file" =~ ^[A-Za-z0-9._-]+$ ]] || die "manifest names an odd file: '$file'"
  [ -f "$set_dir/$file" ] || die "$file is listed in the manifest but missing from $set_dir"
  actual_size=$(stat -c %s "$set_dir/$file")
  [ "$actual_size" = "$size" ] || die "$file is $actual_size bytes, the manifest says $size: the set is damaged"
  actual_sum=$(sha256sum "$set_dir/$file" | cut -d' ' -f1)
  [ "$actual_sum" = "$sum" ] || die "$file does not match its SHA-256 in the manifest: the set is damaged"
  case "$file" in
    *.dump) dump=$file ;;
    media.tar.gz) media_archive=$file ;;
  esac
done < "$set_dir/manifest"
[ -n "$dump" ] || die "the manifest lists no database dump"
if [ -n "$media_archive" ] && [ -z "$media_dir" ] && [ "$no_media" = 0 ]; then
  usage_error "the set holds media: give --media-dir DIR for them, or --no-media to restore the database only"
fi
if [ -z "$media_archive" ] && [ -n "$media_dir" ]; then
  die "the set holds no media (it was made with --no-media); restore with --no-media"
fi
echo "restore.sh: $set_dir checked against its manifest"

connection=()
[ -z "$dbname" ] || connection=(--dbname="$dbname")
psql_run() { psql "${connection[@]}" --no-psqlrc --no-password --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 "$@"; }

# 2. The targets are empty (or --force).
tables=$(psql_run -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'") || die "cannot connect to the target database"
restore_args=(--no-owner --exit-on-error --single-transaction)
if [ "$tables" != 0 ]; then
  [ "$force" = 1 ] || die "the target database is not empty ($tables tables, sequences or views); restore into an empty one (createdb), or pass --force to replace what is there"
  echo "restore.sh: --force: the target database has $tables relations; the set's objects replace theirs" >&2
  restore_args+=(--clean --if-exists)
fi
if [ -n "$media_dir" ] && [ -d "$media_dir" ] && [ -n "$(ls -A "$media_dir")" ] && [ "$force" = 0 ]; then
  die "the media folder $media_dir is not empty; give an empty or new folder, or pass --force to move its files aside"
fi

# 3. Media are unpacked beside their target first, so a damaged archive fails before the database is touched.
staging=""
cleanup() { [ -z "$staging" ] || rm -rf "$staging"; }
trap cleanup EXIT
if [ -n "$media_dir" ]; then
  parent=$(dirname "$media_dir")
  mkdir -p "$parent" || die "cannot create $parent"
  staging=$(mktemp -d "$parent/.restoring-media.XXXXXX")
  tar -C "$staging" -xzf "$set_dir/$media_archive" || die "could not unpack $media_archive"
fi

# 4. The database, in one transaction: a failure leaves the target as it was.
pg_restore "${restore_args[@]}" --dbname="${dbname:-$PGDATABASE}" "$set_dir/$dump" \
  || die "pg_restore failed (see its message above); the database was left as it was"
echo "restore.sh: database restored from $dump"

# 5. Orleans membership rows name the old cluster's silo processes, which are gone. Left in place, a new
# silo at another address would take them for live peers it cannot reach. Deleting the version row takes its
# silo rows with it (ON DELETE CASCADE); the first new silo creates it again, as for a new cluster.
if [ "$keep_membership" = 0 ]; then
  psql_run -c "DELETE FROM orleansmembershiptable" -c "DELETE FROM orleansmembershipversiontable" >/dev/null \
    || die "could not clear the old cluster's membership rows; delete them from orleansmembershiptable and orleansmembershipversiontable before starting silos"
  echo "restore.sh: cleared the old cluster's Orleans membership rows"
fi

# 6. The media folder.
if [ -n "$media_dir" ]; then
  if [ -d "$media_dir" ] && [ -n "$(ls -A "$media_dir")" ]; then
    aside="$media_dir.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv -T "$media_dir" "$aside" || die "could not move $media_dir aside"
    echo "restore.sh: --force: moved the old media to $aside" >&2
  elif [ -d "$media_dir" ]; then
    rmdir "$media_dir"
  fi
  mv -T "$staging" "$media_dir" || die "could not move the media into $media_dir"
  staging=""
  echo "restore.sh: media restored to $media_dir"
fi
echo "restore.sh: done; start the silos on the restored database"
