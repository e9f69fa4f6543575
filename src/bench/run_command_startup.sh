#!/usr/bin/env bash
# Measures README command 1 after the first build: seconds from start to /health/ready UP (database and broker
# checks present), and the resident memory of everything it started, then stops it with SIGTERM (as Ctrl-C would)
# and checks nothing is left running. Run from the repository root after `mvn -DskipTests package`.
#   bash src/bench/run_command_startup.sh            # existing ./data (a restart)
#   FRESH=1 bash src/bench/run_command_startup.sh    # empty data directory (first start: schema, demo data)
set -euo pipefail
[ "${FRESH:-0}" = 1 ] && rm -rf data
start=$(date +%s.%N)
java -Xmx192m -XX:+UseSerialGC -cp "target/test-classes:$(cat target/devstack.classpath)" io.ordertrail.devstack.DevStack \
  > target/run-command.log 2>&1 &
pid=$!
until curl -s -m 2 localhost:8080/health/ready | grep -q '"database","status":"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "the run command exited; see target/run-command.log"; exit 1; }
  sleep 0.2
done
end=$(date +%s.%N)
echo "ready after $(echo "$end - $start" | bc) s"
sleep 20 # let start-up work settle before reading memory
pids="$pid $(pgrep -P $pid | tr '\n' ' ')"
echo "resident memory of everything started: $(ps -o rss= -p "$(echo $pids | tr ' ' ',')" | awk '{s+=$1} END {printf "%.0f", s/1024}') MB"
kill -TERM $pid; wait $pid || true
sleep 2
pgrep -f payara-micro.jar >/dev/null && echo "LEFT RUNNING: payara-micro" || echo "stopped: nothing left running"
