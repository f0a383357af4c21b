#!/usr/bin/env python3
"""Concurrent writers for tests/benchmarks/stores.sh.

  writers.py BASE LOGINS_JSON WRITERS SECONDS
      WRITERS synthetic professionals (the generator's benchmark logins, one thread each) edit their own profile as
      fast as the service answers: PATCH /api/v1/me/profile with If-Match, the next If-Match taken from the answer's
      ETag (a GET /me only at the start and after a refusal). Each PATCH flips anonymous consultation, so every write
      changes a listed person (change log, audit, the lookup index's incremental update). Prints one JSON line:
      completed writes, writes per second, p50/p99/max latency of the PATCHes, refusals.
"""
import json
import sys
import threading
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from freshness import call, percentile  # noqa: E402


def version_of(headers):
    return headers["ETag"].strip('"').split(".")[0]


def writer(base, token, until, latencies, refused, lock):
    status, headers, body = call("GET", f"{base}/api/v1/me", token)
    if status != 200:
        raise RuntimeError(f"GET /me {status} {body[:120]!r}")
    want = not json.loads(body)["offersAnonymousConsultation"]
    version = version_of(headers)
    mine = []
    while time.monotonic() < until:
        started = time.monotonic()
        status, headers, body = call(
            "PATCH", f"{base}/api/v1/me/profile", token,
            {"offersAnonymousConsultation": want, "about": "Synthetic profile."},
            {"Content-Type": "application/merge-patch+json", "If-Match": f'"{version}"'},
        )
        if status == 200:
            mine.append(time.monotonic() - started)
            version = version_of(headers)
            want = not want
        else:
            with lock:
                refused.append(f"{status} {body[:100]!r}")
            status, headers, body = call("GET", f"{base}/api/v1/me", token)
            version = version_of(headers)
    with lock:
        latencies.extend(mine)


def main(base, logins_path, writers, seconds):
    logins = json.load(open(logins_path))[:writers]
    if len(logins) < writers:
        raise SystemExit(f"only {len(logins)} logins for {writers} writers")
    latencies, refused, lock = [], [], threading.Lock()
    started = time.monotonic()
    until = started + seconds
    threads = [threading.Thread(target=writer, args=(base, l["token"], until, latencies, refused, lock)) for l in logins]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    ms = lambda v: None if v is None else round(v * 1000, 1)
    print(json.dumps({
        "writers": writers, "writes": len(latencies), "per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": ms(percentile(latencies, 50)), "p99_ms": ms(percentile(latencies, 99)),
        "max_ms": ms(max(latencies) if latencies else None), "refused": len(refused), "refusals": refused[:3],
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
