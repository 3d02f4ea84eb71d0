-- wrk script: each request is the next line of the requests file (method, path, bearer token, body; tab-separated),
-- so 50 connections act as 50 different users. Usage: wrk -s requests.lua <url> -- <requests file>
local requests = {}
local next_request = 1

function init(args)
  for line in io.lines(args[1]) do
    local method, path, token, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t?(.*)$")
    local headers = { ["Authorization"] = "Bearer " .. token }
    if body ~= nil and body ~= "" then
      headers["Content-Type"] = "application/json"
    else
      body = nil
    end
    requests[#requests + 1] = wrk.format(method, path, headers, body)
  end
  -- each thread starts at a different place in the list
  next_request = math.random(#requests)
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
