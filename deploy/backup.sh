#!/usr/bin/env bash
# Backs VRSS up: one pg_dump of its PostgreSQL database (custom format) plus the Local media folder, as a
# timestamped set in a destination folder, then removes sets beyond the retention. README "Backups and restore".
#
#   deploy/backup.sh --dest DIR [--dbname URI] (--media-dir DIR | --no-media) [--keep N] [--keep-days D]
#
#   --dest DIR        where sets go: DIR/vrss-YYYYmmddTHHMMSSZ/ holding vrss-YYYYmmddTHHMMSSZ.dump,
#                     media.tar.gz and manifest (sizes and SHA-256 of both)
#   --dbname URI      the database (postgresql://user@host:port/db or "host=... dbname=..."); without it,
#                     libpq's PGHOST, PGPORT, PGUSER and PGDATABASE. Never put a password here: give it
#                     through PGPASSWORD or ~/.pgpass (PGPASSFILE), which pg_dump reads itself
#   --media-dir DIR   the Local media folder (Vrss:Media:Local:DataPath), archived as media.tar.gz
#   --no-media        no media in the set (S3 media: protect the bucket with versioning and replication)
#   --keep N          keep the N newest sets (default 7, at least 1)
#   --keep-days D     also keep every set younger than D days; older ones beyond the N newest are removed
#
# A set is written under a temporary name (.partial-*) and renamed when complete, so a set that exists is
# whole; an interrupted run leaves nothing behind. Exit status: 0 done, 1 failed, 2 usage.
set -euo pipefail

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "backup.sh: $*" >&2; exit 1; }
usage_error() { echo "backup.sh: $*" >&2; echo "Run deploy/backup.sh --help for usage." >&2; exit 2; }

dest="" dbname="" media_dir="" no_media=0 keep=7 keep_days=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dest) [ $# -ge 2 ] || usage_error "--dest needs a folder"; dest=$2; shift 2 ;;
    --dbname) [ $# -ge 2 ] || usage_error "--dbname needs a connection URI"; dbname=$2; shift 2 ;;
    --media-dir) [ $# -ge 2 ] || usage_error "--media-dir needs a folder"; media_dir=$2; shift 2 ;;
    --no-media) no_media=1; shift ;;
    --keep) [ $# -ge 2 ] || usage_error "--keep needs a number"; keep=$2; shift 2 ;;
    --keep-days) [ $# -ge 2 ] || usage_error "--keep-days needs a number"; keep_days=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage_error "unknown argument: $1" ;;
  esac
done

[ -n "$dest" ] || usage_error "--dest is required"
if ! [[ "$keep" =~ ^[0-9]+$ ]] || [ "$keep" -lt 1 ]; then usage_error "--keep must be a whole number of at least 1, not '$keep'"; fi
[ -z "$keep_days" ] || [[ "$keep_days" =~ ^[0-9]+$ ]] || usage_error "--keep-days must be a whole number, not '$keep_days'"
if [ -n "$media_dir" ] && [ "$no_media" = 1 ]; then usage_error "give --media-dir or --no-media, not both"; fi
if [ -z "$media_dir" ] && [ "$no_media" = 0 ]; then
  usage_error "give --media-dir DIR (Local media) or --no-media (S3 media, or none); a set silently without media would not restore"
fi
[ -z "$media_dir" ] || [ -d "$media_dir" ] || die "the media folder $media_dir does not exist"
# A password in the URI would show in ps and shell history; libpq reads PGPASSWORD or .pgpass instead.
if [[ "$dbname" =~ ^postgres(ql)?://[^/@]*:[^/@]*@ ]] || [[ "$dbname" =~ (^|[[:space:]])password[[:space:]]*= ]]; then
  usage_error "--dbname carries a password; pass it through PGPASSWORD or ~/.pgpass instead"
fi
if [ -z "$dbname" ] && [ -z "${PGDATABASE:-}" ]; then
  usage_error "no database: give --dbname or set PGDATABASE (with PGHOST, PGPORT, PGUSER)"
fi
for tool in pg_dump sha256sum tar gzip; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not on PATH"
done

mkdir -p "$dest" || die "cannot create $dest"
dest=$(cd "$dest" && pwd)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="vrss-$stamp"
final="$dest/$name"
if [ -e "$final" ]; then die "$final exists already (two backups within one second?); run again"; fi
partial=$(mktemp -d "$dest/.partial-$name.XXXXXX")
cleanup() { rm -rf "$partial"; }
trap cleanup EXIT
started=$SECONDS

# pg_dump takes one MVCC snapshot, so every table (users, posts, Orleans' orleansstorage grain state,
# reminders) is as of one instant even while silos write. The database is dumped before media are read,
# so a file uploaded in between is an orphan the restore does not reference (harmless).
dump="$name.dump"
dump_args=(--format=custom --compress=6 --no-password --file="$partial/$dump")
[ -z "$dbname" ] || dump_args+=(--dbname="$dbname")
pg_dump "${dump_args[@]}" || die "pg_dump failed (see its message above); no set was written"

files=("$dump")
media_kind=none
if [ -n "$media_dir" ]; then
  media_kind=local
  # Completed media are written once under media/ and never changed. .staging/ holds bodies of uploads in
  # progress, which no row of the dump references as completed: left out. Exit status 1 from GNU tar means a
  # file changed while it was read: the archive is still whole for every other file.
  status=0
  tar -C "$media_dir" --exclude=./.staging -czf "$partial/media.tar.gz" . || status=$?
  if [ "$status" = 1 ]; then
    echo "backup.sh: warning: media changed while archived (uploads in progress); those files may be partial" >&2
  elif [ "$status" != 0 ]; then
    die "tar of $media_dir failed ($status)"
  fi
  files+=(media.tar.gz)
fi

{
  echo "# VRSS backup set $name"
  echo "# created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "# database: ${dbname:-PGHOST=${PGHOST:-} PGPORT=${PGPORT:-} PGUSER=${PGUSER:-} PGDATABASE=${PGDATABASE:-}}"
  echo "# pg_dump: $(pg_dump --version)"
  echo "# media: $media_kind${media_dir:+ ($media_dir)}"
  echo "# sha256 bytes file"
  for file in "${files[@]}"; do
    echo "$(sha256sum "$partial/$file" | cut -d' ' -f1) $(stat -c %s "$partial/$file") $file"
  done
} > "$partial/manifest"

sync -f "$partial" 2>/dev/null || true
mv -T "$partial" "$final" || die "could not rename $partial to $final"
trap - EXIT
echo "backup.sh: wrote $final ($(du -sb "$final" | cut -f1) bytes in $((SECONDS - started)) s)"

# Retention: complete sets only (a .partial-* folder is never counted), newest first by the time in their name.
mapfile -t sets < <(find "$dest" -mindepth 1 -maxdepth 1 -type d -regextype posix-extended \
  -regex '.*/vrss-[0-9]{8}T[0-9]{6}Z' -printf '%f\n' | sort -r)
cutoff=""
[ -z "$keep_days" ] || cutoff="vrss-$(date -u -d "-$keep_days days" +%Y%m%dT%H%M%SZ)"
for i in "${!sets[@]}"; do
  [ "$i" -ge "$keep" ] || continue
  set_name=${sets[$i]}
  # Names sort as times, so a set is younger than the cutoff when its name sorts after the cutoff's.
  if [ -n "$cutoff" ] && [[ "$set_name" > "$cutoff" ]]; then continue; fi
  rm -rf "${dest:?}/$set_name"
  echo "backup.sh: removed $dest/$set_name (retention)"
done
