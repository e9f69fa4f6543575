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
. src/bench/lib.sh
fresh_database ordertrail_drill
run_against ordertrail_drill io.ordertrail.devstack.FaultDrill "$@"
