-- wrk script: POST the file named by $BODY_FILE as JSON (no response() hook: it would slow wrk itself down)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.body = f:read("*a")
f:close()
