#!/bin/sh
# Entry point of every connector image: starts main.js (beside this file) with a V8 heap sized from
# the container's memory limit, so a sync hits Node's own out-of-memory error, with a stack, before
# the kernel kills the container silently. Airbyte runs it through `sh -c "$AIRBYTE_ENTRYPOINT ..."`.
set -eu

# cgroup v2 first, then v1. CGROUP_ROOT exists for the tests; containers leave it unset.
cgroup_root="${CGROUP_ROOT:-/sys/fs/cgroup}"
limit=""
for file in "$cgroup_root/memory.max" "$cgroup_root/memory/memory.limit_in_bytes"; do
  if [ -r "$file" ]; then
    limit="$(cat "$file")"
    break
  fi
done

# The share of the limit given to the heap; the rest is for buffers, code and the stack.
percent="${AIRBYTE_HEAP_PERCENT:-75}"
heap=""
case "$limit" in
  '' | max | *[!0-9]*) ;;
  *)
    mib=$((limit / 1048576))
    # cgroup v1 writes "no limit" as a huge number (about 8 EiB): treat anything from 1 TiB up as none.
    if [ "$mib" -gt 0 ] && [ "$mib" -lt 1048576 ]; then
      heap=$((mib * percent / 100))
      if [ "$heap" -lt 64 ]; then heap=64; fi
    fi
    ;;
esac

# A heap size the user set in NODE_OPTIONS wins.
case "${NODE_OPTIONS:-}" in
  *max-old-space-size*) heap="" ;;
esac

app="$(dirname "$0")/main.js"
if [ -n "$heap" ]; then
  exec node "--max-old-space-size=$heap" "$app" "$@"
fi
exec node "$app" "$@"
