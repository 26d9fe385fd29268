#!/bin/sh
# The operator's start command of the Newsroom CMS: the provisioned WildFly with the CMS deployed, in the
# foreground of this script, configured only by environment variables (POSTGRESQL_* and CMS_*, see the
# README's configuration table). SIGTERM or SIGINT (Ctrl-C) to this script suspends the server (requests in
# flight may finish, at most CMS_SHUTDOWN_TIMEOUT_SECONDS), stops it, and returns once the JVM is gone.
#
#   CMS_BIND_ADDRESS             public HTTP interface (default 127.0.0.1; 0.0.0.0 only when told)
#   CMS_MANAGEMENT_BIND_ADDRESS  management interface: health checks (default 127.0.0.1)
#   CMS_PORT_OFFSET              added to every port: HTTP 8080 + offset, management 9990 + offset (default 0)
#   CMS_NODE_DIR                 this node's own directory (data, log, tmp, a copy of the configuration and
#                                the WAR), so several nodes can run from one installation (default: standalone/)
#   CMS_SHUTDOWN_TIMEOUT_SECONDS how long SIGTERM waits for requests in flight (default 10)
#   CMS_SHUTDOWN_DRAIN_SECONDS   after suspending, how long the node stays up unready so load balancers notice
#                                before it stops (default 3; 0 stops at once)
#   CMS_JAVA_OPTS                JVM sizing instead of WildFly's -Xms64m -Xmx512m
# Further arguments go to standalone.sh as they are.
set -eu

home=$(cd "$(dirname "$0")/.." && pwd)

refuse() {
    echo "[newsroom] $*" >&2
    exit 2
}

whole_number() {
    case "$2" in
        '' | *[!0-9]*) refuse "$1 must be a whole number (0 or more), not '$2'" ;;
    esac
}

offset=${CMS_PORT_OFFSET:-0}
whole_number CMS_PORT_OFFSET "$offset"
grace=${CMS_SHUTDOWN_TIMEOUT_SECONDS:-10}
whole_number CMS_SHUTDOWN_TIMEOUT_SECONDS "$grace"
drain=${CMS_SHUTDOWN_DRAIN_SECONDS:-3}
whole_number CMS_SHUTDOWN_DRAIN_SECONDS "$drain"
management=${CMS_MANAGEMENT_BIND_ADDRESS:-127.0.0.1}
if [ "$management" = "0.0.0.0" ]; then
    management=127.0.0.1
fi

set -- -b "${CMS_BIND_ADDRESS:-127.0.0.1}" -bmanagement "${CMS_MANAGEMENT_BIND_ADDRESS:-127.0.0.1}" \
    -Djboss.socket.binding.port-offset="$offset" -Dorg.wildfly.sigterm.suspend.timeout="$grace" "$@"

if [ -n "${CMS_NODE_DIR:-}" ]; then
    # the installation's configuration and WAR on every start (so an upgrade reaches every node); the node keeps
    # its own data/, log/ and tmp/
    mkdir -p "$CMS_NODE_DIR/deployments"
    cp -R "$home/standalone/configuration" "$CMS_NODE_DIR/"
    cp -p "$home/standalone/deployments/cms.war" "$CMS_NODE_DIR/deployments/cms.war"
    set -- "$@" -Djboss.server.base.dir="$CMS_NODE_DIR"
fi
if [ -n "${CMS_JAVA_OPTS:-}" ]; then
    export JBOSS_JAVA_SIZING="$CMS_JAVA_OPTS"
fi

# standalone.sh runs the JVM as its child and relays TERM to it only in this mode; without it the JVM
# would be the shell's foreground job and a TERM to the script would leave it running.
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$home/bin/standalone.sh" "$@" &
server=$!

stop() {
    if [ "$drain" -gt 0 ]; then
        # suspended first: new requests get 503, readiness turns DOWN, requests in flight finish; the load balancer
        # stops sending before the server undeploys (a request in that moment would get a 404 from the bare host)
        echo "[newsroom] $1: suspending WildFly, then $drain s for the load balancer to notice"
        # a small, quickly started client JVM: the stop must not wait for a JIT on a busy machine
        if JAVA_OPTS="-Xms16m -Xmx96m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djboss.modules.system.pkgs=com.sun.java.swing" \
            "$home/bin/jboss-cli.sh" --connect --controller="$management:$((9990 + offset))" \
            --command=":suspend(suspend-timeout=$grace)" >/dev/null 2>&1; then
            sleep "$drain"
        else
            echo "[newsroom] could not suspend through the management interface; stopping at once"
        fi
    fi
    echo "[newsroom] $1: stopping WildFly (requests in flight get up to $grace s)"
    kill -TERM "$server" 2>/dev/null || true
}
trap 'stop SIGTERM' TERM
trap 'stop SIGINT' INT

while :; do
    status=0
    wait "$server" || status=$?
    # a trapped signal also ends the wait: wait again while the server is still there
    if ! kill -0 "$server" 2>/dev/null; then
        break
    fi
done
echo "[newsroom] WildFly stopped (exit status $status)"
exit "$status"
