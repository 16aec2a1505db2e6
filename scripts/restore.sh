#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh: the database, the media and the catalogues.
# The backup's checksums are verified first: a damaged backup restores nothing. See docs/operations.md.
#
# Usage: scripts/restore.sh BACKUP_DIR
# Environment: DATABASE_URL (required; the database must exist, empty or not: what the backup
# holds replaces what is there), MEDIA_ROOT (default: ./media), LOCALE_DIR (default: ./locale).
# Stop the application server first, and start it again afterwards.
set -euo pipefail
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
BACKUP_DIR="${1:?usage: scripts/restore.sh BACKUP_DIR}"
MEDIA_ROOT="${MEDIA_ROOT:-$PROJECT/media}"
LOCALE_DIR="${LOCALE_DIR:-$PROJECT/locale}"
: "${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database (postgres://user@host:port/name)}"

(cd "$BACKUP_DIR" && sha256sum --check --quiet SHA256SUMS)

# One transaction: the database is either wholly restored or left as it was.
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$DATABASE_URL" "$BACKUP_DIR/database.dump"

replace() {  # replace FOLDER ARCHIVE: unpack beside the folder, then swap, so that no half folder is left
    local folder="$1" unpacked="$1.restoring" previous="$1.previous"
    rm -rf "$unpacked" "$previous"
    mkdir -p "$unpacked"
    tar --extract --gzip --file="$2" --directory="$unpacked"
    if [ -e "$folder" ]; then mv "$folder" "$previous"; fi
    mv "$unpacked" "$folder"
    rm -rf "$previous"
}
replace "$MEDIA_ROOT" "$BACKUP_DIR/media.tar.gz"
replace "$LOCALE_DIR" "$BACKUP_DIR/locale.tar.gz"
echo "Restored $BACKUP_DIR"
