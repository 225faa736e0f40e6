#!/usr/bin/env bash
# `npm run test:node-versions [-- MAJOR...]`: the vitest suite on other Node versions than the
# machine's own (default: 22 and 24; the machine runs 20, the oldest supported line).
#
# Each Node comes from the npm registry's `node` package through `npx -p node@MAJOR`, so the
# only network needed is the npm registry, and the binary is cached after the first run. Its
# folder goes first on PATH, so test workers and any `node` a test spawns run the same version.
# Every version runs even when one fails; the script exits non-zero if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then set -- 22 24; fi

failed=()
summary=()
for major in "$@"; do
  echo "== Node ${major}: fetching the binary"
  bin="$(npx -y -p "node@${major}" -- node -p process.execPath)"
  version="$("$bin" --version)"
  case "$version" in
    "v${major}".*) ;;
    *) echo "node@${major} resolved to ${version} (${bin})" >&2; failed+=("$major"); continue ;;
  esac
  echo "== Node ${version}: vitest run"
  started=$SECONDS
  if PATH="$(dirname "$bin"):$PATH" "$bin" node_modules/vitest/vitest.mjs run; then
    summary+=("Node ${version}: passed in $((SECONDS - started)) s")
  else
    summary+=("Node ${version}: FAILED after $((SECONDS - started)) s")
    failed+=("$major")
  fi
done

printf '%s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "failed on Node: ${failed[*]}" >&2
  exit 1
fi
