# Sourced by scripts/build-images.sh and scripts/try-images.sh (bash): the connector list, the
# container engine, and podman's settings on machines like our CI's.

# package folder | image repository; the tag is the package's version.
IMAGE_CONNECTORS="source-github source-jira source-jenkins faros-destination"
IMAGE_NAMESPACE="faros-ce"
IMAGE_WORK="${IMAGE_WORK:-$REPO_ROOT/.tmp/images}"

# Sets ENGINE to docker (when its daemon answers) or podman; IMAGE_ENGINE=docker|podman overrides.
# A docker CLI without a daemon is common (this machine has one), so presence is not enough.
detect_engine() {
  ENGINE="${IMAGE_ENGINE:-}"
  if [ -z "$ENGINE" ]; then
    if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
      ENGINE=docker
    elif command -v podman >/dev/null 2>&1; then
      ENGINE=podman
    fi
  fi
  if [ "$ENGINE" = podman ]; then configure_podman; fi
  # The harness runs docker:<image> connectors with the same engine.
  if [ -n "$ENGINE" ]; then export HARNESS_CONTAINER_ENGINE="$ENGINE"; fi
}

# Rootful podman here cannot raise RLIMIT_NOFILE above the hard limit (no CAP_SYS_RESOURCE) and crun
# refuses hybrid cgroups, so a private containers.conf selects runc, ulimits within the hard limit,
# no network unless asked (no CNI bridge) and catatonit for --init. Nothing in /etc changes; a
# CONTAINERS_CONF already set, or a rootless user, keeps their own settings.
configure_podman() {
  if [ -n "${CONTAINERS_CONF:-}" ] || [ "$(id -u)" != 0 ]; then return; fi
  mkdir -p "$IMAGE_WORK"
  local conf="$IMAGE_WORK/containers.conf" hard
  hard="$(ulimit -Hn)"
  if [ "$hard" = unlimited ]; then hard=1048576; fi
  {
    echo '[containers]'
    echo "default_ulimits = [\"nofile=1024:$hard\", \"nproc=4096:4096\"]"
    echo 'netns = "none"'
    for init in /usr/libexec/podman/catatonit /usr/bin/catatonit; do
      if [ -x "$init" ]; then
        echo "init_path = \"$init\""
        break
      fi
    done
    echo '[engine]'
    if command -v runc >/dev/null 2>&1; then echo 'runtime = "runc"'; fi
    echo 'cgroup_manager = "cgroupfs"'
    echo 'events_logger = "file"'
  } >"$conf"
  export CONTAINERS_CONF="$conf"
}

# The image name of a connector folder: faros-ce/source-github:0.1.0.
image_of() {
  local version
  version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$REPO_ROOT/packages/$1/package.json" | head -n 1)"
  echo "$IMAGE_NAMESPACE/$1:$version"
}

# Prints seconds since the script started, for timings.
elapsed() {
  local now
  now="$(date +%s.%N)"
  awk -v a="$SCRIPT_STARTED" -v b="$now" 'BEGIN { printf "%.1f", b - a }'
}
