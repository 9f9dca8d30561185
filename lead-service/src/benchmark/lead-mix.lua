-- wrk script: sales registering leads and recording interest, half and half.
-- Each thread registers a lead (POST /api/leads, unique KvK number and email), remembers the id
-- from the Location header, and records the customer's interest on it with the next request
-- (PUT /api/leads/{id}/interest: alternately interested, and not interested with a reason).
-- Usage: TOKEN=<sales jwt> KVK_BASE=10000000 wrk -t2 -c64 -d60s -s lead-mix.lua http://127.0.0.1:18081

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  thread:set("run", tostring(os.time()))
  table.insert(threads, thread)
end

function init(args)
  token = os.getenv("TOKEN")
  if token == nil or token == "" then
    error("set TOKEN to a sales bearer token")
  end
  counter = 0
  kvk_base = tonumber(os.getenv("KVK_BASE") or "10000000")  -- a different base per run keeps KvK numbers unique
  pending = {}
  registered = 0
  decided = 0
  failures = 0
  json_headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
end

local function register_body()
  counter = counter + 1
  local n = kvk_base + (tid - 1) * 2000000 + counter   -- unique per run, thread and request: 8 digits
  return string.format([[{"companyName":"Bench %d B.V.","kvkNumber":"%08d",
"contact":{"name":"Bench Contact","email":"bench-%s-%d-%d@example.nl","phone":"06-12345678"},
"address":{"street":"Dorpsstraat","houseNumber":"1","postcode":"9711LM","city":"Groningen"},
"location":{"latitude":53.2194,"longitude":6.5665},"source":"WEBSITE"}]], n, n, run, tid, counter)
end

function request()
  local id = table.remove(pending)
  if id ~= nil then
    local body
    if counter % 2 == 0 then
      body = '{"interested":true}'
    else
      body = '{"interested":false,"reason":"PRICE","note":"benchmark"}'
    end
    return wrk.format("PUT", "/api/leads/" .. id .. "/interest", json_headers, body)
  end
  return wrk.format("POST", "/api/leads", json_headers, register_body())
end

function response(status, headers, body)
  if status == 201 then
    registered = registered + 1
    local location = headers["Location"] or headers["location"]
    if location ~= nil then
      table.insert(pending, string.match(location, "/api/leads/(.+)$"))
    end
  elseif status == 200 then
    decided = decided + 1
  else
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local r, d, f = 0, 0, 0
  for _, thread in ipairs(threads) do
    r = r + thread:get("registered")
    d = d + thread:get("decided")
    f = f + thread:get("failures")
  end
  io.write(string.format("leads registered (201): %d\ninterest recorded (200): %d\nother statuses: %d\n", r, d, f))
  io.write(string.format("requests/s (all): %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
