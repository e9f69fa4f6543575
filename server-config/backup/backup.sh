#!/usr/bin/env bash
# Backs up Ordertrail: every order, version, communication, audit entry and original, with what goes with them.
#
#   bash server-config/backup/backup.sh [backup-file.tar.gz]
#
# Two set-ups, chosen by the same variables the application reads (README: Configuration):
# - Embedded (the run command: H2 file database, embedded broker), ORDERTRAIL_DB_URL unset or jdbc:h2:…
#   Stop Ordertrail first (Ctrl-C on the run command): H2 keeps its file to itself while it runs, and the script
#   refuses with that reason. The backup holds a logical copy of the database (H2's SCRIPT), the embedded broker's
#   journal (messages not yet consumed, ERP partners' broker accounts) and the purge archive.
# - PostgreSQL (ORDERTRAIL_DB_URL=jdbc:postgresql://host:port/db): online, with pg_dump (custom format), while
#   Ordertrail runs. The external broker is backed up with Artemis' own tools (README: Backup and restore).
#
# ORDERTRAIL_DATA_DIR (default ./data) is where the embedded set-up keeps its files; ORDERTRAIL_DB_USER and
# ORDERTRAIL_DB_PASSWORD are the database account (embedded default ordertrail/ordertrail).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DATA="$(cd "${ORDERTRAIL_DATA_DIR:-./data}" 2>/dev/null && pwd)" || { echo "No data directory ${ORDERTRAIL_DATA_DIR:-./data}" >&2; exit 1; }
URL="${ORDERTRAIL_DB_URL:-jdbc:h2:file:$DATA/db/ordertrail}"
USER_NAME="${ORDERTRAIL_DB_USER:-ordertrail}"
PASSWORD="${ORDERTRAIL_DB_PASSWORD:-ordertrail}"
OUT="${1:-ordertrail-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/backup"

case "$URL" in
  jdbc:postgresql://*)
    # jdbc:postgresql://host:port/db?… → the parts pg_dump wants
    rest="${URL#jdbc:postgresql://}"; hostport="${rest%%/*}"; db="${rest#*/}"; db="${db%%\?*}"
    host="${hostport%%:*}"; port="${hostport#*:}"; [ "$port" = "$hostport" ] && port=5432
    PGPASSWORD="$PASSWORD" pg_dump --format=custom --no-owner --host="$host" --port="$port" \
      --username="$USER_NAME" --file="$WORK/backup/database.pgdump" "$db"
    echo "postgresql" > "$WORK/backup/set-up"
    ;;
  jdbc:h2:*)
    H2_JAR="$(tr ':' '\n' < "$ROOT/target/devstack.classpath" | grep '/h2-[0-9.]*\.jar$' | head -1)"
    [ -n "$H2_JAR" ] || { echo "Build first (mvn -DskipTests package): the H2 tools come from target/devstack.classpath" >&2; exit 1; }
    # a logical copy, consistent: H2 opens the file only when no server holds it
    if ! java -cp "$H2_JAR" org.h2.tools.Script -url "$URL;IFEXISTS=TRUE" -user "$USER_NAME" -password "$PASSWORD" \
        -script "$WORK/backup/database.sql.zip" -options compression zip 2> "$WORK/h2.err"; then
      if grep -q "already in use\|locked" "$WORK/h2.err"; then
        echo "The database is in use: stop Ordertrail (Ctrl-C on the run command), then back up again." >&2
      else
        cat "$WORK/h2.err" >&2
      fi
      exit 1
    fi
    echo "h2" > "$WORK/backup/set-up"
    [ -d "$DATA/broker" ] && tar -C "$DATA" -cf "$WORK/backup/broker.tar" broker
    ;;
  *)
    echo "Unknown database URL: $URL (jdbc:h2:… or jdbc:postgresql://…)" >&2
    exit 1
    ;;
esac

ARCHIVE="${ORDERTRAIL_RECORDS_ARCHIVE_DIR:-$DATA/archive}"
[ -d "$ARCHIVE" ] && tar -C "$(dirname "$ARCHIVE")" -cf "$WORK/backup/archive.tar" "$(basename "$ARCHIVE")"
date -u +%Y-%m-%dT%H:%M:%SZ > "$WORK/backup/taken-at"
tar -C "$WORK" -czf "$OUT" backup
echo "Backed up to $OUT"
