#!/usr/bin/env python3
"""Watches a starting (or stopping) Ordertrail as a load balancer would: /health/ready and /login.xhtml, twenty
times a second, printing each change with the seconds since the watch began.

    python3 src/bench/readiness_watch.py http://localhost:8080 60 &
    <start the run command>

A line "(200, 404)" is readiness saying UP while the login page does not answer: the bug issue 18 item 6 names.
"""
import sys
import time
import urllib.error
import urllib.request


def status(url):
    try:
        return urllib.request.urlopen(url, timeout=2).status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception:
        return 0  # nothing listening


def main():
    base, seconds = sys.argv[1], float(sys.argv[2])
    started = time.time()
    last = None
    while time.time() < started + seconds:
        seen = (status(base + "/health/ready"), status(base + "/login.xhtml"))
        if seen != last:
            print("%6.2f s  ready=%d login=%d" % (time.time() - started, *seen), flush=True)
            last = seen
        time.sleep(0.05)


if __name__ == "__main__":
    main()
