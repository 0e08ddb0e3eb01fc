#!/usr/bin/env bash
# Stop the dockerd that .ci/docker-setup.sh started, by its pid file; a no-op when there is none.
#
# SIGTERM lets dockerd stop its containers and the containerd it started itself; after 30 s it is
# killed. Only the pid in the pid file is signalled, and only if that process is a dockerd.
set -euo pipefail

PIDFILE=${JUDGE_DOCKERD_PID:-/var/run/judge-dockerd.pid}

log() { printf '[docker-stop] %s\n' "$*" >&2; }

if [[ ! -s $PIDFILE ]]; then
    log "no pid file ($PIDFILE): nothing to stop"
    exit 0
fi
pid=$(cat "$PIDFILE")
if ! [[ $pid =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
    log "dockerd $pid is not running; removing the stale pid file"
    rm -f "$PIDFILE"
    exit 0
fi
if [[ $(cat "/proc/$pid/comm" 2>/dev/null) != dockerd ]]; then
    log "pid $pid is not a dockerd (pid reused?); leaving it alone and removing the pid file"
    rm -f "$PIDFILE"
    exit 0
fi

log "stopping dockerd $pid"
kill -TERM "$pid"
for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
done
if kill -0 "$pid" 2>/dev/null; then
    log "dockerd $pid still running after 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
fi
rm -f "$PIDFILE"
log "stopped"
