#!/usr/bin/env bash
# Packaging checks a user never sees fail: publint and arethetypeswrong on the packed tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f partyinfo-*.tgz
tarball=$(npm pack --silent | tail -n 1)
npx publint "$tarball" --strict
# All resolution modes, node10 included (subpath types through typesVersions).
npx attw "$tarball" --format ascii
rm -f "$tarball"
