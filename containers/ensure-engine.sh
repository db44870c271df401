#!/usr/bin/env bash
# Make sure a Docker engine runs here: install Debian's docker.io (plus debootstrap and bubblewrap for the
# image and the local backend) when missing, and start dockerd in the background when none answers.
set -euo pipefail
need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v bwrap >/dev/null || need+=(bubblewrap)
if ((${#need[@]})); then
  [[ $(id -u) -eq 0 ]] || { echo "ensure-engine: run as root to install: ${need[*]}" >&2; exit 1; }
  echo "ensure-engine: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
docker_cli=$(command -v docker)
if "$docker_cli" info >/dev/null 2>&1; then
  echo "ensure-engine: a Docker engine is running" >&2
  exit 0
fi
[[ $(id -u) -eq 0 ]] || { echo "ensure-engine: no Docker engine answers; start one as root (dockerd &)" >&2; exit 1; }
echo "ensure-engine: starting dockerd in the background (log: /var/log/shellgrade-dockerd.log)" >&2
nohup dockerd >/var/log/shellgrade-dockerd.log 2>&1 &
for _ in $(seq 1 60); do
  "$docker_cli" info >/dev/null 2>&1 && { echo "ensure-engine: dockerd is up" >&2; exit 0; }
  sleep 1
done
echo "ensure-engine: dockerd did not come up; see /var/log/shellgrade-dockerd.log" >&2
tail -n 20 /var/log/shellgrade-dockerd.log >&2 || true
exit 1
