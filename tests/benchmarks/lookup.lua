-- wrk script: POST a JSON body with a bearer token, rotating over the tokens in $TOKENS (space-separated)
-- so each request asks as a different synthetic professional. Body from $BODY.
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS") or "", "%S+") do tokens[#tokens + 1] = t end
local body = os.getenv("BODY") or "{}"
local i = 0

request = function()
  i = i % math.max(#tokens, 1) + 1
  local headers = { ["Content-Type"] = "application/json" }
  if #tokens > 0 then headers["Authorization"] = "Bearer " .. tokens[i] end
  return wrk.format("POST", nil, headers, body)
end
