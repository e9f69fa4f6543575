#!/usr/bin/env python3
"""Handover benchmark (issue 6): records orders over the API at steady rates and reports, per rate, the latency
from the order's commit to both teams' listeners having recorded it (median, p99), and the highest rate sustained
without a growing backlog. Not a test: it measures, it does not judge.

Run Ordertrail first (README command 1; for figures comparable to the PostgreSQL yardstick, point it at
PostgreSQL with ORDERTRAIL_DB_URL and friends; and set ORDERTRAIL_ORDERS_DUPLICATE_WINDOW_DAYS=0, because this
script sends the same order again and again, which verification would otherwise hold as a likely duplicate for a
second person's approval instead of handing it over), then:

    python3 src/bench/handover_latency.py --rates 5,10,20,40 --seconds 20

Latency per order = the later of the two teams' receivedAt minus the order's recordedAt, both stamped by the
application's clock (recordedAt is taken just before the commit, so the figure slightly overstates the delay).
A rate is sustained when every order was accepted, the client kept to the schedule (>= 95 % of the target rate),
and the latency did not grow during the run (median of the last third <= 2 x median of the first third + 50 ms).
"""
import argparse
import base64
import http.client
import json
import statistics
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from urllib.parse import urlparse

ORDER = {"customerNumber": "C-1002", "lines": [{"productCode": "TAP-MSK-50", "quantity": 1}],
         "deliveryAddress": "12 Mill Lane, Leeds LS1 4AB"}


class Api:
    def __init__(self, base, user, password):
        url = urlparse(base)
        self.host, self.port = url.hostname, url.port or 80
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.local = threading.local()

    def _conn(self):
        if not hasattr(self.local, "conn"):
            self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        return self.local.conn

    def call(self, method, path, body=None, headers=None):
        h = {"Authorization": self.auth, "Content-Type": "application/json"}
        h.update(headers or {})
        for attempt in (1, 2):
            conn = self._conn()
            try:
                conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
                resp = conn.getresponse()
                return resp.status, resp.read()
            except (http.client.HTTPException, OSError):
                conn.close()
                del self.local.conn
                if attempt == 2:
                    raise


def parse_instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def record_at_rate(api, rate, seconds, workers):
    total = int(rate * seconds)
    results, errors = [], []
    lock = threading.Lock()
    start = time.monotonic() + 0.2

    def send(i):
        delay = start + i / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)  # the open-loop schedule, not a wait for a result
        status, body = api.call("POST", "/api/orders", ORDER, {"Idempotency-Key": str(uuid.uuid4())})
        with lock:
            if status == 201:
                results.append(json.loads(body)["orderNumber"])
            else:
                errors.append((status, body[:200]))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(send, range(total)))
    elapsed = time.monotonic() - start
    return results, errors, total / elapsed if elapsed > 0 else 0.0


def latencies(api, numbers, timeout):
    deadline = time.monotonic() + timeout
    pending, done = list(numbers), {}
    while pending and time.monotonic() < deadline:
        still = []
        for number in pending:
            status, body = api.call("GET", f"/api/orders/{number}")
            order = json.loads(body)
            received = [parse_instant(h["receivedAt"]) for h in order.get("handovers", [])]
            if status == 200 and len(received) == 2:
                done[number] = (parse_instant(order["recordedAt"]), max(received) - parse_instant(order["recordedAt"]))
            else:
                still.append(number)
        pending = still
        if pending:
            time.sleep(0.5)  # polling the API for the stragglers; the benchmark's own pace, not a test wait
    return done, pending


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://localhost:8080")
    ap.add_argument("--user", default="integration")
    ap.add_argument("--password", default="demo")
    ap.add_argument("--rates", default="5,10,20,40", help="orders per second, comma-separated, ascending")
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--workers", type=int, default=32)
    ap.add_argument("--warmup-seconds", type=float, default=10, help="at the first rate, not reported")
    args = ap.parse_args()
    api = Api(args.base, args.user, args.password)

    first_rate = float(args.rates.split(",")[0])
    warm, _, _ = record_at_rate(api, first_rate, args.warmup_seconds, args.workers)
    latencies(api, warm, timeout=120)

    rows, best = [], None
    for rate in [float(r) for r in args.rates.split(",")]:
        numbers, errors, achieved = record_at_rate(api, rate, args.seconds, args.workers)
        done, missing = latencies(api, numbers, timeout=120)
        lat = [d[1] * 1000 for d in sorted(done.values())]
        third = max(1, len(lat) // 3)
        growing = len(lat) >= 6 and statistics.median(lat[-third:]) > 2 * statistics.median(lat[:third]) + 50
        sustained = not errors and not missing and achieved >= 0.95 * rate and not growing
        row = {"rate": rate, "achieved": round(achieved, 1), "orders": len(numbers), "errors": len(errors),
               "not_handed_over": len(missing),
               "median_ms": round(statistics.median(lat), 1) if lat else None,
               "p99_ms": round(pct(lat, 99), 1) if lat else None, "growing": growing, "sustained": sustained}
        rows.append(row)
        print(json.dumps(row), flush=True)
        if errors:
            print("  first error:", errors[0], file=sys.stderr)
        if sustained:
            best = rate
        else:
            break
    print(json.dumps({"highest_sustained_rate": best, "steps": rows}))


if __name__ == "__main__":
    main()
