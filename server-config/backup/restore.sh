#!/usr/bin/env bash
# Restores a backup made by backup.sh.
#
#   bash server-config/backup/restore.sh backup-file.tar.gz
#
# Embedded set-up: into an empty data directory (ORDERTRAIL_DATA_DIR, default ./data; Ordertrail stopped); the
# script refuses to overwrite a database that is there. Then start the run command as usual.
# PostgreSQL: into the database ORDERTRAIL_DB_URL names, which must be empty (a new database: createdb); then
# start Ordertrail, whose Flyway finds the schema up to date.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BACKUP="${1:?usage: restore.sh backup-file.tar.gz}"
mkdir -p "${ORDERTRAIL_DATA_DIR:-./data}"
DATA="$(cd "${ORDERTRAIL_DATA_DIR:-./data}" && pwd)"
URL="${ORDERTRAIL_DB_URL:-jdbc:h2:file:$DATA/db/ordertrail}"
USER_NAME="${ORDERTRAIL_DB_USER:-ordertrail}"
PASSWORD="${ORDERTRAIL_DB_PASSWORD:-ordertrail}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
tar -C "$WORK" -xzf "$BACKUP"
SETUP="$(cat "$WORK/backup/set-up")"

case "$SETUP" in
  postgresql)
    case "$URL" in jdbc:postgresql://*) ;; *) echo "This backup is of PostgreSQL: set ORDERTRAIL_DB_URL to the (empty) database to restore into" >&2; exit 1;; esac
    rest="${URL#jdbc:postgresql://}"; hostport="${rest%%/*}"; db="${rest#*/}"; db="${db%%\?*}"
    host="${hostport%%:*}"; port="${hostport#*:}"; [ "$port" = "$hostport" ] && port=5432
    PGPASSWORD="$PASSWORD" pg_restore --no-owner --exit-on-error --host="$host" --port="$port" \
      --username="$USER_NAME" --dbname="$db" "$WORK/backup/database.pgdump"
    ;;
  h2)
    case "$URL" in jdbc:h2:file:*) ;; *) echo "This backup is of the embedded H2 database: leave ORDERTRAIL_DB_URL unset or jdbc:h2:file:…" >&2; exit 1;; esac
    file="${URL#jdbc:h2:file:}"; file="${file%%;*}"
    if [ -e "$file.mv.db" ]; then
      echo "There is a database at $file.mv.db already: restore into an empty data directory (or move it away first)." >&2
      exit 1
    fi
    H2_JAR="$(tr ':' '\n' < "$ROOT/target/devstack.classpath" | grep '/h2-[0-9.]*\.jar$' | head -1)"
    [ -n "$H2_JAR" ] || { echo "Build first (mvn -DskipTests package): the H2 tools come from target/devstack.classpath" >&2; exit 1; }
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "$URL" -user "$USER_NAME" -password "$PASSWORD" \
      -script "$WORK/backup/database.sql.zip" -options compression zip
    if [ -f "$WORK/backup/broker.tar" ]; then
      [ -e "$DATA/broker" ] && { echo "There is a broker journal at $DATA/broker already: restore into an empty data directory." >&2; exit 1; }
      tar -C "$DATA" -xf "$WORK/backup/broker.tar"
    fi
    ;;
  *)
    echo "Not a backup of backup.sh: $BACKUP" >&2
    exit 1
    ;;
esac

if [ -f "$WORK/backup/archive.tar" ]; then
  ARCHIVE="${ORDERTRAIL_RECORDS_ARCHIVE_DIR:-$DATA/archive}"
  mkdir -p "$(dirname "$ARCHIVE")"
  tar -C "$(dirname "$ARCHIVE")" -xf "$WORK/backup/archive.tar"
fi
if [ "$SETUP" = h2 ]; then TARGET="$DATA"; else TARGET="$URL"; fi
echo "Restored the backup of $(cat "$WORK/backup/taken-at") ($SETUP) into $TARGET"
