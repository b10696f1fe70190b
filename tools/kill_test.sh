#!/usr/bin/env bash
# Crash safety of `armswatch watch`: kills the ingesting process with SIGKILL at random moments, TRIALS times,
# restarting it each time, then lets it finish and checks that every document acknowledged before a kill ("stored
# SOURCE ..." is printed after the commit) is in the register, that none is there twice, and that SQLite's
# integrity check passes.
#
#   bash tools/kill_test.sh [TRIALS=100] [ITEMS=6000]
#
# The site is served by python3's http.server on 127.0.0.1 only; each trial also drops two files into a watched folder.
# Takes about 4 s per trial on 2 cores (most of it .NET start-up and loading the models).
set -euo pipefail
trials=${1:-100}
items=${2:-6000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/armswatch-kill.XXXXXX)
echo "kill test: $trials trials, $items feed items, work folder $work"

dotnet build "$root/src/ArmsWatch.Cli" -c Release -o "$work/bin" >/dev/null
python3 "$root/tools/make_feed_site.py" "$root/../shared/eval/dev/articles.jsonl" "$items" "$work/site"
mkdir -p "$work/drop" "$work/logs"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 "$port" --directory "$work/site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1

db="$work/register.db"
watch() { exec dotnet "$work/bin/ArmsWatch.Cli.dll" watch --once --feed "http://127.0.0.1:$port/feed.xml" --folder "$work/drop" --db "$db"; }
articles=("$root"/../shared/eval/dev/articles/*.txt)

for trial in $(seq 1 "$trials"); do
    for n in 1 2; do
        file="$work/drop/trial-$trial-$n.txt"
        { cat "${articles[$(( (trial * 2 + n) % ${#articles[@]} ))]}"; printf '\n\nDropped in trial %d, file %d.\n' "$trial" "$n"; } > "$file"
        touch -d '1 minute ago' "$file"   # older than the settle time: complete
    done
    watch > "$work/logs/out.$trial" 2> "$work/logs/err.$trial" &
    pid=$!
    # Anywhere from start-up to well into ingesting: 0.2-7 s.
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.2, 7.0), 2))')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    printf '\rtrial %d/%d: %d acknowledged so far' "$trial" "$trials" "$(cat "$work"/logs/out.* | grep -c '^stored ' || true)"
done
echo
(watch > "$work/logs/out.final" 2> "$work/logs/err.final") || { echo "the final run failed:"; tail "$work/logs/err.final"; exit 1; }

python3 - "$db" "$work/logs" "$items" "$(( trials * 2 ))" <<'PY'
import glob, re, sqlite3, sys
db, logs, items, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
acknowledged = []
for path in glob.glob(f"{logs}/out.*"):
    if path.endswith(".final"):
        continue
    for line in open(path, encoding="utf-8", errors="replace"):
        match = re.match(r"stored (\S+) \(\d+ claims\)$", line.rstrip("\n"))
        if match:
            acknowledged.append(match.group(1))
register = sqlite3.connect(db)
integrity = register.execute("PRAGMA integrity_check").fetchone()[0]
urls = [row[0] for row in register.execute("SELECT url FROM documents WHERE url IS NOT NULL")]
origins = [row[0] for row in register.execute("SELECT origin FROM documents WHERE url IS NULL")]
stored = set(urls) | set(origins)
missing = [source for source in acknowledged if source not in stored]
twice = len(urls) - len(set(urls)) + len(origins) - len(set(origins))
acked_twice = len(acknowledged) - len(set(acknowledged))
print(f"acknowledged before kills: {len(acknowledged)}; stored: {len(urls)} pages of {items}, {len(origins)} files of {files}")
print(f"missing after acknowledgement: {len(missing)}; stored twice: {twice}; acknowledged twice: {acked_twice}; integrity_check: {integrity}")
ok = not missing and twice == 0 and acked_twice == 0 and integrity == "ok" and len(urls) == items and len(origins) == files
print("PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
