#!/usr/bin/env bash
# The retention purge at scale (issue 16): N orders past their period (default 1,000,000) purged from the Retention
# page, stopped part-way and restarted there; time, orders per second, the server's peak heap.
#
#   bash src/bench/purge.sh [orders]
#
# Needs PostgreSQL 15 running (pg_ctlcluster 15 main start), Chromium and ChromeDriver (bash .ci/install-chromium)
# and the build (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
fresh_database ordertrail_purge
run_against ordertrail_purge io.ordertrail.devstack.PurgeBenchmark "$@"
