#!/usr/bin/env python3
"""Freshness driver for tests/benchmarks/freshness.sh.

  freshness.py targets BASE LOGINS_JSON SIGNING_KEY > targets.json
      For each benchmark login: one lookup, and its contacts as edit targets, each with a bearer token signed for
      that professional with the benchmark-only signing key (the generator's logins cover only the askers).
  freshness.py run WRITE_BASE READ_BASE TARGETS_JSON RATE SECONDS WATCH
      RATE profile edits per second for SECONDS through WRITE_BASE: each a contact flipping their anonymous
      consultation with PATCH /api/v1/me (after a GET for the If-Match version). With WATCH=1, the asker who listed
      that contact then asks READ_BASE's lookup every POLL_MS (default 50) ms until the contact shows the new value:
      the time from the PATCH's 200 to that answer is the change's freshness. Prints one JSON line with the figures.
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

CONCERN = os.environ.get("CONCERN", "radicalisation")
POLL = int(os.environ.get("POLL_MS", "50")) / 1000
GIVE_UP = 10.0


def call(method, url, token, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    h = {"Authorization": f"Bearer {token}", **(headers or {})}
    if body is not None and "Content-Type" not in h:
        h["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def lookup(base, token):
    status, _, body = call("POST", f"{base}/api/v1/lookups", token, {"concernType": CONCERN})
    if status != 200:
        raise RuntimeError(f"lookup answered {status}: {body[:200]!r}")
    return json.loads(body)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign(key, claims):
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64(json.dumps(claims, separators=(",", ":")).encode())
    mac = hmac.new(key.encode(), f"{head}.{payload}".encode(), hashlib.sha256).digest()
    return f"{head}.{payload}.{b64(mac)}"


def token_for(key, pid, municipality):
    now = int(time.time())
    return sign(key, {
        "aud": "network-api", "iss": "network-dev", "exp": now + 86400, "iat": now, "nbf": now,
        "sub": f"professional:{pid}", "name": f"professional:{pid}", "role": "professional",
        "municipality": municipality, "professional_id": pid,
    })


def edit(base, token):
    """The contact flips their anonymous consultation; returns the new value once the PATCH answered 200."""
    status, headers, body = call("GET", f"{base}/api/v1/me", token)
    if status != 200:
        raise RuntimeError(f"GET /me {status} {body[:120]!r}")
    want = not json.loads(body)["offersAnonymousConsultation"]
    version = headers["ETag"].strip('"').split(".")[0]
    # "about" too: a merge patch of a profile without one is refused today ("Required property 'about' is missing").
    status, _, body = call(
        "PATCH", f"{base}/api/v1/me/profile", token,
        {"offersAnonymousConsultation": want, "about": "Synthetic profile."},
        {"Content-Type": "application/merge-patch+json", "If-Match": f'"{version}"'},
    )
    if status != 200:
        raise RuntimeError(f"PATCH /me/profile {status} {body[:120]!r}")
    return want


def targets(base, logins_path, key):
    """
    An edit also marks the entry verified today, which moves it up the ranking: a contact edited for one asker could
    push another asker's target out of their ten. So every candidate target is edited once first, until the askers'
    tens hold no unedited target: from then on an edit changes what is shown, never who.
    """
    logins = json.load(open(logins_path))
    edited = {}
    for _ in range(6):
        tens = [(login, [c["id"] for c in lookup(base, login["token"])["contacts"]]) for login in logins]
        fresh = {pid: login for login, ids in tens for pid in ids if pid not in edited}
        if not fresh:
            break
        for pid, login in fresh.items():
            edited[pid] = token_for(key, pid, login["municipality"])
            edit(base, edited[pid])
        time.sleep(1.5)
    result, seen = [], set()
    for login, ids in tens:
        for pid in ids:
            if pid in edited and pid not in seen:
                seen.add(pid)
                result.append({"asker": login["token"], "contact": pid, "token": edited[pid]})
    json.dump(result, sys.stdout)


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def run(write_base, read_base, targets_path, rate, seconds, watch):
    pool = json.load(open(targets_path))
    lock = threading.Lock()
    fresh, lost, failed, polls = [], 0, [], 0
    busy = set()

    def one(target):
        nonlocal lost, polls
        try:
            want = edit(write_base, target["token"])
            done = time.monotonic()
            if not watch:
                return
            while time.monotonic() - done < GIVE_UP:
                answer = lookup(read_base, target["asker"])
                with lock:
                    polls += 1
                shown = [c for c in answer["contacts"] if c["id"] == target["contact"]]
                if shown and shown[0]["offersAnonymousConsultation"] == want:
                    with lock:
                        fresh.append(time.monotonic() - done)
                    return
                time.sleep(POLL)
            with lock:
                lost += 1
        except Exception as e:  # reported, not hidden: a failed change is a finding
            with lock:
                failed.append(str(e))
        finally:
            with lock:
                busy.discard(target["contact"])

    started = time.monotonic()
    count = 0
    with ThreadPoolExecutor(max_workers=64) as executor:
        i = 0
        while time.monotonic() - started < seconds:
            due = started + count / rate
            if due > time.monotonic():
                time.sleep(due - time.monotonic())
            # One change in flight per person: a second edit would meet a stale If-Match.
            for _ in range(len(pool)):
                target = pool[i % len(pool)]
                i += 1
                with lock:
                    if target["contact"] not in busy:
                        busy.add(target["contact"])
                        break
            else:
                continue
            executor.submit(one, target)
            count += 1
        elapsed = time.monotonic() - started
    ms = lambda v: None if v is None else round(v * 1000, 1)
    print(json.dumps({
        "changes": count, "rate": round(count / elapsed, 2), "seen": len(fresh), "lost": lost,
        "failed": len(failed), "failures": failed[:3], "polls": polls,
        "p50_ms": ms(percentile(fresh, 50)), "p99_ms": ms(percentile(fresh, 99)), "max_ms": ms(max(fresh) if fresh else None),
    }))


if __name__ == "__main__":
    if sys.argv[1] == "targets":
        targets(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        run(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]), float(sys.argv[6]), sys.argv[7] == "1")
