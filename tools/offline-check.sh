#!/usr/bin/env bash
# Proves that the atlas starts and draws with no network use at all: runs the binary
# under Xvfb with strace watching every connect() for a few seconds, then fails if any
# connection to an internet address (IPv4 or IPv6) was attempted. Local sockets (the X
# server, D-Bus) are allowed.
#   tools/offline-check.sh PATH/TO/mekong-atlas [SECONDS]
set -u
bin="${1:?usage: offline-check.sh BINARY [SECONDS]}"
secs="${2:-8}"
work=$(mktemp -d)
trap 'kill $xpid 2>/dev/null; rm -rf "$work"' EXIT
disp=":$((200 + RANDOM % 100))"
Xvfb "$disp" -screen 0 1366x768x24 >/dev/null 2>&1 &
xpid=$!
sleep 1
# A fresh settings and cache directory: the default start, as on a new laptop.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/run" DISPLAY="$disp"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
timeout -s INT "$secs" strace -f -qq -e trace=connect -o "$work/trace" "$bin" >"$work/out" 2>&1
[ -f "$work/trace" ] || { echo "offline check FAILED: strace produced no trace"; exit 1; }
if grep -E "sa_family=AF_INET6?\b" "$work/trace" | grep -v -E 'sin6?_addr=inet_pton\(AF_INET6?, "(127\.|::1")' >"$work/net"; then
  if [ -s "$work/net" ]; then
    echo "offline check FAILED: the atlas tried to reach the network at start-up:"
    cat "$work/net"
    exit 1
  fi
fi
# The program must have stayed up until the timeout (exit 124/130 from timeout/SIGINT).
if grep -q -E "panicked|could not be opened" "$work/out"; then
  echo "offline check FAILED: the atlas did not start:"
  tail -20 "$work/out"
  exit 1
fi
echo "offline check passed: $(grep -c 'connect(' "$work/trace" || true) local connect() calls, none to the network"
