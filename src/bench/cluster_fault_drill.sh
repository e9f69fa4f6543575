#!/usr/bin/env bash
# The cluster's fault drill (issue 22): two Ordertrail servers behind HAProxy, a live/backup broker pair and
# PostgreSQL, under REST and ERP load. It kills each server with kill -9 (3 times in all), kills the live broker twice
# (the backup takes over; the killed one comes back and takes over again) and restarts PostgreSQL once; then it checks
# that every acknowledged order exists once with one reservation and one fulfillment task, every ERP document was
# taken once and answered, DLQ is empty and the outbox drained, and reports the failover times.
#
#   bash src/bench/cluster_fault_drill.sh [minutes of load] [REST orders/s] [ERP orders/s]     (defaults: 6 3 1)
#
# Run as root (it restarts PostgreSQL 15 with pg_ctlcluster), with PostgreSQL running (pg_ctlcluster 15 main start),
# HAProxy installed (bash .ci/install-chromium) and the build (mvn -DskipTests package). It makes a fresh database
# ordertrail_cluster_drill owned by role ordertrail (password ordertrail), and works in target/cluster-fault-drill.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/bench/lib.sh
fresh_database ordertrail_cluster_drill
run_against ordertrail_cluster_drill io.ordertrail.devstack.ClusterFaultDrill "$@"
