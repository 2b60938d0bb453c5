-- wrk script: GET each path of a file (one per line) in turn, so that a run touches many rows
-- instead of one cached URL. Usage: wrk ... -s bench/paths.lua http://127.0.0.1:PORT -- PATHS_FILE
-- Each thread starts at its own offset; the order is fixed (no randomness), so runs are repeatable.
-- The access token, if any, comes from the environment variable BENCH_TOKEN.

local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. tostring(args[1]))
   end
   index = (id * 7919) % #paths
   wrk.headers["Accept"] = "application/json"
   local token = os.getenv("BENCH_TOKEN")
   if token and token ~= "" then
      wrk.headers["Authorization"] = "Bearer " .. token
   end
end

function request()
   index = index % #paths + 1
   return wrk.format("GET", paths[index])
end
