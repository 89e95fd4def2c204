-- wrk script: every request carries If-None-Match with the ETag in $BENCH_ETAG (expects 304s).
local etag = os.getenv("BENCH_ETAG")
assert(etag and etag ~= "", "set BENCH_ETAG to the feed's ETag")
wrk.headers["If-None-Match"] = etag
