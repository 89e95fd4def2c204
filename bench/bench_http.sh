#!/usr/bin/env bash
# Benchmark serving the calendar feed: gunicorn alone, plain static nginx serving the same
# bytes, and the deployed stack (deploy/nginx.conf caching in front of gunicorn), with wrk,
# in one run: 200s (plain GET) and 304s (If-None-Match with the server's ETag).
#
#   bench/bench_http.sh            # needs wrk, nginx, curl and .venv with the server extra
#
# Environment: DURATION (seconds per wrk run, default 10), REPEAT (wrk runs per figure, the best
# by requests/s is reported, 1), CONNECTIONS (64), THREADS (2),
# WARMUP (seconds of untimed load before each server is measured, 3), SEED (the status page
# imported), FEEDS (space-separated paths, default "/calendars/all.ics" and the same with
# past=P3650D, i.e. the whole seed history), PORT_BASE (18080: gunicorn +1, static +2, stack +3),
# STACK_CONF (the nginx include measured as the deployed stack, deploy/nginx.conf), GUNICORN_EXTRA
# (more gunicorn options, e.g. "--max-requests 0").
# gunicorn runs deploy/gunicorn.conf.py with 2 workers and no access log (ICSFEED_ACCESS_LOG empty:
# not even formatted, as "--access-logfile /dev/null" would).
# shellcheck disable=SC2086  # GUNICORN_EXTRA is split into options on purpose
# Loopback only; every process it starts is stopped on exit and its temp directory removed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH="$ROOT/bench"
VENV=${VENV:-$ROOT/.venv}
SEED=${SEED:-/work/shared/seeds/000_bc20c9ee9ef879b8.txt}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-3}
REPEAT=${REPEAT:-1}
FEEDS=${FEEDS:-"/calendars/all.ics /calendars/all.ics?past=P3650D"}
PORT_BASE=${PORT_BASE:-18080}
STACK_CONF=${STACK_CONF:-$ROOT/deploy/nginx.conf}
GUNICORN_EXTRA=${GUNICORN_EXTRA:-}
GUNICORN_PORT=$((PORT_BASE + 1))
STATIC_PORT=$((PORT_BASE + 2))
STACK_PORT=$((PORT_BASE + 3))

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "bench_http: $tool not found (see bench/README.md)" >&2; exit 2; }
done
[ -x "$VENV/bin/gunicorn" ] || { echo "bench_http: no $VENV/bin/gunicorn: pip install -e '.[server]'" >&2; exit 2; }
[ -f "$STACK_CONF" ] || { echo "bench_http: no $STACK_CONF" >&2; exit 2; }

TMP=$(mktemp -d /tmp/icsfeed-bench-http.XXXXXX)
chmod 755 "$TMP"
PIDS=()  # "signal:pid": QUIT stops gunicorn at once (TERM would wait for queued requests), TERM stops nginx

