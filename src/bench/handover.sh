#!/usr/bin/env bash
# The handover benchmark (issues 6 and 20): REST orders at rising open-loop rates against Ordertrail on PostgreSQL
# with the production JVM profile; per rate, the time to the 201, the handover lag to both teams and what still waited
# 5 s after the load stopped; then the highest rate sustained.
#
#   bash src/bench/handover.sh [seconds per rate] [rates] [warm-up seconds]   (defaults: 30 20,30,40,50,60,70,80 240)
#
# Needs PostgreSQL 15 running (pg_ctlcluster 15 main start) and the build (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
fresh_database ordertrail_handover
run_against ordertrail_handover io.ordertrail.devstack.HandoverBenchmark "$@"
