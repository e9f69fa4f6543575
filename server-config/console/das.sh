#!/usr/bin/env bash
# The Payara Server console (DAS) for administering Ordertrail's Payara Micro instances.
#
#   bash server-config/console/das.sh start     creates the domain on first use, secures its admin user, starts it
#   bash server-config/console/das.sh stop      stops it
#   bash server-config/console/das.sh run       as start, then runs in the foreground (a container's command)
#   bash server-config/console/das.sh asadmin … runs asadmin against it, signed in (e.g. list-hazelcast-cluster-members)
#
# Then start Ordertrail with ORDERTRAIL_DAS_DATA_GRID=127.0.0.1:<portbase+49> (the run command, Docker) and the
# instance joins the console's data grid. See README: "Administering Ordertrail from the Payara Server console".
#
# Settings (environment):
#   PAYARA_SERVER_HOME                 the Payara Server 6.2025.10 distribution (payara6/); fetched from Maven Central
#                                      into target/console when unset
#   ORDERTRAIL_CONSOLE_DIR             where the domain lives (default ./data/console)
#   ORDERTRAIL_CONSOLE_PORTBASE        ports: console portbase+48, data grid portbase+49, HTTP portbase+80 (default 20000)
#   ORDERTRAIL_CONSOLE_ADMIN_PASSWORD  the console's admin password; when unset, one is generated on first use and kept
#                                      in $ORDERTRAIL_CONSOLE_DIR/admin-password (readable by its owner only)
#   ORDERTRAIL_CONSOLE_SECURE_ADMIN    true: HTTPS for the console and remote administration (enable-secure-admin)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PAYARA_VERSION=6.2025.10
DIR="$(mkdir -p "${ORDERTRAIL_CONSOLE_DIR:-./data/console}" && cd "${ORDERTRAIL_CONSOLE_DIR:-./data/console}" && pwd)"
PORTBASE="${ORDERTRAIL_CONSOLE_PORTBASE:-20000}"
ADMIN_PORT=$((PORTBASE + 48))
GRID_PORT=$((PORTBASE + 49))
DOMAIN=ordertrail-console

payara_home() {
  if [ -n "${PAYARA_SERVER_HOME:-}" ]; then
    echo "$PAYARA_SERVER_HOME"
    return
  fi
  local home="$ROOT/target/console/payara6"
  if [ ! -x "$home/bin/asadmin" ]; then
    echo "Fetching Payara Server $PAYARA_VERSION (170 MB) from Maven Central…" >&2
    (cd "$ROOT" && mvn -q -B dependency:unpack \
      -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
      -DoutputDirectory="$ROOT/target/console") >&2
  fi
  echo "$home"
}

ASADMIN="$(payara_home)/bin/asadmin"
PASSWORD_FILE="$DIR/asadmin-password"

password_file() {
  if [ ! -f "$PASSWORD_FILE" ]; then
    local password="${ORDERTRAIL_CONSOLE_ADMIN_PASSWORD:-}"
    if [ -z "$password" ]; then
      password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
      (umask 077 && printf '%s\n' "$password" > "$DIR/admin-password")
      echo "Console admin password generated: $DIR/admin-password" >&2
    fi
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$PASSWORD_FILE")
  fi
}

signed_in() {
  "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$PASSWORD_FILE" --interactive=false "$@"
}

case "${1:-}" in
  start | run)
    password_file
    if [ ! -d "$DIR/domains/$DOMAIN" ]; then
      # the admin user gets the password: no console without signing in
      "$ASADMIN" --user admin --passwordfile "$PASSWORD_FILE" --interactive=false create-domain \
        --portbase "$PORTBASE" --domaindir "$DIR/domains" "$DOMAIN"
    fi
    "$ASADMIN" --interactive=false start-domain --domaindir "$DIR/domains" "$DOMAIN"
    if [ "${ORDERTRAIL_CONSOLE_SECURE_ADMIN:-false}" = "true" ]; then
      signed_in enable-secure-admin
      "$ASADMIN" --interactive=false restart-domain --domaindir "$DIR/domains" "$DOMAIN"
    fi
    echo
    echo "Payara Server console: http://localhost:$ADMIN_PORT/ (user admin)"
    echo "Start Ordertrail joined to it with: ORDERTRAIL_DAS_DATA_GRID=127.0.0.1:$GRID_PORT"
    if [ "$1" = "run" ]; then
      "$ASADMIN" --interactive=false stop-domain --domaindir "$DIR/domains" "$DOMAIN"
      exec "$ASADMIN" --interactive=false start-domain --verbose --domaindir "$DIR/domains" "$DOMAIN"
    fi
    ;;
  stop)
    "$ASADMIN" --interactive=false stop-domain --domaindir "$DIR/domains" "$DOMAIN"
    ;;
  asadmin)
    shift
    password_file
    signed_in "$@"
    ;;
  *)
    sed -n '2,20p' "$0"
    exit 2
    ;;
esac
