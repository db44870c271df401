# shellgrade harness: runs inside the sandbox (passed as `bash -c`, never a file the submission could edit).
# Reads a plan (tar) on stdin, runs each test from a clean working directory, and writes framed raw
# results on stdout: "SG1 <test> <key> <length>\n<bytes>\n". It judges nothing: every comparison happens
# outside the sandbox. Set by the caller: SG_ROOT (plan/output area), SG_WORK (working directory),
# SG_KILL (all: kill every process of this user, safe in a PID namespace | group: the test's process group).
set -m            # each test runs as its own job: own process group, default SIGINT/SIGQUIT dispositions
set +o histexpand
shopt -s nullglob
export LC_ALL=C   # byte lengths for ${#var}
ROOT=${SG_ROOT:-/sg}
WORK=${SG_WORK:-/work}
KILL=${SG_KILL:-all}
TMPD=${SG_TMP:-/tmp}
PLAN=$ROOT/plan
OUT=$ROOT/out
BASE_ENV=("PATH=/usr/local/bin:/usr/bin:/bin" "HOME=$WORK" "LANG=C.UTF-8" "TERM=dumb" "USER=alumno"
          "LOGNAME=alumno" "SHELL=/bin/bash" "TMPDIR=$TMPD")

frame() { # test key value
  printf 'SG1 %s %s %d\n%s\n' "$1" "$2" "${#3}" "$3"
}

sizes() { # sets size_o size_e (one fork)
  stat -c %s -- "$1" "$2" >"$ROOT/.sizes" 2>/dev/null
  { read -r size_o; read -r size_e; } <"$ROOT/.sizes"
  size_o=${size_o:-0}; size_e=${size_e:-0}
}

frame_file() { # test key file cap [size]
  local size=${5:-}
  if [[ -z $size ]]; then
    size=$(stat -c %s -- "$3" 2>/dev/null) || size=0
  fi
  ((size > $4)) && size=$4
  printf 'SG1 %s %s %d\n' "$1" "$2" "$size"
  ((size > 0)) && head -c "$size" -- "$3"
  printf '\n'
}

kill_leftovers() { # pgid
  local i
  if [[ $KILL == all ]]; then
    # kill(-1) reports success while any other process exists, even one it may not signal:
    # loop until no process of ours is left but this shell (checked with builtins only).
    for ((i = 0; i < 100; i++)); do
      kill -KILL -1 2>/dev/null
      wait 2>/dev/null
      others_left || break
      read -r -t 0.002 -u "$TICK" 2>/dev/null
    done
  elif [[ -n ${1:-} ]]; then
    kill -KILL -- "-$1" 2>/dev/null
  fi
  wait 2>/dev/null
}

