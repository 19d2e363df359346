-- wrk script: POST a new missed-bin report to FrontDoor's Open311 endpoint with the demo key, each one different (so
-- retry detection never folds two together). Bounded: each thread stops after max_per_thread requests, and wrk's
-- own -d bounds the time. Usage: wrk -t2 -c16 -d20s -s bench/Open311Load/post.lua --latency http://127.0.0.1:PORT
local threads = {}
local max_per_thread = 50000

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  sent = 0
  run = tostring(os.time())
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  sent = sent + 1
  local body = "api_key=demo-open311-key&jurisdiction_id=thameside&service_code=missed-bin&lat=51.5074&long=-0.0278"
    .. "&address_string=" .. sent .. "+High+Street"
    .. "&description=Load+test+" .. run .. "+thread+" .. id .. "+report+" .. sent .. "%3A+black+bin+not+emptied"
    .. "&attribute%5Bbin-type%5D%5B%5D=general&attribute%5Bcollection-date%5D=2026-11-20&attribute%5Bbin-out%5D=yes"
  return wrk.format(nil, "/open311/v2/requests.xml", nil, body)
end

function response(status, headers, body)
  if sent >= max_per_thread then
    wrk.thread:stop()
  end
end
