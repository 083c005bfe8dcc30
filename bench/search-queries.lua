-- wrk script for bench/search.sh: GET /api/search for the queries of the query file that
-- bench/SearchBench.java wrote (tab-separated: category, text, filters like "year=2023&town=白石镇").
--   wrk -t2 -c32 -d20s --latency -s bench/search-queries.lua http://127.0.0.1:PORT -- QUERYFILE [zipf]
-- By default each thread rotates through the whole list from a different place, so every query is as
-- common as every other. With "zipf", the k-th query of the list is asked with weight 1/k, as a county's
-- searches are: a few village and project names very often, most queries rarely. No response() callback: defining one makes wrk
-- parse every body, which would cost the load generator CPU that the server needs on a 2-core machine.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- Percent-encodes every byte outside RFC 3986's unreserved set, so UTF-8 Chinese goes out as %E7%99%BD….
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
local cumulative = {}
local counter = 1

function init(args)
  local file = args[1] or error("usage: wrk ... -s search-queries.lua URL -- QUERYFILE")
  for line in io.lines(file) do
    if line ~= "" then
      local _, text, filters = line:match("^([^\t]*)\t([^\t]*)\t?(.*)$")
      local path = "/api/search?q=" .. encode(text)
      for kv in filters:gmatch("[^&]+") do
        local k, v = kv:match("^([^=]+)=(.*)$")
        path = path .. "&" .. encode(k) .. "=" .. encode(v)
      end
      paths[#paths + 1] = path
    end
  end
  counter = ((id or 0) * 7919) % #paths + 1
  if args[2] == "zipf" then
    math.randomseed(20231 + (id or 0))
    local total = 0
    for k = 1, #paths do
      total = total + 1 / k
      cumulative[k] = total
    end
  end
end

-- The first k whose cumulative weight reaches a uniform draw: a binary search over the 1/k weights.
local function zipf()
  local draw = math.random() * cumulative[#cumulative]
  local low, high = 1, #cumulative
  while low < high do
    local mid = math.floor((low + high) / 2)
    if cumulative[mid] < draw then low = mid + 1 else high = mid end
  end
  return low
end

function request()
  if #cumulative > 0 then
    return wrk.format("GET", paths[zipf()])
  end
  local path = paths[counter]
  counter = counter % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT http_requests %d\n", summary.requests))
  io.write(string.format("RESULT http_rps %.0f req/s\n", summary.requests / seconds))
  io.write(string.format("RESULT http_p50_ms %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("RESULT http_p99_ms %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("RESULT http_max_ms %.2f ms\n", latency.max / 1000))
  io.write(string.format("RESULT http_errors connect=%d read=%d write=%d timeout=%d non2xx=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
