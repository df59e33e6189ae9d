#!/usr/bin/env bash
# Runs every connector image the way Airbyte does, against the sandbox (run scripts/build-images.sh
# first):
#   - each image: sh -c "$AIRBYTE_ENTRYPOINT spec", then check with a config mounted read-only, as
#     the image's own non-root user, with a memory limit (run.sh sizes the heap from it);
#   - each source: discover, then a read of one repository / project / the Jenkins server piped, with
#     stream names prefixed as Airbyte's orchestrator does, into the destination image's write, which
#     lands the records in the sandbox's Faros CE (rows counted there) and echoes states;
#   - each image: `airbyte-harness test docker:<image>` (conformance checks), which must pass.
# Exits non-zero at the first failure, saying which step; files are kept in $IMAGE_WORK/try.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRIPT_STARTED="$(date +%s.%N)"
# shellcheck source=images/engine.sh
source "$REPO_ROOT/scripts/images/engine.sh"
NODE_BINARY="${NODE_BINARY:-$REPO_ROOT/node_modules/node/bin/node}"
HELPERS="$REPO_ROOT/scripts/images/try-helpers.mjs"

detect_engine
if [ -z "$ENGINE" ]; then echo "no container engine (podman or docker)" >&2 && exit 3; fi
for connector in $IMAGE_CONNECTORS; do
  if ! $ENGINE image inspect "$(image_of "$connector")" >/dev/null 2>&1; then
    echo "$(image_of "$connector") is not built: run scripts/build-images.sh" >&2 && exit 3
  fi
done

work="$IMAGE_WORK/try"
rm -rf "$work"
mkdir -p "$work"
chmod 755 "$work"
fail() {
  echo "::: FAILED: $*" >&2
  exit 1
}

"$NODE_BINARY" "$REPO_ROOT/packages/sandbox/bin/faros-ce-sandbox.js" up --seed 1 >"$work/sandbox.json" 2>"$work/sandbox.log" &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if [ -s "$work/sandbox.json" ]; then break; fi
  kill -0 "$sandbox_pid" 2>/dev/null || fail "the sandbox exited: $(tail -n 5 "$work/sandbox.log")"
  sleep 1
done
[ -s "$work/sandbox.json" ] || fail "the sandbox printed no URLs in 120 s"
"$NODE_BINARY" "$HELPERS" configs "$work/sandbox.json" "$work"
echo "::: [$(elapsed)s] sandbox up; configs in $work"

# Runs a connector command in an image as Airbyte does: sh -c with AIRBYTE_ENTRYPOINT, not the
# ENTRYPOINT; the image's user; configs at /config; the host network to reach the sandbox.
airbyte() {
  local image="$1"
  shift
  $ENGINE run --rm -i --network host --memory 1g -v "$work:/config:ro" --entrypoint sh "$image" \
    -c "eval \"\$AIRBYTE_ENTRYPOINT $*\""
}

destination="$(image_of faros-destination)"
for connector in $IMAGE_CONNECTORS; do
  image="$(image_of "$connector")"
  airbyte "$image" spec </dev/null >"$work/$connector-spec.jsonl" || fail "$image spec"
  grep -q '"type":"SPEC"' "$work/$connector-spec.jsonl" || fail "$image spec printed no SPEC"
  airbyte "$image" check --config "/config/$connector.json" </dev/null >"$work/$connector-check.jsonl" ||
    fail "$image check"
  grep -q '"status":"SUCCEEDED"' "$work/$connector-check.jsonl" ||
    fail "$image check did not succeed: $(grep CONNECTION_STATUS "$work/$connector-check.jsonl")"
  echo "::: [$(elapsed)s] $image: spec, check"
done

# source folder | stream | Faros CE model its records become one row each of
for row in "source-github pull_requests vcs_PullRequest" "source-jira issues tms_Task" "source-jenkins builds cicd_Build"; do
  read -r connector stream model <<<"$row"
  image="$(image_of "$connector")"
  type="${connector#source-}"
  origin="imagetry$type"
  airbyte "$image" discover --config "/config/$connector.json" </dev/null >"$work/$connector-discover.jsonl" ||
    fail "$image discover"
  "$NODE_BINARY" "$HELPERS" catalogs "$work/$connector-discover.jsonl" "${origin}__${type}__" \
    "$work/$connector-catalog.json" "$work/$connector-destination-catalog.json"
  airbyte "$image" read --config "/config/$connector.json" --catalog "/config/$connector-catalog.json" </dev/null |
    tee "$work/$connector-read.jsonl" |
    "$NODE_BINARY" "$HELPERS" prefix "${origin}__${type}__" |
    airbyte "$destination" write --config /config/faros-destination.json \
      --catalog "/config/$connector-destination-catalog.json" >"$work/$connector-write.jsonl" ||
    fail "$image read | $destination write"
  records="$("$NODE_BINARY" "$HELPERS" count "$work/$connector-read.jsonl" "$stream")"
  rows="$("$NODE_BINARY" "$HELPERS" rows "$work/sandbox.json" "$model" "$origin")"
  states="$(grep -c '"type":"STATE"' "$work/$connector-write.jsonl" || true)"
  [ "$records" -gt 0 ] || fail "$image read no $stream records"
  [ "$rows" = "$records" ] || fail "$records $stream records read, but $rows $model rows of origin $origin in Faros CE"
  [ "$states" -gt 0 ] || fail "$destination echoed no STATE"
  echo "::: [$(elapsed)s] $image: discover, read | $destination write: $records $stream = $rows $model rows, $states states echoed"
done

for connector in $IMAGE_CONNECTORS; do
  image="$(image_of "$connector")"
  "$NODE_BINARY" "$REPO_ROOT/packages/harness/bin/airbyte-harness.js" test "docker:$image" \
    --config "$work/$connector.json" --invalid-config "$work/$connector-invalid.json" >"$work/$connector-harness.txt" 2>&1 ||
    fail "airbyte-harness test docker:$image: $(tail -n 30 "$work/$connector-harness.txt")"
  echo "::: [$(elapsed)s] airbyte-harness test docker:$image: $(tail -n 1 "$work/$connector-harness.txt")"
done
echo "::: [$(elapsed)s] all images passed"
