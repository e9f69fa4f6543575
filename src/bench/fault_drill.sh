#!/usr/bin/env bash
# The fault drill of SOP step 7 (issue 6): records orders over the API and has each confirmed, kills the
# application server with kill -9 several times and restarts the broker once, then checks that every acknowledged
# order has exactly one reservation and one fulfillment task and that nothing is left on DLQ or in the outbox.
#
#   bash src/bench/fault_drill.sh [minutes of load] [kills] [orders per second]     (defaults: 4 3 4)
#
# Needs PostgreSQL 15 running (pg_ctlcluster 15 main start) and the build (mvn -DskipTests package). It makes a
# fresh database ordertrail_drill owned by role ordertrail (password ordertrail), and works in target/fault-drill.
set -euo pipefail
cd "$(dirname "$0")/../.."
su postgres -c "psql -q -c \"do \\\$\\\$ begin if not exists (select from pg_roles where rolname = 'ordertrail') then create role ordertrail login password 'ordertrail'; end if; end \\\$\\\$\""
su postgres -c "dropdb --if-exists ordertrail_drill" && su postgres -c "createdb -O ordertrail ordertrail_drill"
ORDERTRAIL_DB_URL=jdbc:postgresql://localhost:5432/ordertrail_drill ORDERTRAIL_DB_USER=ordertrail \
ORDERTRAIL_DB_PASSWORD=ordertrail \
  java -Xmx256m -cp "target/test-classes:$(cat target/devstack.classpath)" io.ordertrail.devstack.FaultDrill "$@"
