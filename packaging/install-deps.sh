#!/usr/bin/env bash
# Installs the Debian packages listed in a list file that are missing.
#   usage: packaging/install-deps.sh [LIST]
# LIST defaults to packaging/debian-build-deps.txt (what `make run` and `make test` need);
# packaging/debian-package-deps.txt lists the extra tools of `make package` and check-package.sh.
# As root it installs them; otherwise it prints the exact apt-get line and fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=${1:-$here/debian-build-deps.txt}
[ -r "$list" ] || { echo "install-deps.sh: cannot read package list $list" >&2; exit 1; }
missing=()
while read -r pkg; do
  pkg=${pkg%%#*}; pkg=$(echo "$pkg" | xargs)
  [ -n "$pkg" ] || continue
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$pkg")
done < "$list"
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Policy Atlas needs these Debian packages. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q -o DPkg::Lock::Timeout=300 --no-install-recommends "${missing[@]}"
