#!/usr/bin/env bash
# Build the shellgrade runner image from Debian packages, offline from any container registry:
# debootstrap a minimal root filesystem, then `FROM scratch` + `ADD` it (as Debian's own images are made).
# Usage: containers/build-image.sh [IMAGE_TAG]   (default: shellgrade-runner:latest)
# Environment: SG_MIRROR (Debian mirror, default: the first URI in /etc/apt/sources.list.d/debian.sources
#              or deb.debian.org), SG_SUITE (default bookworm), SG_CACHE (work dir, default .cache/image).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tag=${1:-shellgrade-runner:latest}
suite=${SG_SUITE:-bookworm}
cache=${SG_CACHE:-$here/../.cache/image}
packages_file="$here/packages.txt"

if [[ -z ${SG_MIRROR:-} ]]; then
  SG_MIRROR=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  : "${SG_MIRROR:=http://deb.debian.org/debian}"
fi

for tool in debootstrap docker; do
  command -v "$tool" >/dev/null || { echo "build-image: $tool is not installed (apt-get install debootstrap docker.io)" >&2; exit 1; }
done
[[ $(id -u) -eq 0 ]] || { echo "build-image: debootstrap needs root" >&2; exit 1; }

include=$(grep -v '^\s*#' "$packages_file" | xargs | tr ' ' ',')
stamp_key=$(printf '%s\n' "$suite" "$include" "$(sha256sum "$here/build-image.sh" "$here/Dockerfile" | cut -c1-64)" | sha256sum | cut -c1-16)
mkdir -p "$cache"
tarball="$cache/rootfs-$stamp_key.tar.gz"

if [[ ! -s $tarball ]]; then
  rootfs="$cache/rootfs"
  rm -rf "$rootfs"
  echo "build-image: debootstrap $suite from $SG_MIRROR (a few minutes)..." >&2
  debootstrap --variant=minbase --include="$include" "$suite" "$rootfs" "$SG_MIRROR" >"$cache/debootstrap.log" 2>&1 \
    || { tail -n 30 "$cache/debootstrap.log" >&2; exit 1; }
  # The unprivileged account every submission runs as.
  chroot "$rootfs" groupadd --gid 1000 alumno
  chroot "$rootfs" useradd --uid 1000 --gid 1000 --home-dir /work --no-create-home --shell /bin/bash alumno
  mkdir -p "$rootfs/work" "$rootfs/sg"
  chmod 1777 "$rootfs/work" "$rootfs/sg"
  # Record versions of bash and the tools: reported with every grade.
  {
    printf 'BASH_VERSION=%s\n' "$(chroot "$rootfs" bash -c 'echo "$BASH_VERSION"')"
    chroot "$rootfs" dpkg-query -W -f='${Package}=${Version}\n' $(grep -v '^\s*#' "$packages_file" | xargs)
  } >"$rootfs/etc/shellgrade-versions"
  # Trim what a runner never needs.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
         "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
  tar --numeric-owner -C "$rootfs" -czf "$tarball.tmp" .
  mv "$tarball.tmp" "$tarball"
  cp "$rootfs/etc/shellgrade-versions" "$cache/versions-$stamp_key.txt"
  rm -rf "$rootfs"
fi

ctx="$cache/context"
rm -rf "$ctx"; mkdir -p "$ctx"
ln "$tarball" "$ctx/rootfs.tar.gz" 2>/dev/null || cp "$tarball" "$ctx/rootfs.tar.gz"
cp "$here/Dockerfile" "$ctx/Dockerfile"
bash_version=$(sed -n 's/^BASH_VERSION=//p' "$cache/versions-$stamp_key.txt")
tools=$(grep -v '^BASH_VERSION=' "$cache/versions-$stamp_key.txt" | tr '\n' ' ')
docker build --quiet -t "$tag" \
  --label "org.shellgrade.bash=$bash_version" \
  --label "org.shellgrade.tools=$tools" \
  --label "org.shellgrade.suite=$suite" \
  --label "org.shellgrade.rootfs=$stamp_key" \
  "$ctx" >/dev/null
rm -rf "$ctx"
# The image this build replaced is left untagged: remove such leftovers of ours.
docker image prune -f --filter "label=org.shellgrade.rootfs" >/dev/null 2>&1 || true
echo "build-image: built $tag (bash $bash_version)" >&2
