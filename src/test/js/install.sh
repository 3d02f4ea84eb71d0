#!/usr/bin/env bash
# Installs the tests' third-party JavaScript into the directory given (Maven passes target/js): exactly the versions
# and hashes of package-lock.json, from the npm registry, with `npm ci`. Run again only when the lockfile changes.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")" && pwd)"
target="$1"
mkdir -p "$target"
cp "$source_dir"/package.json "$source_dir"/package-lock.json "$source_dir"/*.mjs "$target"/
if cmp -s "$target/package-lock.json" "$target/node_modules/.installed-from-lockfile"; then
  exit 0
fi
if ! command -v npm > /dev/null; then
  echo "The tests need Node.js and npm (for axe-core and the CloudNativePG schema, src/test/js): install them," \
    "for example with 'apt-get install nodejs npm'." >&2
  exit 1
fi
cd "$target"
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
cp package-lock.json node_modules/.installed-from-lockfile
