#!/usr/bin/env bash
# A local multi-process VRSS cluster on loopback, for operators and tests: N silo processes (each with
# its web front) against one PostgreSQL.
#
#   deploy/cluster.sh start [N]     start N silos (default 3) and wait until each is ready
#   deploy/cluster.sh stop          stop them gracefully (SIGTERM; SIGKILL after 30 s) and the throwaway database
#   deploy/cluster.sh kill I        SIGKILL silo I (crash it) to watch failover
#   deploy/cluster.sh restart I     start silo I again
#   deploy/cluster.sh upgrade       rolling upgrade: publish the current source to a new release folder, then
#                                   for each silo in turn stop it gracefully (SIGTERM), start it from the new
#                                   release and wait until it is ready before touching the next one
#   deploy/cluster.sh status        list the silos
#
# Environment:
#   ConnectionStrings__Vrss   PostgreSQL to use; when unset, a throwaway server is started in the run folder
#   VRSS_CLUSTER_DIR          run folder (pids, logs, throwaway database), default /tmp/vrss-cluster
#   VRSS_HTTP_BASE_PORT       web front of silo I listens on base+I (default 5080)
#   VRSS_SILO_BASE_PORT       silo-to-silo port of silo I is base+I (default 11111)
#   VRSS_DRAIN_DELAY          how long a stopping silo stays not-ready but serving, for the load balancer in
#                             front to move away (Vrss:WebFront:DrainDelay; default 00:00:05)
#   VRSS_CONFIGURATION        build configuration (default Release); VRSS_NO_BUILD=1 skips the build (and
#                             the upgrade's publish: the silos restart on the binaries they run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${VRSS_CLUSTER_DIR:-/tmp/vrss-cluster}
http_base=${VRSS_HTTP_BASE_PORT:-5080}
silo_base=${VRSS_SILO_BASE_PORT:-11111}
gateway_base=${VRSS_GATEWAY_BASE_PORT:-30000}
configuration=${VRSS_CONFIGURATION:-Release}
drain_delay=${VRSS_DRAIN_DELAY:-00:00:05}
dll="$root/src/Silo/bin/$configuration/net10.0/Vrss.Silo.dll"

# The release the silos run: the build output, or the last folder `upgrade` published (a running silo keeps its
# files; rebuilding in place under it would rewrite assemblies it has mapped).
current_dll() { if [ -f "$dir/release" ]; then cat "$dir/release"; else echo "$dll"; fi; }

# Whether a process still runs (a zombie left for a parent that does not reap counts as gone).
alive() { local state; state=$(ps -o stat= -p "$1" 2>/dev/null) && [ -n "$state" ] && [ "${state:0:1}" != Z ]; }

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { if command -v pg_config >/dev/null 2>&1; then pg_config --bindir; else ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; fi; }

# The lowest port the kernel hands to outgoing connections. A silo's fixed ports must lie below it: a silo restarted
# on its ports cannot bind one that an outgoing connection (another silo's PostgreSQL pool) was given meanwhile.
ephemeral_low() { if [ -r /proc/sys/net/ipv4/ip_local_port_range ]; then cut -f1 /proc/sys/net/ipv4/ip_local_port_range; else echo 32768; fi; }

check_ports() {
  local low base
  low=$(ephemeral_low)
  for base in "$http_base" "$silo_base" "$gateway_base"; do
    if [ "$base" -ge "$low" ]; then
      echo "warning: port $base lies in the kernel's ephemeral range (from $low); a restarted silo may find it taken" >&2
    fi
  done
}