cleanup() {
    local entry pid children
    for entry in "${PIDS[@]}"; do
        kill "-${entry%%:*}" "${entry#*:}" 2>/dev/null || true
    done
    for entry in "${PIDS[@]}"; do
        pid=${entry#*:}
        for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then
            children=$(pgrep -P "$pid" || true)
            kill -KILL "$pid" $children 2>/dev/null || true
        fi
    done
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$GUNICORN_PORT" "$STATIC_PORT" "$STACK_PORT"; do
    port_free "$port" || { echo "bench_http: 127.0.0.1:$port is in use; set PORT_BASE" >&2; exit 2; }
done

wait_for() {  # URL: until it answers 200, at most 60 s (a gunicorn worker reconciles on its first request)
    for _ in $(seq 600); do
        [ "$(curl -s -m 30 -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0
        sleep 0.1
    done
    echo "bench_http: $1 did not come up" >&2
    return 1
}

etag_of() { curl -s -D - -o /dev/null "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}'; }

expect_304() {  # URL ETAG
    local code
    code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -H "If-None-Match: $2" "$1")
    [ "$code" = 304 ] || { echo "bench_http: $1 with If-None-Match $2 answered $code, not 304" >&2; exit 1; }
}

declare -A RPS=() P99=() ERRORS=() DONE=()
RUNS=0
run_wrk() {  # KEY URL [LUA]: best of $REPEAT wrk runs by requests/s; requests/s, p99, errors into the arrays
    local key=$1 url=$2 script=${3:-} out best="" best_rps=-1 rps attempt
    for attempt in $(seq "$REPEAT"); do
        RUNS=$((RUNS + 1))
        out="$TMP/wrk-$RUNS-$key.txt"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency ${script:+-s "$script"} "$url" \
            > "$out"
        rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$out")
        if [ "$rps" -gt "$best_rps" ]; then best=$out best_rps=$rps; fi
    done
    DONE[$key]=$(awk '/ requests in / {print $1}' "$best")
    RPS[$key]=$best_rps
    P99[$key]=$(awk '$1 == "99%" {v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
                      f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1;
                      printf "%.1f ms", v * f}' "$best")
    [ "${DONE[$key]}" != 0 ] || P99[$key]="-"  # nothing completed: no latency to report
    ERRORS[$key]=$(awk '/Socket errors/ {sub(/^ *Socket errors: */, ""); e = $0}
                        /Non-2xx or 3xx/ {n = "non-2xx/3xx " $NF}
                        END {s = e; if (n != "") s = (s == "" ? n : s ", " n); print (s == "" ? "none" : s)}' "$best")
    echo "  $key: ${DONE[$key]} requests, ${RPS[$key]} req/s, p99 ${P99[$key]}, errors: ${ERRORS[$key]}" >&2
}

warm() { wrk -t1 -c4 -d"${WARMUP}s" --timeout 30s "$1" > /dev/null; }

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench_http: importing $(basename "$SEED") into $TMP/bench.sqlite3" >&2
export ICSFEED_DATABASE_URL="sqlite:///$TMP/bench.sqlite3" ICSFEED_POLL_INTERVAL=0
"$VENV/bin/icsfeed" -q import "$SEED" >&2

ICSFEED_ACCESS_LOG="" "$VENV/bin/gunicorn" -c "$ROOT/deploy/gunicorn.conf.py" --workers 2 \
    --bind "127.0.0.1:$GUNICORN_PORT" --error-logfile "$TMP/gunicorn.log" $GUNICORN_EXTRA icsfeed.web.wsgi:app &
PIDS+=("QUIT:$!")
GUNICORN="http://127.0.0.1:$GUNICORN_PORT"
wait_for "$GUNICORN/healthz"

mkdir -p "$TMP/www"
sed -e "s|@TMP@|$TMP|g" -e "s|@ROOT@|$TMP/www|g" -e "s|@PORT@|$STATIC_PORT|g" -e "s|@USER@|$(id -un)|g" \
    "$BENCH/nginx-static.conf.in" > "$TMP/nginx-static.conf"
nginx -p "$TMP" -c "$TMP/nginx-static.conf" -e "$TMP/nginx-static.error.log" &
PIDS+=("TERM:$!")

"$BENCH/nginx-stack.sh" "$STACK_CONF" "$TMP" "$STACK_PORT" "127.0.0.1:$GUNICORN_PORT" \
    > "$TMP/nginx-stack.conf"
nginx -p "$TMP" -c "$TMP/nginx-stack.conf" -e "$TMP/nginx-stack.error.log" &
PIDS+=("TERM:$!")
STACK="http://127.0.0.1:$STACK_PORT"
wait_for "$STACK/healthz"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }
verdict() { awk -v v="${1% ms}" -v t="$2" -v op="$3" 'BEGIN {ok = (v != "-") && ((op == ">=") ? v >= t : v < t);
                                                     print ok ? "met" : "**missed**"}'; }

read -ra FEED_LIST <<< "$FEEDS"
TABLE=()
index=0
for feed in "${FEED_LIST[@]}"; do
    index=$((index + 1))
    static="http://127.0.0.1:$STATIC_PORT/$index${feed%%\?*}"
    saved="$TMP/www/$index${feed%%\?*}"
    mkdir -p "$(dirname "$saved")"
    wait_for "$GUNICORN$feed"
    curl -sf -o "$saved" "$GUNICORN$feed"
    chmod -R a+rX "$TMP/www"
    wait_for "$static"
    wait_for "$STACK$feed"
    cmp -s "$saved" <(curl -s "$static") \
        || { echo "bench_http: static nginx does not serve the saved bytes of $feed" >&2; exit 1; }
    cmp -s "$saved" <(curl -s "$STACK$feed") \
        || { echo "bench_http: the stack does not serve gunicorn's bytes of $feed" >&2; exit 1; }
    size=$(wc -c < "$saved")
    vevents=$(grep -c BEGIN:VEVENT "$saved" || true)
    echo "bench_http: $feed: $size bytes, $vevents VEVENTs" >&2

    declare -A URLS=([static]=$static [gunicorn]=$GUNICORN$feed [stack]=$STACK$feed)
    for server in static gunicorn stack; do
        url=${URLS[$server]}
        etag=$(etag_of "$url")
        expect_304 "$url" "$etag"
        warm "$url"
        run_wrk "$server-200" "$url"
        BENCH_ETAG=$etag run_wrk "$server-304" "$url" "$BENCH/if-none-match.lua"
    done

    TABLE+=("" "\`$feed\`: $size bytes, $vevents VEVENTs" ""
            "| server | response | requests | requests/s | p99 latency | socket errors | vs static nginx | target |"
            "| --- | --- | --- | --- | --- | --- | --- | --- |")
    for server in static gunicorn stack; do
        for code in 200 304; do
            key=$server-$code
            r=$(ratio "${RPS[$key]}" "${RPS[static-$code]}")
            case $server in
                static) name="static nginx" target="-" ;;
                gunicorn) name="gunicorn, 2 workers" want=$([ "$code" = 200 ] && echo 0.3 || echo 0.5)
                          target="ratio >= $want: $(verdict "$r" "$want" ">="); p99 < 20 ms: $(verdict "${P99[$key]}" 20 "<")" ;;
                stack) name="deploy/nginx.conf + gunicorn" target="ratio >= 0.8: $(verdict "$r" 0.8 ">=")" ;;
            esac
            TABLE+=("| $name | $code | ${DONE[$key]} | ${RPS[$key]} | ${P99[$key]} | ${ERRORS[$key]} | $r | $target |")
        done
    done
done

echo
echo "# HTTP benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, best of $REPEAT, after ${WARMUP}s warm-up, on 127.0.0.1;" \
     "seed $(basename "$SEED");"
echo "load average at start $LOAD_AT_START, at end $(cut -d' ' -f1-3 /proc/loadavg);"
echo "gunicorn worker restarts (max_requests) during the run: $(grep -c 'Autorestarting worker' "$TMP/gunicorn.log" || true)."
printf '%s\n' "${TABLE[@]}"