others_left() {
  local d
  for d in /proc/[0-9]*; do
    [[ ${d#/proc/} != "$$" && ${d#/proc/} != 1 && -O $d ]] && return 0
  done
  return 1
}

wipe() {
  local d
  local -a entries
  for d in "$ROOT" "$PLAN" "$WORK" "$TMPD" "$OUT"; do  # a script may chmod what it owns
    [[ -d $d && -w $d && -x $d && -r $d ]] || chmod u+rwx -- "$d" 2>/dev/null
  done
  for d in "$WORK" "$TMPD" "$OUT"; do
    [[ -d $d && -w $d ]] || continue
    entries=("$d"/* "$d"/.[!.]* "$d"/..?*)
    ((${#entries[@]})) || continue
    chmod -R u+rwx -- "$d" 2>/dev/null
    find "$d" -mindepth 1 -delete 2>/dev/null || rm -rf -- "${d:?}"/* "${d:?}"/.[!.]* 2>/dev/null
  done
  mkdir -p "$OUT" "$ROOT/sub"
  rm -f -- "$ROOT/.times" "$ROOT/.sizes" "$ROOT/.list"
}

has_line() { # file line: builtins only (no fork per poll)
  local -a lines=()
  local l
  mapfile -t -n 10000 lines <"$1" 2>/dev/null
  for l in "${lines[@]}"; do [[ $l == "$2" ]] && return 0; done
  return 1
}


cpu_children() { # sets CPU_MS: children's user+sys CPU in milliseconds (builtins only, no subshell:
  local skip u s           # a subshell would count only its own children)
  times >"$ROOT/.times"
  { read -r skip; read -r u s; } <"$ROOT/.times"
  to_ms "$u"; local user=$MS
  to_ms "$s"
  CPU_MS=$((user + MS))
}
to_ms() { # 0m0.123s -> MS=123
  local v=${1%s} m sec
  m=${v%%m*}; sec=${v#*m}
  local whole=${sec%.*} frac=${sec#*.}
  frac=${frac}000; frac=${frac:0:3}
  MS=$(( (10#$m * 60 + 10#$whole) * 1000 + 10#$frac ))
}

# run_once TEST TDIR RUN -> frames for that run
run_once() {
  local t=$1 tdir=$2 run=$3
  local -A meta=()
  local k v
  while IFS='=' read -r k v; do meta[$k]=$v; done <"$tdir/meta"
  local -a args=() envs=()
  [[ -s $tdir/args ]] && mapfile -d '' args <"$tdir/args"
  [[ -s $tdir/env ]] && mapfile -d '' envs <"$tdir/env"
  local stdin_src=/dev/null
  [[ -f $tdir/stdin ]] && stdin_src=$tdir/stdin
  local script=$ROOT/sub/${meta[script]}
  local out_cap=${meta[out_cap]} timeout_us=${meta[timeout_us]}
  local so=$OUT/stdout.$run se=$OUT/stderr.$run
  : >"$so"; : >"$se"
  local wait_for=""
  [[ -f $tdir/wait_for ]] && IFS= read -r wait_for <"$tdir/wait_for"
  local cpu0 t0 now pid seen=0 status=0 timed_out=0 cut=0 sent=0 polls=0 size_o size_e tick=0.005
  cpu_children; cpu0=$CPU_MS
  t0=${EPOCHREALTIME/./}; t0=$((10#$t0))
  (
    ulimit -t "${meta[cpu]}" -f "${meta[fsize_kb]}" -n "${meta[nofile]}" 2>/dev/null
    [[ -n ${meta[nproc]:-} ]] && ulimit -u "${meta[nproc]}" 2>/dev/null
    [[ -n ${meta[vmem_kb]:-} ]] && ulimit -v "${meta[vmem_kb]}" 2>/dev/null
    cd "$WORK" || exit 125
    trap - INT QUIT TERM HUP
    exec env -i "${BASE_ENV[@]}" "${envs[@]}" bash "$script" "${args[@]}"
  ) <"$stdin_src" >"$so" 2>"$se" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    now=${EPOCHREALTIME/./}
    if ((10#$now - t0 >= timeout_us)); then
      timed_out=1
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
      break
    fi
    if ((++polls % 10 == 0)); then  # few forks: the harness's own CPU must not blur the script's
      sizes "$so" "$se"
      if ((size_o > out_cap || size_e > out_cap)); then
        cut=1
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
        break
      fi
    fi
    ((polls == 50)) && tick=0.02
    if [[ ${meta[kind]} == signal && $sent == 0 ]]; then
      if ((seen == 0)) && [[ -s $so ]] && has_line "$so" "$wait_for"; then
        seen=${EPOCHREALTIME/./}; seen=$((10#$seen))
      fi
      if ((seen > 0 && 10#$now - seen >= ${meta[signal_after_us]:-0})); then
        kill -s "${meta[signal]}" "$pid" 2>/dev/null && sent=1
      fi
    fi
    read -r -t "$tick" -u "$TICK" 2>/dev/null
  done
  wait "$pid"
  status=$?
  LAST_PID=$pid
  now=${EPOCHREALTIME/./}
  local elapsed=$((10#$now - t0))
  cpu_children
  local cpu=$((CPU_MS - cpu0))
  sizes "$so" "$se"
  ((size_o > out_cap || size_e > out_cap)) && cut=1
  frame "$t" "r$run.status" "$status"
  frame "$t" "r$run.timed_out" "$timed_out"
  frame "$t" "r$run.output_cut" "$cut"
  frame "$t" "r$run.signal_sent" "$sent"
  frame "$t" "r$run.elapsed_us" "$elapsed"
  frame "$t" "r$run.cpu_ms" "$cpu"
  frame_file "$t" "r$run.stdout" "$so" "$out_cap" "$size_o"
  frame_file "$t" "r$run.stderr" "$se" "$out_cap" "$size_e"
}

report_files() { # test tdir
  local t=$1 tdir=$2 i=0 p cap=0 k v
  local -a paths=()
  [[ -s $tdir/report ]] || return 0
  mapfile -d '' paths <"$tdir/report"
  while IFS='=' read -r k v; do [[ $k == file_cap ]] && cap=$v; done <"$tdir/meta"
  for p in "${paths[@]}"; do
    p=$WORK/$p
    if [[ -L $p ]]; then
      frame "$t" "f$i.stat" "symlink|$(stat -L -c '%a' -- "$p" 2>/dev/null)|0"
    elif [[ -f $p ]]; then
      frame "$t" "f$i.stat" "$(stat -c 'file|%a|%s' -- "$p")"
      frame_file "$t" "f$i.data" "$p" "$cap"
    elif [[ -d $p ]]; then
      frame "$t" "f$i.stat" "$(stat -c 'dir|%a|0' -- "$p")"
      find "$p" -mindepth 1 -maxdepth 1 -printf '%f\0' 2>/dev/null | head -c 65536 >"$ROOT/.list"
      frame_file "$t" "f$i.list" "$ROOT/.list" 65536
    elif [[ -e $p ]]; then
      frame "$t" "f$i.stat" "$(stat -c 'other|%a|0' -- "$p")"
    else
      frame "$t" "f$i.stat" "absent||0"
    fi
    ((i++))
  done
}

TICK_FIFO=$ROOT/.tick
mkdir -p "$PLAN" "$OUT" "$ROOT/sub" || exit 90
rm -f "$TICK_FIFO"; mkfifo "$TICK_FIFO" || exit 90
exec {TICK}<>"$TICK_FIFO"
trap ':' CHLD   # a child's exit interrupts the poll's `read -t` at once
tar -x -C "$PLAN" -f - || exit 91
exec </dev/null
kill_leftovers
wipe
printf 'SG1 - ready 0\n\n'
while IFS= read -r t; do
  tdir=$PLAN/tests/$t
  [[ -d $tdir ]] || continue
  kind=run script_name=script.sh
  while IFS='=' read -r k v; do
    case $k in kind) kind=$v ;; script) script_name=$v ;; esac
  done <"$tdir/meta"
  frame "$t" start ""
  cp -- "$PLAN/submission" "$ROOT/sub/$script_name"
  if [[ -d $tdir/files ]]; then
    cp -a -- "$tdir/files/." "$WORK/" 2>/dev/null
  fi
  runs=1
  [[ $kind == twice ]] && runs=2
  for ((r = 1; r <= runs; r++)); do
    run_once "$t" "$tdir" "$r"
    kill_leftovers "${LAST_PID:-}"
  done
  report_files "$t" "$tdir"
  frame "$t" end ""
  rm -rf -- "$tdir"
  wipe
done <"$PLAN/order"
printf 'SG1 - done 0\n\n'
