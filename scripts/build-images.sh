#!/usr/bin/env bash
# Builds the four connector images (faros-ce/<package>:<version>) with docker or podman.
#
#   scripts/build-images.sh [--install] [--no-bundle]
#
# --install    apt-get installs what is missing of podman, runc, catatonit and debootstrap (only
#              debootstrap when a docker daemon answers); CI uses it. Without it nothing is installed.
# --no-bundle  reuse packages/*/bundle/ instead of bundling again (run `npm run build` first either way).
#
# The Dockerfiles say FROM node:24-bookworm-slim, as in production. Where that image is missing and
# no registry answers, the script first makes a stand-in under that tag: Debian bookworm from the
# apt mirror (debootstrap) plus the project's pinned Node 24 binary. Builds never pull.
# Environment: IMAGE_ENGINE=docker|podman picks the engine; IMAGE_WORK (default .tmp/images) holds
# the stand-in's rootfs and podman's private containers.conf.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRIPT_STARTED="$(date +%s.%N)"
# shellcheck source=images/engine.sh
source "$REPO_ROOT/scripts/images/engine.sh"

install=false
bundle=true
for arg in "$@"; do
  case "$arg" in
    --install) install=true ;;
    --no-bundle) bundle=false ;;
    *) echo "unknown option $arg (see the top of $0)" >&2 && exit 2 ;;
  esac
done

BASE_IMAGE="docker.io/library/node:24-bookworm-slim"
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
NODE_BINARY="${NODE_BINARY:-$REPO_ROOT/node_modules/node/bin/node}"

detect_engine
if $install; then
  # podman with runc (crun refuses hybrid cgroups) and catatonit (for --init), unless a docker
  # daemon answers; debootstrap for the stand-in base.
  missing=()
  tools=(debootstrap)
  if [ "$ENGINE" != docker ]; then tools+=(podman runc catatonit); fi
  for tool in "${tools[@]}"; do
    if ! command -v "$tool" >/dev/null 2>&1 && ! [ -x "/usr/libexec/podman/$tool" ]; then missing+=("$tool"); fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "::: [$(elapsed)s] apt-get install ${missing[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null)
    detect_engine
  fi
fi
if [ -z "$ENGINE" ]; then
  echo "no container engine: install podman or docker (or pass --install on Debian)" >&2
  exit 3
fi
echo "::: [$(elapsed)s] engine: $ENGINE ($($ENGINE --version | head -n 1))"

registry_answers() {
  # Any HTTP answer (401 included) means the registry is reachable; DNS or connect failures do not.
  command -v curl >/dev/null 2>&1 && curl -sS -m 5 -o /dev/null https://registry-1.docker.io/v2/ 2>/dev/null
}

# The stand-in for node:24-bookworm-slim: what matters to our images is the same (Debian bookworm
# with /bin/sh, groupadd/useradd, node at /usr/local/bin/node, user node 1000); npm and yarn are absent.
make_stand_in() {
  if ! command -v debootstrap >/dev/null 2>&1; then
    echo "no $BASE_IMAGE, no registry, and no debootstrap to make a stand-in (apt-get install debootstrap)" >&2
    exit 3
  fi
  local rootfs="$IMAGE_WORK/rootfs" version
  version="$("$NODE_BINARY" --version)"
  case "$version" in v24.*) ;; *) echo "$NODE_BINARY is $version, not Node 24" >&2 && exit 3 ;; esac
  rm -rf "$rootfs"
  mkdir -p "$IMAGE_WORK"
  echo "::: [$(elapsed)s] debootstrap bookworm from $DEBIAN_MIRROR (30-60 s)"
  debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$IMAGE_WORK/debootstrap.log" 2>&1 ||
    { tail -n 20 "$IMAGE_WORK/debootstrap.log" >&2 && exit 3; }
  rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*
  install -m 755 "$NODE_BINARY" "$rootfs/usr/local/bin/node"
  chroot "$rootfs" groupadd --gid 1000 node
  chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  tar -C "$rootfs" -c . | $ENGINE import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "ENV NODE_VERSION=${version#v}" \
    --change 'CMD ["node"]' \
    - "$BASE_IMAGE" >"$IMAGE_WORK/import.log" 2>&1 || { cat "$IMAGE_WORK/import.log" >&2 && exit 3; }
  rm -rf "$rootfs"
  echo "::: [$(elapsed)s] stand-in $BASE_IMAGE made (Debian bookworm minbase + Node $version)"
}

if $ENGINE image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  echo "::: [$(elapsed)s] base $BASE_IMAGE present"
elif registry_answers && $ENGINE pull "$BASE_IMAGE" >/dev/null; then
  echo "::: [$(elapsed)s] base $BASE_IMAGE pulled"
else
  make_stand_in
fi

build_flags=()
# podman: never pull, and no network for RUN steps (the default bridge is not wanted here).
if [ "$ENGINE" = podman ]; then build_flags=(--pull=never --network none); fi

for connector in $IMAGE_CONNECTORS; do
  if $bundle; then
    "$NODE_BINARY" "$REPO_ROOT/scripts/bundle-connector.mjs" "$REPO_ROOT/packages/$connector" >/dev/null
  fi
  image="$(image_of "$connector")"
  $ENGINE build "${build_flags[@]}" -q -t "$image" "$REPO_ROOT/packages/$connector" >/dev/null
  echo "::: [$(elapsed)s] built $image"
done

# Sizes as the engine reports them; the layers of the base are shared by all four.
base_size="$($ENGINE image inspect --format '{{.Size}}' "$BASE_IMAGE")"
echo "::: [$(elapsed)s] images (size, and what each adds to the shared base):"
for connector in $IMAGE_CONNECTORS; do
  image="$(image_of "$connector")"
  size="$($ENGINE image inspect --format '{{.Size}}' "$image")"
  awk -v i="$image" -v s="$size" -v b="$base_size" 'BEGIN { printf "  %-36s %6.1f MB  (+%.1f MB)\n", i, s / 1e6, (s - b) / 1e6 }'
done
awk -v i="$BASE_IMAGE" -v s="$base_size" 'BEGIN { printf "  %-36s %6.1f MB  (base)\n", i, s / 1e6 }'
