-- wrk script: the lookup page as a person asks it (POST /ik-maak-me-zorgen?handler=Ask, a form with the
-- antiforgery token), rotating over the sessions in the file $SESSIONS (lines "<Cookie header>\t<form token>",
-- made by sessions.py) so each request asks as a different synthetic professional. Form fields from $FORM. As behind
-- a TLS-terminating proxy: X-Forwarded-Proto https (the service runs with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true).
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  local cookie, token = line:match("^(.-)\t(.+)$")
  sessions[#sessions + 1] = { cookie = cookie, token = token }
end
local form = os.getenv("FORM") or ""
local i = 0

request = function()
  i = i % #sessions + 1
  local s = sessions[i]
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = s.cookie, ["X-Forwarded-Proto"] = "https" }
  return wrk.format("POST", nil, headers, "__antiforgery=" .. s.token .. "&" .. form)
end
