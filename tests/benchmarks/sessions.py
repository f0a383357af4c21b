#!/usr/bin/env python3
"""Web sessions for the lookup page benchmark: for each bearer token in $TOKENS, a session cookie from
POST /bench/session (benchmark mode only), then the page's antiforgery cookie and form token from GET
/ik-maak-me-zorgen. Prints one line per person: "<Cookie header>\t<form token>", which page.lua sends.
The service runs as deployed behind a TLS-terminating proxy (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true), so each
request says X-Forwarded-Proto: https, without which the Secure-only cookies and antiforgery refuse plain HTTP."""
import os
import re
import sys
import urllib.request

base = sys.argv[1]
PROXIED = {"X-Forwarded-Proto": "https"}
opener = urllib.request.build_opener(urllib.request.HTTPRedirectHandler())


def cookies(response):
    # Only name=value: the Secure/HttpOnly attributes are the browser's business, not the benchmark's.
    return [h.split(";", 1)[0] for h in response.headers.get_all("Set-Cookie") or []]


for token in os.environ["TOKENS"].split():
    session = urllib.request.Request(f"{base}/bench/session", method="POST", headers={"Authorization": f"Bearer {token}", **PROXIED})
    with opener.open(session) as r:
        jar = cookies(r)
    page = urllib.request.Request(f"{base}/ik-maak-me-zorgen", headers={"Cookie": "; ".join(jar), **PROXIED})
    with opener.open(page) as r:
        jar += cookies(r)
        html = r.read().decode()
    form_token = re.search(r'name="__antiforgery" type="hidden" value="([^"]+)"', html)
    if not form_token:
        sys.exit("the lookup page carried no antiforgery token: not signed in?")
    print("; ".join(jar) + "\t" + form_token.group(1))
