#!/bin/sh
# Starts Payara Micro with Ordertrail in the container (docker/Dockerfile). Configuration comes from the environment
# (README: Configuration). The data grid:
#   ORDERTRAIL_DAS_DATA_GRID=host:port      joins the Payara Server console's grid (docker/console.Dockerfile);
#   ORDERTRAIL_DATA_GRID_MEMBERS=a:6900,b:6900  forms one grid with the other Ordertrail servers, which keeps the
#                                           sessions (README: Several servers on one database);
#   neither                                 runs alone.
set -eu
name="${ORDERTRAIL_INSTANCE_NAME:-$(hostname)}"
# the broker pair's backup (post-boot: the resource adapter fails over to it); a broker alone is its own backup
export ORDERTRAIL_JMS_BACKUP_HOST="${ORDERTRAIL_JMS_BACKUP_HOST:-${ORDERTRAIL_JMS_HOST:-localhost}}"
export ORDERTRAIL_JMS_BACKUP_PORT="${ORDERTRAIL_JMS_BACKUP_PORT:-${ORDERTRAIL_JMS_PORT:-61616}}"
# sessions are written to the data grid only when there is one (post-boot: web-container availability)
export ORDERTRAIL_SESSIONS_ON_DATA_GRID=true
if [ -n "${ORDERTRAIL_DAS_DATA_GRID:-}" ]; then
  set -- --clusterMode "domain:$ORDERTRAIL_DAS_DATA_GRID" --name "$name"
elif [ -n "${ORDERTRAIL_DATA_GRID_MEMBERS:-}" ]; then
  set -- --clusterMode "tcpip:$ORDERTRAIL_DATA_GRID_MEMBERS" --clustername ordertrail --name "$name" \
    --startport "${ORDERTRAIL_DATA_GRID_PORT:-6900}"
else
  set -- --nocluster
  ORDERTRAIL_SESSIONS_ON_DATA_GRID=false
fi
# The readiness gate deploys first (DOWN until Ordertrail serves), then the RAR, then the WAR, which needs the RAR's
# connection factory and listeners.
# shellcheck disable=SC2086 # JVM_ARGS is a list of options
exec java @/opt/payara/config/jvm.options $JVM_ARGS -jar /opt/payara/payara-micro.jar "$@" \
  --port 8080 --contextroot / \
  --logproperties /opt/payara/config/logging.properties \
  --accesslog /opt/payara/logs --accesslogprefix ordertrail-access --accessloginterval 5 \
  --accesslogformat '%client.name% %auth-user-name% %datetime% %http-method% %http-uri% %http-version% %status% %response.length% %time-taken% %header.x-request-id%' \
  --prebootcommandfile /opt/payara/config/pre-boot-commands.asadmin \
  --postbootcommandfile /opt/payara/config/post-boot-commands.asadmin \
  --deploy /opt/payara/readiness-gate.war:/readiness-gate \
  --deploy /opt/payara/artemis-ra.rar \
  --deploy /opt/payara/ordertrail.war
