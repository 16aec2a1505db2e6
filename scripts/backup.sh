#!/usr/bin/env bash
# Backs up what the site cannot rebuild from its code: the PostgreSQL database (pg_dump, custom
# format), the uploaded media, and the interface catalogues (locale/), which translators edit in
# the locale editor. See docs/operations.md.
#
# Usage: scripts/backup.sh [BACKUP_ROOT]          (default: ./backups)
# Environment: DATABASE_URL (postgres://user@host:port/name, required), MEDIA_ROOT (default:
# ./media), LOCALE_DIR (default: ./locale). Writes BACKUP_ROOT/limoges-YYYYMMDD-HHMMSS/ and
# prints its path; an interrupted backup leaves only a folder named *.partial.
set -euo pipefail
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
BACKUP_ROOT="${1:-$PROJECT/backups}"
MEDIA_ROOT="${MEDIA_ROOT:-$PROJECT/media}"
LOCALE_DIR="${LOCALE_DIR:-$PROJECT/locale}"
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database (postgres://user@host:port/name)}"
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "backup.sh backs up PostgreSQL databases only, not $DATABASE_URL" >&2; exit 1 ;;
esac

name="limoges-$(date +%Y%m%d-%H%M%S)"
partial="$BACKUP_ROOT/$name.partial"
mkdir -p "$partial"

# The custom format is compressed and lets pg_restore pick, reorder and check what it restores.
pg_dump --format=custom --no-owner --no-privileges --file="$partial/database.dump" --dbname="$DATABASE_URL"
pg_restore --list "$partial/database.dump" >/dev/null  # the archive reads back

archive() {  # archive FOLDER FILE: the folder's content, or an empty archive when it does not exist
    if [ -d "$1" ]; then
        tar --create --gzip --file="$2" --directory="$1" .
    else
        tar --create --gzip --file="$2" --files-from=/dev/null
    fi
}
archive "$MEDIA_ROOT" "$partial/media.tar.gz"
archive "$LOCALE_DIR" "$partial/locale.tar.gz"

(cd "$partial" && sha256sum database.dump media.tar.gz locale.tar.gz >SHA256SUMS)
mv "$partial" "$BACKUP_ROOT/$name"
echo "$BACKUP_ROOT/$name"
