#!/usr/bin/env bash
# The channels benchmark (issue 7): orders per second and p99 time to answer for REST (to the 201) and ERP (UBL Order
# to its OrderResponse), 8 concurrent clients each, against Ordertrail on PostgreSQL; then the PostgreSQL yardstick
# ../shared/bench/pgbench-baseline.sh at 8 clients, in the same run.
#
#   bash src/bench/channels.sh [seconds per channel] [clients] [warm-up seconds per channel]   (defaults: 30 8 120)
#
# Needs PostgreSQL 15 running (pg_ctlcluster 15 main start) and the build (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
fresh_database ordertrail_channels
run_against ordertrail_channels io.ordertrail.devstack.ChannelBenchmark "$@"
echo
echo "PostgreSQL yardstick, same run:"
CLIENTS=${2:-8} SECS=15 bash ../shared/bench/pgbench-baseline.sh
