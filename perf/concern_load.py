"""Submits concerns through the partner API as fast as it is answered, and prints what it saw.

Usage: python3 concern_load.py BASE_URL TOKEN THREADS SECONDS [RUN_LABEL]
Each thread keeps one HTTP connection open and sends one concern at a time, each about a new
child (unique made-up names). Prints the 201s per second, the latency median and 95th percentile,
and any other status seen. Standard library only.
"""
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse

base, token, threads, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
label = sys.argv[5] if len(sys.argv) > 5 else str(int(time.time()))
url = urllib.parse.urlparse(base)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def letters(n):
    out = ""
    for _ in range(6):
        out = LETTERS[n % 26] + out
        n //= 26
    return out


def body(thread, i):
    return json.dumps({
        "sourceId": f"LOAD-{label}-{thread}-{i}",
        "child": {"givenName": "Loadtest", "familyName": "Q" + letters(thread * 1_000_000 + i),
                  "sex": "FEMALE", "dateOfBirth": "2012-04-0" + str(1 + thread % 9)},
        "referrer": {"name": "Load Tester", "contact": "01234 567890"},
        "whatHappened": "Seen with an older adult outside the station late at night.",
        "occurredOn": "2026-11-20",
        "location": "Tamsford bus station",
        "indicators": ["MISSING"],
        "immediateDanger": False,
    })


results = []
lock = threading.Lock()
deadline = time.monotonic() + seconds


def run(thread):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    mine, i = [], 0
    while time.monotonic() < deadline:
        started = time.monotonic()
        conn.request("POST", "/api/v1/concerns", body(thread, i), {
            "Authorization": "Bearer " + token, "Content-Type": "application/json",
            "Accept": "application/json"})
        response = conn.getresponse()
        response.read()
        mine.append((response.status, time.monotonic() - started))
        i += 1
    with lock:
        results.extend(mine)


began = time.monotonic()
workers = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
elapsed = time.monotonic() - began
created = [ms for status, ms in results if status == 201]
others = {}
for status, _ in results:
    if status != 201:
        others[status] = others.get(status, 0) + 1
latencies = sorted(ms * 1000 for _, ms in results)
p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)] if latencies else 0
print(f"{threads} client thread(s), {elapsed:.1f} s: {len(created)} concerns created, "
      f"{len(created) / elapsed:.1f} per second; latency median {statistics.median(latencies):.1f} ms, "
      f"p95 {p95:.1f} ms; other answers: {others or 'none'}")
