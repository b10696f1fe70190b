#!/usr/bin/env bash
# Read speed of the API under load: serves a register with `armswatch serve` on loopback and measures each read endpoint
# with wrk, idle and then while `armswatch ingest` writes to the same register. Prints a Markdown table.
#
#   bash tools/load_test.sh REGISTER [INGEST_INPUT] [DURATION=15s] [CONNECTIONS=16]
#
# REGISTER is a --db value (a SQLite file or a postgres:// URL) holding the claims to read (build one of a million
# claims with `python3 tools/replicate_articles.py ../shared/eval/dev/articles.jsonl 145000`, split into files under
# the 20 MB file limit, and `armswatch ingest`). INGEST_INPUT, when given, is ingested into the same register during
# the second round (articles not stored yet, so that it really writes). wrk runs with 2 threads; install it with
# `apt-get install wrk`. SERVE_ARGS adds options to `serve` (SERVE_ARGS="--response-cache 0" measures every answer
# computed afresh).
set -euo pipefail
register=${1:?usage: load_test.sh REGISTER [INGEST_INPUT] [DURATION] [CONNECTIONS]}
input=${2:-}
duration=${3:-15s}
connections=${4:-16}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
work=$(mktemp -d /tmp/armswatch-load.XXXXXX)
dotnet build "$root/src/ArmsWatch.Cli" -c Release -o "$work/bin" >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"

# shellcheck disable=SC2086 # SERVE_ARGS is options, split on purpose
dotnet "$work/bin/ArmsWatch.Cli.dll" serve --db "$register" --urls "$base" ${SERVE_ARGS:-} > "$work/serve.log" 2>&1 &
server=$!
ingest=
cleanup() { kill "$server" 2>/dev/null || true; [ -n "$ingest" ] && kill "$ingest" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$base/api/flows" >/dev/null 2>&1 && break; sleep 1; done
deal=$(curl -sf "$base/api/deals?page_size=1" | python3 -c 'import json, sys, urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["items"][0]["id"], safe=""))')
claims=$(curl -sf "$base/api/claims?page_size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')

endpoints=(
    "/api/claims"
    "/api/claims?supplier=RUS"
    "/api/claims?recipient=IND&category=aircraft"
    "/api/claims?supplier=RUS&category=air-defence&text=S-300"
    "/api/deals"
    "/api/deals?recipient=IRN&stage=delivery"
    "/api/deals/$deal"
    "/api/flows"
    "/api/flows?supplier=RUS&from_year=2010"
)

# One wrk run: "requests/s | p50 ms | p99 ms | errors".
measure() {
    local output
    output=$(wrk -t2 -c"$connections" -d"$duration" --latency "$base$1")
    python3 - "$output" <<'PY'
import re, sys
text = sys.argv[1]
def ms(label):
    m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
socket = re.search(r"Socket errors: (.*)", text)
print(f"{rate:,.0f} | {ms('50'):.1f} | {ms('99'):.1f} | {errors.group(1) if errors else 0}{' (' + socket.group(1) + ')' if socket else ''}")
PY
}

echo "register: $register ($claims claims); serve ${SERVE_ARGS:-}; wrk -t2 -c$connections -d$duration; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint | idle: requests/s | p50 ms | p99 ms | errors |"
echo "| --- | --- | --- | --- | --- |"
for endpoint in "${endpoints[@]}"; do
    curl -sf "$base$endpoint" >/dev/null   # warm: the first request compiles the route
    echo "| \`${endpoint/$deal/{id\}}\` | $(measure "$endpoint") |"
done

if [ -n "$input" ]; then
    dotnet "$work/bin/ArmsWatch.Cli.dll" ingest "$input" --db "$register" > "$work/ingest.log" 2>&1 &
    ingest=$!
    sleep 5   # past start-up: loading the models is not writing
    echo
    echo "| endpoint | while ingest writes: requests/s | p50 ms | p99 ms | errors | documents stored meanwhile |"
    echo "| --- | --- | --- | --- | --- | --- |"
    for endpoint in "/api/claims" "/api/claims?supplier=RUS"; do
        kill -0 "$ingest" 2>/dev/null || { echo "ingest ended before the measurement: give it more input" >&2; exit 1; }
        before=$(grep -c '^stored ' "$work/ingest.log" || true)
        row=$(measure "$endpoint")
        after=$(grep -c '^stored ' "$work/ingest.log" || true)
        echo "| \`$endpoint\` | $row | $((after - before)) |"
    done
fi
