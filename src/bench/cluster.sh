#!/usr/bin/env bash
# The cluster benchmark (issue 22): REST orders per second and p99 with one Ordertrail server alone, the same server in
# a data grid behind HAProxy, and two servers in one data grid behind HAProxy, in one run, on one PostgreSQL database
# and one broker (io.ordertrail.devstack.ClusterBenchmark).
#
#   bash src/bench/cluster.sh [seconds per phase] [clients]      (defaults: 30 8)
#
# Needs PostgreSQL 15 running (pg_ctlcluster 15 main start), HAProxy (apt-get install haproxy) and the build
# (mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
fresh_database ordertrail_cluster_bench
run_against ordertrail_cluster_bench io.ordertrail.devstack.ClusterBenchmark "$@"
