#!/usr/bin/env bash
# What the audit trail costs (issue 16): REST orders per second with the trail on and off, alternately, in one run,
# on PostgreSQL, 8 concurrent clients.
#
#   bash src/bench/trail_cost.sh [seconds per round] [clients] [rounds]      (defaults: 30 8 4)
#
# Needs PostgreSQL 15 running (pg_ctlcluster 15 main start) and the build (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
fresh_database ordertrail_trail_cost
run_against ordertrail_trail_cost io.ordertrail.devstack.TrailBenchmark "$@"