# A port nothing answers on (bash's /dev/tcp connect fails on a free port), below the ephemeral range.
free_port() {
  local port
  while true; do
    port=$((10000 + RANDOM % ($(ephemeral_low) - 10000)))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

start_database() {
  if [ -n "${ConnectionStrings__Vrss:-}" ]; then
    echo "$ConnectionStrings__Vrss" > "$dir/connection"
    return
  fi
  local bin port
  bin=$(pg_bin)
  port=$(free_port)
  mkdir -p "$dir/pg"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir/pg"
  as_postgres "$bin/initdb" -D "$dir/pg/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w start \
    -o "-p $port -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" > "$dir/connection"
}

start_silo() {
  local i=$1
  ASPNETCORE_URLS="http://127.0.0.1:$((http_base + i))" \
  Vrss__Silo__Name="silo$i" \
  Vrss__Silo__Port="$((silo_base + i))" \
  Vrss__Silo__GatewayPort="$((gateway_base + i))" \
  Vrss__Silo__AdvertisedAddress=127.0.0.1 \
  Vrss__WebFront__DrainDelay="$drain_delay" \
  Vrss__Storage__Provider=Postgres \
  Vrss__Clustering__Provider=Postgres \
  ConnectionStrings__Vrss="$(cat "$dir/connection")" \
    nohup dotnet "$(current_dll)" >>"$dir/silo$i.log" 2>&1 &
  echo $! > "$dir/silo$i.pid"
}

wait_ready() {
  local i=$1 deadline=$((SECONDS + 90))
  until curl -fs "http://127.0.0.1:$((http_base + i))/health/ready" >/dev/null 2>&1; do
    if [ $SECONDS -gt $deadline ] || ! alive "$(cat "$dir/silo$i.pid")"; then
      echo "silo$i did not become ready; see $dir/silo$i.log" >&2
      tail -n 20 "$dir/silo$i.log" >&2
      return 1
    fi
    sleep 0.5
  done
}

# SIGTERM, then wait for the silo to leave: it stops taking HTTP first, then hands its grains over and leaves the
# membership table (within Vrss:Silo:ShutdownTimeout, 30 s by default). SIGKILL only past 45 s.
stop_silo() {
  local i=$1 pid deadline
  pid=$(cat "$dir/silo$i.pid")
  kill -TERM "$pid" 2>/dev/null || return 0
  deadline=$((SECONDS + 45))
  while alive "$pid"; do
    if [ $SECONDS -gt $deadline ]; then
      echo "silo$i did not stop within 45 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      return 0
    fi
    sleep 0.2
  done
}

case "${1:-}" in
  start)
    n=${2:-3}
    mkdir -p "$dir"
    check_ports
    if [ "${VRSS_NO_BUILD:-0}" != 1 ]; then
      dotnet build "$root/src/Silo" -c "$configuration" -nologo -v quiet >/dev/null
    fi
    start_database
    for i in $(seq 0 $((n - 1))); do start_silo "$i"; done
    for i in $(seq 0 $((n - 1))); do wait_ready "$i"; done
    "$0" status
    ;;
  stop)
    for pidfile in "$dir"/silo*.pid; do
      [ -f "$pidfile" ] && kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
    done
    for pidfile in "$dir"/silo*.pid; do
      [ -f "$pidfile" ] || continue
      pid=$(cat "$pidfile")
      for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
      rm -f "$pidfile"
    done
    if [ -d "$dir/pg/data" ]; then
      as_postgres "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  kill)
    kill -KILL "$(cat "$dir/silo$2.pid")"
    ;;
  restart)
    start_silo "$2"
    wait_ready "$2"
    ;;
  upgrade)
    if [ "${VRSS_NO_BUILD:-0}" != 1 ]; then
      release="$dir/releases/$(date +%Y%m%d%H%M%S)"
      dotnet publish "$root/src/Silo" -c "$configuration" -o "$release" -nologo -v quiet >/dev/null
      echo "$release/Vrss.Silo.dll" > "$dir/release"
    fi
    for pidfile in "$dir"/silo*.pid; do
      [ -f "$pidfile" ] || continue
      i=${pidfile##*/silo}; i=${i%.pid}
      echo "silo$i: stopping"
      stop_silo "$i"
      start_silo "$i"
      wait_ready "$i"
      echo "silo$i: ready on $(current_dll)"
    done
    ;;
  status)
    for pidfile in "$dir"/silo*.pid; do
      [ -f "$pidfile" ] || continue
      i=${pidfile##*/silo}; i=${i%.pid}
      state=stopped; alive "$(cat "$pidfile")" && state=running
      echo "silo$i  http://127.0.0.1:$((http_base + i))  pid $(cat "$pidfile")  $state"
    done
    ;;
  *)
    sed -n '2,/^set /p' "$0" | grep '^#'
    exit 2
    ;;
esac
