#!/usr/bin/env bash
# Bring up a Docker engine and a local Debian base image for the judge's Docker sandbox.
#
# CI calls this before the tests; a developer can run it too. It is idempotent: each step is skipped
# when its result is already there, so a second run is a quick no-op.
#
#   1. install the engine (Debian's docker.io) and debootstrap, if dockerd is missing;
#   2. start dockerd in the background, if `docker info` does not answer, and wait for it;
#   3. build the base image judge-base:bookworm with debootstrap + `docker import`, if it is missing
#      (no image registry is reachable here, so nothing can be pulled);
#   4. check that a container runs with the network disabled.
#
# .ci/docker-stop.sh stops the dockerd this script started (by its pid file).
#
# Environment (all optional):
#   JUDGE_BASE_IMAGE      tag of the base image to build          (default judge-base:bookworm)
#   JUDGE_DOCKERD_LOG     dockerd's log file                      (default /var/log/judge-dockerd.log)
#   JUDGE_DOCKERD_PID     pid file of the dockerd started here    (default /var/run/judge-dockerd.pid)
#   JUDGE_DOCKERD_FLAGS   replaces the dockerd flags chosen below (whitespace-separated)
#   JUDGE_DOCKER_PROBE=1  also build a throwaway image FROM the base with python3 + numpy, as the
#                         sandbox Dockerfile does, to prove that builds reach the package mirror
set -euo pipefail

IMAGE=${JUDGE_BASE_IMAGE:-judge-base:bookworm}
SUITE=bookworm
LOG=${JUDGE_DOCKERD_LOG:-/var/log/judge-dockerd.log}
PIDFILE=${JUDGE_DOCKERD_PID:-/var/run/judge-dockerd.pid}
WAIT_SECONDS=60

# dockerd flags. Checked on this project's kind of machine (a VM whose PID 1 is no init system,
# hybrid cgroup v1, ext4 root, iptables-nft): dockerd's defaults all work there, overlay2 and the
# bridge network with iptables NAT included, so nothing else is needed; naming overlay2 only makes a
# fall back to vfs visible in the log instead of silent.
DEFAULT_FLAGS=(--storage-driver=overlay2)
# Used when dockerd will not start with the default flags (e.g. no overlayfs, or no iptables/nat in
# the kernel): a storage driver that works on any filesystem, and no bridge network. Sandbox
# containers run with --network none and builds use --network host, so neither needs the bridge.
FALLBACK_FLAGS=(--storage-driver=vfs --iptables=false --ip-masq=false --bridge=none)

log() { printf '[docker-setup] %s\n' "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

if [[ $(id -u) -ne 0 ]]; then
    log "must run as root (installs packages and starts dockerd)"
    exit 1
fi

engine_up() { timeout 10 docker info >/dev/null 2>&1; }

# --- 1. the engine --------------------------------------------------------------------------------
install_engine() {
    if command -v dockerd >/dev/null && command -v debootstrap >/dev/null; then
        return
    fi
    local t0
    t0=$(now)
    log "installing docker.io and debootstrap"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # No recommends: they would pull apparmor, needrestart, git, ... which the engine does not need.
    # What it needs comes by Depends: containerd, runc, tini (docker-init, for `--init`), iptables.
    # debootstrap needs wget (Depends) and gpgv + debian-archive-keyring to check the Release file;
    # ca-certificates and xz-utils are for `docker import`/`build` of compressed or https sources.
    # The package's postinst would start its own dockerd through the init script where no policy
    # forbids it; this script starts dockerd itself (with a pid file for docker-stop.sh), so while
    # installing, a policy-rc.d that denies service starts is put in place unless one is there.
    local policy=/usr/sbin/policy-rc.d own_policy=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod 755 "$policy"
        own_policy=1
    fi
    apt-get install -y -qq --no-install-recommends \
        docker.io debootstrap debian-archive-keyring gpgv ca-certificates xz-utils >/dev/null \
        || { ((own_policy)) && rm -f "$policy"; exit 1; }
    if ((own_policy)); then rm -f "$policy"; fi
    log "engine installed in $(since "$t0") ($(dockerd --version))"
}

# --- 2. dockerd -----------------------------------------------------------------------------------
# Start dockerd with the given flags in its own session (so it outlives this script and CI's process
# group), then poll `docker info` for up to WAIT_SECONDS. Returns non-zero if it died or never answered.
try_start() {
    local pid deadline
    log "starting dockerd $*"
    printf '\n===== %s: dockerd %s\n' "$(date -Is)" "$*" >>"$LOG"
    setsid dockerd "$@" >>"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
    deadline=$((SECONDS + WAIT_SECONDS))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "dockerd exited during start-up"
            rm -f "$PIDFILE"
            return 1
        fi
        if engine_up; then
            return 0
        fi
        sleep 0.5
    done
    log "dockerd did not answer within ${WAIT_SECONDS} s; stopping it"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$PIDFILE"
    return 1
}

start_engine() {
    if engine_up; then
        return
    fi
    local t0
    t0=$(now)
    mkdir -p "$(dirname "$LOG")" "$(dirname "$PIDFILE")"
    # A dockerd that died uncleanly leaves its pid file behind; dockerd refuses to start while the pid
    # in it is alive, and starts over it otherwise, so only a live one of ours is worth stopping.
    if [[ -s $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        log "dockerd $(cat "$PIDFILE") from an earlier run is alive but not answering; stopping it"
        bash "$(dirname "$0")/docker-stop.sh"
    fi
    if [[ -n ${JUDGE_DOCKERD_FLAGS:-} ]]; then
        # shellcheck disable=SC2206  # whitespace-separated on purpose
        local custom=($JUDGE_DOCKERD_FLAGS)
        try_start "${custom[@]}" || fail_start
    elif ! try_start "${DEFAULT_FLAGS[@]}"; then
        log "dockerd failed with the default flags (log tail below); trying the fallback flags"
        tail -n 15 "$LOG" >&2 || true
        # The bridge may have been half made; take it down so the fallback starts clean.
        ip link delete docker0 2>/dev/null || true
        try_start "${FALLBACK_FLAGS[@]}" || fail_start
    fi
    log "dockerd $(cat "$PIDFILE") answers after $(since "$t0"); log: $LOG"
}

fail_start() {
    log "dockerd did not come up; last lines of $LOG:"
    tail -n 40 "$LOG" >&2 || true
    exit 1
}

# --- 3. the base image ----------------------------------------------------------------------------
# The first "deb" URI of apt's sources that serves the suite: used only if debootstrap's own default
# mirror does not answer, so the script names no host and follows whatever apt is set up to use.
apt_mirror() {
    local f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        awk -v s="$SUITE" '$1 == "deb" && $0 !~ /security/ {
                i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                if ($(i + 1) == s) { print $i; exit } }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        # deb822: a paragraph with Types: deb, URIs: ..., Suites: ... including the suite.
        awk -v s="$SUITE" 'BEGIN { RS = ""; FS = "\n" } {
                types = uris = suites = ""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^Types:/) types = $i
                    if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
                    if ($i ~ /^Suites:/) suites = " " $i " "
                }
                if (types ~ /[ \t]deb([ \t]|$)/ && suites ~ ("[ \t]" s "[ \t]") && uris !~ /security/) {
                    split(uris, u, /[ \t]+/); print u[1]; exit } }' "$f"
    done
}

