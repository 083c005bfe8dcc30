-- wrk script for bench/serve-vs-nginx.sh: GET the notice pages listed in a file (one path a line, /p/CODE/),
-- as a phone browser asks for them (Accept-Encoding: gzip), so both servers send the build's .gz twins.
--   wrk -t2 -c64 -d20s --latency -s bench/notice-pages.lua http://127.0.0.1:PORT -- PATHFILE
-- Each thread rotates through the whole list from its own place, so every page is as common as every other.
-- No response() callback: defining one makes wrk parse every body, which would take CPU from the server
-- on a 2-core machine.

local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

local paths = {}
local counter = 1

function init(args)
  local file = args[1] or error("usage: wrk ... -s notice-pages.lua URL -- PATHFILE")
  for line in io.lines(file) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  if #paths == 0 then error("no paths in " .. file) end
  counter = ((id or 0) * 7919) % #paths + 1
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  local path = paths[counter]
  counter = counter % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT requests %d\n", summary.requests))
  io.write(string.format("RESULT rps %.0f\n", summary.requests / seconds))
  io.write(string.format("RESULT mb_per_s %.1f\n", summary.bytes / seconds / 1e6))
  io.write(string.format("RESULT p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("RESULT p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("RESULT max_ms %.2f\n", latency.max / 1000))
  io.write(string.format("RESULT errors connect=%d read=%d write=%d timeout=%d non2xx=%d\n",
    e.connect, e.read, e.write, e.timeout, e.status))
end
