#!/usr/bin/env bash
# Start-up time of the release binary: from process start to its window becoming visible
# on an Xvfb screen. eframe keeps the window hidden until the first frame has been
# painted, so "visible" is "first frame on screen". Runs the atlas RUNS times and prints
# each time and the median.
#   cold (the default): a fresh settings and cache directory each run, the first start on a
#     new laptop: no settings, the welcome window, and no shader cache, so the graphics
#     driver compiles every shader;
#   warm: one directory for every run, after one start that is not timed, the way a laptop
#     starts the atlas every day after the first: settings and the driver's shader cache
#     are there.
# Needs Xvfb and xdotool (Debian: apt-get install xvfb xdotool) and a Vulkan driver
# (mesa-vulkan-drivers gives the software one, lavapipe).
#   tools/startup_time.sh PATH/TO/release/mekong-atlas [RUNS] [cold|warm]
set -u
bin="${1:?usage: startup_time.sh BINARY [RUNS] [cold|warm]}"
runs="${2:-5}"
mode="${3:-cold}"
case "$mode" in cold|warm) ;; *) echo "mode must be cold or warm, not $mode"; exit 2;; esac
work=$(mktemp -d)
disp=":$((300 + RANDOM % 100))"
Xvfb "$disp" -screen 0 1366x768x24 >/dev/null 2>&1 &
xpid=$!
trap 'kill $xpid 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export DISPLAY="$disp"
times=()
# Run 0 (warm mode only) makes the settings and the shader cache and is not timed.
first=1
[ "$mode" = warm ] && first=0
for i in $(seq "$first" "$runs"); do
  run="$work/run$i"
  [ "$mode" = warm ] && run="$work/shared"
  mkdir -p "$run/home" "$run/rt"; chmod 700 "$run/rt"
  start=$(date +%s%N)
  HOME="$run/home" XDG_CONFIG_HOME="$run/config" XDG_CACHE_HOME="$run/cache" \
    XDG_DATA_HOME="$run/data" XDG_RUNTIME_DIR="$run/rt" "$bin" >"$run/out" 2>&1 &
  pid=$!
  shown=""
  for _ in $(seq 1 2000); do
    if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
      shown=$(date +%s%N)
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.005
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  if [ -z "$shown" ]; then
    echo "run $i: the window never became visible; output:"; tail -5 "$run/out"
    exit 1
  fi
  ms=$(( (shown - start) / 1000000 ))
  if [ "$i" = 0 ]; then
    echo "run 0 (makes settings and caches, not timed): $ms ms"
    continue
  fi
  echo "run $i: first frame on screen after $ms ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "start-up median over $runs $mode runs: $median ms (target ≤ 400 ms)"