build_base() {
    if docker image inspect "$IMAGE" >/dev/null 2>&1; then
        return
    fi
    local t0 root mirror
    t0=$(now)
    root=$(mktemp -d /var/tmp/judge-base.XXXXXX)
    # Always remove the tree, even on failure. Anything debootstrap left mounted inside it (/proc,
    # /sys, ...) is unmounted first, and rm stays on this file system, so the host's are never touched.
    # shellcheck disable=SC2064  # expand $root now
    trap "cleanup_root '$root'" EXIT
    log "debootstrap --variant=minbase $SUITE into $root"
    if ! debootstrap --variant=minbase "$SUITE" "$root" >"$root.log" 2>&1; then
        mirror=$(apt_mirror | head -n 1)
        if [[ -z $mirror ]]; then
            tail -n 20 "$root.log" >&2
            log "debootstrap failed and apt's sources name no mirror for $SUITE"
            exit 1
        fi
        log "debootstrap's default mirror failed; retrying with apt's mirror for $SUITE"
        cleanup_root "$root"
        mkdir -p "$root"
        if ! debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$root.log" 2>&1; then
            tail -n 20 "$root.log" >&2
            log "debootstrap failed"
            exit 1
        fi
    fi
    # Leave out what every `apt-get update` fetches again anyway.
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
    log "importing $root as $IMAGE"
    tar -C "$root" --numeric-owner -c . \
        | docker import --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' \
            -m "debootstrap --variant=minbase $SUITE" - "$IMAGE" >/dev/null
    cleanup_root "$root"
    trap - EXIT
    log "built $IMAGE in $(since "$t0")"
}

cleanup_root() {
    local root=$1 m
    [[ -d $root ]] || { rm -f "$root.log"; return 0; }
    # Deepest mount first.
    while read -r m; do
        umount -l "$m" 2>/dev/null || true
    done < <(awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r)
    rm -rf --one-file-system "$root" "$root.log"
}

# --- 4. checks ------------------------------------------------------------------------------------
verify() {
    docker run --rm --network none "$IMAGE" true
}

probe_build() {
    local t0 dir
    t0=$(now)
    dir=$(mktemp -d /var/tmp/judge-probe.XXXXXX)
    # shellcheck disable=SC2064  # expand $dir now
    trap "rm -rf '$dir' '$dir.log'; docker rmi judge-probe:test >/dev/null 2>&1 || true" EXIT
    printf 'FROM %s\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-numpy\n' \
        "$IMAGE" >"$dir/Dockerfile"
    # The legacy builder: Debian's docker.io ships no buildx plugin. --network host: the build's RUN
    # steps reach the package mirror even when dockerd runs without a bridge network.
    if ! DOCKER_BUILDKIT=0 docker build -q --network host -t judge-probe:test "$dir" >"$dir.log" 2>&1; then
        tail -n 30 "$dir.log" >&2
        log "probe build failed"
        exit 1
    fi
    docker run --rm --network none judge-probe:test python3 -c 'import numpy; print("numpy", numpy.__version__)' >&2
    docker rmi judge-probe:test >/dev/null
    rm -rf "$dir" "$dir.log"
    trap - EXIT
    log "probe build (python3 + numpy) ok in $(since "$t0")"
}

install_engine
start_engine
build_base
verify
if [[ ${JUDGE_DOCKER_PROBE:-0} == 1 ]]; then
    probe_build
fi
log "ready: $(docker version --format 'engine {{.Server.Version}}, API {{.Server.APIVersion}}')"
echo "$IMAGE"
