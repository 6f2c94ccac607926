#!/usr/bin/env bash
# Makes sure the local Neo4j can be installed and run: Java 17+ and Maven.
# On a fresh Debian machine where we are root, installs them from Debian's packages;
# otherwise says what to install. Skipped when NEO4J_URI points at an existing server.
set -euo pipefail
[ -n "${NEO4J_URI:-}" ] && exit 0

java_ok() { command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; }
missing=()
java_ok || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[prerequisites] installing ${missing[*]} from Debian's packages..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
else
  echo "tiergraph needs Java 17+ and Maven to run its local Neo4j; missing: ${missing[*]}." >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}), or set NEO4J_URI to use an existing Neo4j." >&2
  exit 1
fi
