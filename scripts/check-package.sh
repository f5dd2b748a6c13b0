#!/usr/bin/env bash
# Packaging checks a user never sees fail: publint and arethetypeswrong on the packed tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f partyinfo-*.tgz
tarball=$(npm pack --silent | tail -n 1)
npx publint "$tarball" --strict
# Engines are Node >= 20, so node10 resolution (which cannot see subpath exports) is out of scope.
npx attw "$tarball" --profile node16 --format ascii
rm -f "$tarball"
