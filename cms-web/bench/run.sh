#!/usr/bin/env bash
# The benchmark (issue 15): fresh server + database, N synthetic articles, wrk on the read paths, the write
# path, nginx static as the baseline of the same run; prints one Markdown table. See cms-web/bench/README.md.
set -euo pipefail

N=${1:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
MEASURE=${BENCH_SECONDS:-20}          # measured seconds per path
WARMUP=${BENCH_WARMUP:-20}            # unrecorded wrk run before each measured one (JIT)
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
LOADERS=${BENCH_LOADERS:-8}           # parallel loaders for the N articles
WRITES=${BENCH_WRITES:-2000}          # articles created, submitted, published by the timed write path
WRITERS=${BENCH_WRITERS:-4}
OFFSET=${BENCH_PORT_OFFSET:-100}      # WildFly on 8180/10090, clear of the test run's 8080/9990
HTTP_PORT=$((8080 + OFFSET))
PG_PORT=${BENCH_PG_PORT:-54529}
NGINX_PORT=${BENCH_NGINX_PORT:-8199}
LOCK=${BENCH_LOCK:-/tmp/newsroom-maven.lock}   # "none": do not take it
MVN_OPTS=${BENCH_MVN_OPTS:-}                  # e.g. -o on a machine with everything in ~/.m2
API_MAX=${BENCH_API_MAX:-2000}               # articles loaded through the API; above it the bulk path copies them

# The whole run holds the build lock: a benchmark beside a Maven build measures the build.
if [[ $LOCK != none && -z ${BENCH_LOCKED:-} ]]; then
    echo "[bench] waiting for $LOCK (builds and other benchmarks hold it)…"
    exec env BENCH_LOCKED=1 flock "$LOCK" bash "$0" "$@"
fi

log() { echo "[bench] $*"; }

# ---- 1. tools (Debian packages) ----
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v psql >/dev/null || missing+=(postgresql-client)
if ((${#missing[@]})); then
    SUDO=; [[ $(id -u) -ne 0 ]] && SUDO=sudo
    log "installing ${missing[*]}"
    $SUDO apt-get install -y "${missing[@]}" || { $SUDO apt-get update && $SUDO apt-get install -y "${missing[@]}"; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# ---- 2. build when the WAR is missing or older than a source file ----
SERVER=$ROOT/cms-web/target/server
CLASSPATH_FILE=$ROOT/cms-web/target/bench.classpath
WAR=$(ls "$SERVER"/standalone/deployments/*.war 2>/dev/null | head -1 || true)
if [[ ${BENCH_BUILD:-auto} == always || -z $WAR || ! -s $CLASSPATH_FILE ]] \
        || [[ -n $(find "$ROOT" -path '*/src/*' -newer "$WAR" -not -path '*/target/*' -print -quit) ]]; then
    log "building (mvn package -DskipTests)…"
    (cd "$ROOT" && mvn $MVN_OPTS -B -q package -DskipTests dependency:build-classpath \
        -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test)
fi

WORK=$(mktemp -d /tmp/newsroom-bench.XXXXXX)
DEV_PID= WF_PID= PG_PID= NGINX_PID=
cleanup() {
    set +e
    if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then kill -QUIT "$NGINX_PID"; fi
    if [[ -n $DEV_PID ]] && kill -0 "$DEV_PID" 2>/dev/null; then
        log "stopping the server (WildFly, then PostgreSQL)…"
        kill -TERM "$DEV_PID"
        for _ in $(seq 1 90); do kill -0 "$DEV_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$DEV_PID" 2>/dev/null && kill -KILL "$DEV_PID"
    fi
    # whatever the launcher could not stop, by pid
    if [[ -n $WF_PID ]] && kill -0 "$WF_PID" 2>/dev/null; then kill -KILL "$WF_PID"; fi
    if [[ -n $PG_PID ]] && kill -0 "$PG_PID" 2>/dev/null; then kill -INT "$PG_PID"; sleep 2; fi
    if [[ -z ${BENCH_KEEP:-} ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$HTTP_PORT" $((9990 + OFFSET)) "$PG_PORT" "$NGINX_PORT"; do
    if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "[bench] port $port is in use; set BENCH_PORT_OFFSET / BENCH_PG_PORT / BENCH_NGINX_PORT" >&2
        exit 2
    fi
done

# ---- 3. start on a fresh embedded database (the run command's launcher, without Maven) ----
export CMS_ADMIN_PASSWORD=bench-admin-password CMS_DATA_DIR=$WORK/data POSTGRESQL_PORT=$PG_PORT
unset POSTGRESQL_HOST
BASE=http://127.0.0.1:$HTTP_PORT
start_server() { # [ENV=VALUE …]: sets DEV_PID WF_PID PG_PID ready_s wildfly_s
    log "starting WildFly on $BASE, embedded PostgreSQL on $PG_PORT, data in $WORK/data ${*:-}"
    local start_ns; start_ns=$(date +%s%N)
    env "$@" java -cp "$ROOT/cms-web/target/test-classes:$(cat "$CLASSPATH_FILE")" \
        -Djboss.socket.binding.port-offset="$OFFSET" \
        org.newsroom.cms.devserver.DevServer "$SERVER" "$WORK/data" >>"$WORK/server.log" 2>&1 &
    DEV_PID=$!
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/public/articles?limit=1") == 200 ]]; do
        if ! kill -0 "$DEV_PID" 2>/dev/null || (($(date +%s%N) - start_ns > 300000000000)); then
            tail -40 "$WORK/server.log" >&2; echo "[bench] the server did not start" >&2; exit 1
        fi
        sleep 0.1
    done
    ready_s=$(awk -v ns=$(($(date +%s%N) - start_ns)) 'BEGIN { printf "%.1f", ns / 1e9 }')
    local wildfly_ms
    wildfly_ms=$(grep -o 'started in [0-9]*ms' "$WORK/server.log" | grep -o '[0-9]*' | tail -1 || echo 0)
    wildfly_s=$(awk -v ms="${wildfly_ms:-0}" 'BEGIN { printf "%.1f", ms / 1000 }')
    WF_PID=
    for p in $(descendants "$DEV_PID"); do
        [[ $(cat "/proc/$p/comm" 2>/dev/null) == java ]] && { WF_PID=$p; break; }
    done
    PG_PID=$(head -1 "$WORK/data/postgres/postmaster.pid")
    XMX=$(tr '\0' '\n' <"/proc/$WF_PID/cmdline" | grep -- '^-Xmx' | tail -1 || true)
    log "ready after ${ready_s} s (WildFly: started in ${wildfly_s} s); WildFly pid $WF_PID, PostgreSQL pid $PG_PID"
}
stop_server() {
    kill -TERM "$DEV_PID"
    for _ in $(seq 1 90); do kill -0 "$DEV_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$DEV_PID" 2>/dev/null && kill -KILL "$DEV_PID"
    DEV_PID= WF_PID= PG_PID=
}
descendants() { local p; for p in $(pgrep -P "$1"); do echo "$p"; descendants "$p"; done; }
start_server
cold_ready_s=$ready_s cold_wildfly_s=$wildfly_s

# CPU ticks: WildFly's JVM; PostgreSQL's postmaster with its reaped children plus its live backends
wf_ticks() { local f; read -ra f <"/proc/$WF_PID/stat"; echo $((f[13] + f[14])); }
pg_ticks() {
    local f total c
    read -ra f <"/proc/$PG_PID/stat"; total=$((f[13] + f[14] + f[15] + f[16]))
    for c in $(pgrep -P "$PG_PID"); do
        read -ra f <"/proc/$c/stat" 2>/dev/null && total=$((total + f[13] + f[14]))
    done
    echo "$total"
}
HZ=$(getconf CLK_TCK)
heap_used_mb() {
    jcmd "$WF_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' \
        | awk '{ printf "%d", $1 / 1024 }'
}
note_heap() { local h; h=$(heap_used_mb); echo "${h:-?}"; }

# ---- 4. load ----
cd "$HERE"
java Loader.java setup "$BASE" "$CMS_ADMIN_PASSWORD" "$WORK"
N_API=$((N < API_MAX ? N : API_MAX))
log "loading $N_API articles with $LOADERS loaders (create with tags + bylines, submit, publish)…"
java Loader.java load "$BASE" "$N_API" "$LOADERS" "$WORK" | tee "$WORK/load.txt"
load_line=$(tail -1 "$WORK/load.txt")
SLUG=$(head -1 "$WORK/slugs.txt")
TAG=$(head -1 "$WORK/tags.txt")
psql_cms() { PGPASSWORD=postgres psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }
if ((N > N_API)); then
    copies=$(((N - N_API + N_API - 1) / N_API))
    log "bulk path: $copies copies of the $N_API API-made articles (clone.sql)…"
    clone_start=$(date +%s)
    psql_cms -v copies="$copies" -f "$HERE/clone.sql" 2>&1 | grep -v NOTICE | tail -3 || true
    psql_cms -At -c "select slug from article where live_revision_id is not null order by random()" >"$WORK/slugs.txt"
    load_line="$load_line; bulk: $copies copies in $(($(date +%s) - clone_start)) s"
fi
N=$(wc -l <"$WORK/slugs.txt")
log "$N published articles"
sed 's|^|/api/public/articles/|' "$WORK/slugs.txt" >"$WORK/json-paths.txt"
sed 's|^|/articles/|' "$WORK/slugs.txt" >"$WORK/html-paths.txt"
sed 's|$|/articles|; s|^|/api/public/tags/|' "$WORK/tags.txt" >"$WORK/tag-paths.txt"
for w in pemerintah peningkatan "kerja sama" nelayan korupsi banjir "harga beras" sepak pelabuhan inflasi; do
    echo "/api/public/search?q=${w// /+}"
done >"$WORK/search-paths.txt"
cat >"$WORK/rotate.lua" <<'LUA'
-- each wrk thread walks the path list from its own offset
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local threads = 0
function setup(thread) thread:set("offset", threads * 7919); threads = threads + 1 end
local i = 0
function init(args) i = offset or 0 end
function request() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end
LUA

# ---- 5. nginx serving the same article JSON bytes ----
mkdir -p "$WORK/nginx/root/a" "$WORK/nginx/tmp"
curl -s "$BASE/api/public/articles/$SLUG" -o "$WORK/nginx/root/a/article.json"
bytes=$(stat -c %s "$WORK/nginx/root/a/article.json")
cat >"$WORK/nginx/nginx.conf" <<CONF
$([[ $(id -u) -eq 0 ]] && echo "user root;")
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx/tmp; proxy_temp_path $WORK/nginx/tmp; fastcgi_temp_path $WORK/nginx/tmp;
    uwsgi_temp_path $WORK/nginx/tmp; scgi_temp_path $WORK/nginx/tmp;
    types { application/json json; }
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/root; }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>>"$WORK/nginx/error.log" &
NGINX_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/a/article.json"; do sleep 0.1; done

# ---- 6. measure ----
to_ms() { awk '{ v = $1; if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0;
                 else if (v ~ /m$/) printf "%.0f", v * 60000; else printf "%.0f", v * 1000 }'; }
ROWS=$WORK/rows.tsv
: >"$ROWS"
nginx_rps=
measure() { # name url [paths-file]
    local name=$1 url=$2 paths=${3:-} args=() wf0 pg0 wf1 pg1 out=$WORK/wrk-$RANDOM.txt
    [[ -n $paths ]] && args=(-s "$WORK/rotate.lua")
    log "$name: warm-up ${WARMUP} s, measured ${MEASURE} s"
    BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${args[@]}" "$url" >/dev/null
    wf0=$(wf_ticks); pg0=$(pg_ticks)
    BENCH_PATHS=$paths wrk -t"$THREADS" -c"$CONNECTIONS" -d"${MEASURE}s" --latency "${args[@]}" "$url" >"$out"
    wf1=$(wf_ticks); pg1=$(pg_ticks)
    local rps p50 p99 requests errors cpu heap
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$out")
    p50=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
    p99=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
    requests=$(awk '/requests in/ { print $1 }' "$out")
    errors=$(awk -F': *' '/Non-2xx/ { print $2 }' "$out"); errors=${errors:-0}
    if [[ $name == nginx* ]]; then
        nginx_rps=$rps; cpu="—"; heap="—"
    else
        cpu=$(awk -v w=$((wf1 - wf0)) -v p=$((pg1 - pg0)) -v r="$requests" -v hz="$HZ" \
            'BEGIN { printf "%.0f + %.0f", w / hz / r * 1e6, p / hz / r * 1e6 }')
        heap=$(note_heap)
    fi
    local ratio
    ratio=$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a / b }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$cpu" "$heap" "$errors" >>"$ROWS"
}
tags_n=$(wc -l <"$WORK/tags.txt")
measure "nginx static (same $bytes bytes)" "http://127.0.0.1:$NGINX_PORT/a/article.json"
measure "cached: article JSON, one slug" "$BASE/api/public/articles/$SLUG"
measure "cached: article HTML, one slug" "$BASE/articles/$SLUG"
measure "cached: tag listing, $tags_n tags in turn" "$BASE" "$WORK/tag-paths.txt"
measure "cached: search, 10 queries in turn" "$BASE" "$WORK/search-paths.txt"

# the same server and database with the read cache switched off: what every miss costs
log "restarting with CMS_PUBLIC_CACHE_MB=0 (cache bypassed)…"
stop_server
start_server CMS_PUBLIC_CACHE_MB=0 CMS_DEV_PG_PRELOAD=pg_stat_statements
[[ -z $(curl -s -D - -o /dev/null "$BASE/articles/$SLUG" | grep -i '^x-cache') ]] || { echo "[bench] the cache is still on" >&2; exit 1; }
# queries per miss, counted by pg_stat_statements (statements other than BEGIN/COMMIT/SET/SHOW), 200 misses each
psql_cms -c "create extension if not exists pg_stat_statements" >/dev/null
QUERIES=$WORK/queries.tsv
: >"$QUERIES"
count_queries() { # name paths-file
    local n=200 q
    psql_cms -At -c "select pg_stat_statements_reset()" >/dev/null
    head -"$n" "$2" | sed "s|^|$BASE|" | xargs curl -s -o /dev/null
    q=$(psql_cms -At -c "select coalesce(sum(calls), 0) from pg_stat_statements where query !~* '^\\s*(begin|commit|rollback|set|show|select pg_stat_statements)'")
    printf '%s\t%s\n' "$1" "$(awk -v q="$q" -v n="$n" 'BEGIN { printf "%.1f", q / n }')" >>"$QUERIES"
}
for _ in $(seq 200); do head -1 "$WORK/tag-paths.txt"; done >"$WORK/one-tag.txt"
for _ in $(seq 200); do echo "/api/public/search?q=pemerintah"; done >"$WORK/one-search.txt"
count_queries "article JSON" "$WORK/json-paths.txt"
count_queries "article HTML" "$WORK/html-paths.txt"
count_queries "tag listing (page of 20)" "$WORK/one-tag.txt"
count_queries "search (page of 20)" "$WORK/one-search.txt"
measure "bypassed: article JSON, all $N slugs in turn" "$BASE" "$WORK/json-paths.txt"
measure "bypassed: article HTML, all $N slugs in turn" "$BASE" "$WORK/html-paths.txt"
measure "bypassed: tag listing, $tags_n tags in turn" "$BASE" "$WORK/tag-paths.txt"
measure "bypassed: search, 10 queries in turn" "$BASE" "$WORK/search-paths.txt"
kill -QUIT "$NGINX_PID"; NGINX_PID=

write_phase() { # phase
    local wf0 pg0 wf1 pg1 line
    [[ -n ${BENCH_PROFILE:-} ]] && jcmd "$WF_PID" JFR.start name="$1" settings=profile filename="$WORK/write-$1.jfr" >/dev/null
    wf0=$(wf_ticks); pg0=$(pg_ticks)
    line=$(java Loader.java write "$BASE" "$1" "$WRITES" "$WRITERS" "$WORK")
    wf1=$(wf_ticks); pg1=$(pg_ticks)
    [[ -n ${BENCH_PROFILE:-} ]] && jcmd "$WF_PID" JFR.stop name="$1" >/dev/null && log "profile: $WORK/write-$1.jfr"
    echo "  $1: $line" >&2
    local rps p50 p99 errors cpu
    rps=$(grep -o 'rate=[0-9.]*' <<<"$line" | cut -d= -f2 | awk '{ printf "%.0f", $1 }')
    p50=$(grep -o 'p50ms=[0-9.]*' <<<"$line" | cut -d= -f2)
    p99=$(grep -o 'p99ms=[0-9.]*' <<<"$line" | cut -d= -f2)
    errors=$(grep -o 'errors=[0-9]*' <<<"$line" | cut -d= -f2)
    cpu=$(awk -v w=$((wf1 - wf0)) -v p=$((pg1 - pg0)) -v r="$WRITES" -v hz="$HZ" \
        'BEGIN { printf "%.0f + %.0f", w / hz / r * 1e6, p / hz / r * 1e6 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "write: $1 ($WRITERS writers, $WRITES ops)" "$rps" "$p50" "$p99" "—" \
        "$cpu" "$(note_heap)" "$errors" >>"$ROWS"
}
log "write path: $WRITES creates (tags + bylines, one call), submits, publishes with $WRITERS writers"
for phase in create submit publish; do write_phase "$phase"; done

# ---- 7. the table and the targets ----
row() { awk -F'\t' -v n="$1" 'index($1, n) == 1 { print $'"$2"'; exit }' "$ROWS"; }
verdict() { awk "BEGIN { exit !($1) }" && echo "met" || echo "**not met**"; }
json_rps=$(row "cached: article JSON" 2); json_p99=$(row "cached: article JSON" 4)
html_rps=$(row "cached: article HTML" 2); html_p99=$(row "cached: article HTML" 4)
jall_rps=$(row "bypassed: article JSON" 2); jall_p99=$(row "bypassed: article JSON" 4)
hall_rps=$(row "bypassed: article HTML" 2); hall_p99=$(row "bypassed: article HTML" 4)
tag_rps=$(row "cached: tag listing" 2); tag_p99=$(row "cached: tag listing" 4)
search_rps=$(row "cached: search" 2); search_p99=$(row "cached: search" 4)
btag_rps=$(row "bypassed: tag listing" 2); btag_p99=$(row "bypassed: tag listing" 4)
bsearch_rps=$(row "bypassed: search" 2); bsearch_p99=$(row "bypassed: search" 4)
c_rps=$(row "write: create" 2); s_rps=$(row "write: submit" 2); p_rps=$(row "write: publish" 2)
heap_max=$(awk -F'\t' '$7 ~ /^[0-9]+$/ && $7 > m { m = $7 } END { print m + 0 }' "$ROWS")
at100k=""; ((N < 100000)) && at100k=" (measured at N=$N; the target is for 100,000)"

echo
echo "Newsroom CMS benchmark, $(date -u +%Y-%m-%dT%H:%MZ), N=$N published articles, $(nproc) cores," \
     "wrk -t$THREADS -c$CONNECTIONS, warm-up ${WARMUP} s + ${MEASURE} s per path"
echo "Loaded: $load_line"
echo
echo "| path | req/s | p50 ms | p99 ms | × nginx | CPU µs/req (WildFly + PG) | heap MB after | non-2xx |"
echo "|---|---|---|---|---|---|---|---|"
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$ROWS"
echo
echo "Cold start (launch → first 200, embedded PostgreSQL included): ${cold_ready_s} s; WildFly's own 'started in': ${cold_wildfly_s} s" \
     "(the restart with the cache off: ${ready_s} s, ${wildfly_s} s)." \
     "Heap used, highest after a run: ${heap_max} MB (WildFly's ${XMX:-default -Xmx})."
echo
echo "Queries per cache miss (pg_stat_statements, 200 misses each, BEGIN/COMMIT/SET/SHOW left out):" \
     "$(awk -F'\t' '{ printf "%s%s %s", (NR > 1 ? "; " : ""), $1, $2 }' "$QUERIES")."
echo
echo "| target | figure | |"
echo "|---|---|---|"
echo "| cached article JSON ≥ 0.5 × nginx, p99 < 10 ms | $json_rps req/s, p99 $json_p99 ms | $(verdict "$json_rps >= 0.5 * $nginx_rps && $json_p99 < 10") |"
echo "| cached article HTML ≥ 0.5 × nginx, p99 < 10 ms | $html_rps req/s, p99 $html_p99 ms | $(verdict "$html_rps >= 0.5 * $nginx_rps && $html_p99 < 10") |"
echo "| cache bypassed (all slugs in turn) JSON ≥ 3,000 req/s, p99 < 25 ms | $jall_rps req/s, p99 $jall_p99 ms | $(verdict "$jall_rps >= 3000 && $jall_p99 < 25") |"
echo "| cache bypassed (all slugs in turn) HTML ≥ 3,000 req/s, p99 < 25 ms | $hall_rps req/s, p99 $hall_p99 ms | $(verdict "$hall_rps >= 3000 && $hall_p99 < 25") |"
echo "| tag listing ≥ 2,000 req/s, p99 < 20 ms$at100k, cached | $tag_rps req/s, p99 $tag_p99 ms | $(verdict "$tag_rps >= 2000 && $tag_p99 < 20") |"
echo "| … the same, cache bypassed | $btag_rps req/s, p99 $btag_p99 ms | $(verdict "$btag_rps >= 2000 && $btag_p99 < 20") |"
echo "| search ≥ 2,000 req/s, p99 < 20 ms$at100k, cached | $search_rps req/s, p99 $search_p99 ms | $(verdict "$search_rps >= 2000 && $search_p99 < 20") |"
echo "| … the same, cache bypassed | $bsearch_rps req/s, p99 $bsearch_p99 ms | $(verdict "$bsearch_rps >= 2000 && $bsearch_p99 < 20") |"
echo "| ≥ 1,000 creates/s (one call with tags and byline) | $c_rps/s | $(verdict "$c_rps >= 1000") |"
echo "| ≥ 1,000 submits/s | $s_rps/s | $(verdict "$s_rps >= 1000") |"
echo "| ≥ 1,000 publishes/s | $p_rps/s | $(verdict "$p_rps >= 1000") |"
echo "| WildFly cold start with the CMS deployed < 10 s | ${cold_wildfly_s} s (first 200 after ${cold_ready_s} s) | $(verdict "$cold_wildfly_s < 10") |"
echo "| heap ≤ 512 MB through the read load | ${heap_max} MB | $(verdict "$heap_max <= 512") |"
echo "| growth 10k → 100k → 1M no worse than logarithmic | compare this table with runs at the other N (README) | see README |"
