#!/usr/bin/env bash
# Builds the Debian package, validates what it ships, installs it, and runs the INSTALLED program
# the way a user would: from another folder, with a fresh home, on a fresh database.
#   usage: packaging/check-package.sh        (CI runs it after `make test`; BUILD_DIR as in the Makefile)
# Needs root (or sudo) to install the package. Safe to re-run: an installed policy-atlas is
# removed first, so the checks always see a fresh install of the package just built.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
src=$(cd "$here/.." && pwd -P)
cd "$src"
build_dir=${BUILD_DIR:-build}
app_id=io.github.policyatlas.PolicyAtlas

steps=0 # each step is one check; the last line is "check-package: N passed, N failed", as CI reads it
step() { steps=$((steps + 1)); printf '\n== check-package: %s\n' "$*"; }
fail() {
  echo "check-package: FAIL: $*" >&2
  echo "check-package: $((steps - 1)) passed, 1 failed"
  exit 1
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "make package"
make package BUILD_DIR="$build_dir" # also installs packaging/debian-package-deps.txt
build=$(cd "$build_dir" && pwd -P)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb=$build/policy-atlas_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "$deb was not built"
dpkg-deb --field "$deb" Package Version Section Depends Recommends

step "contents: only the binary, its modules and its desktop integration"
root=$work/root
dpkg-deb -x "$deb" "$root"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
expected="/usr/bin/policy-atlas
/usr/lib/$multiarch/policy-atlas/policy-atlas-pdf.so
/usr/lib/$multiarch/policy-atlas/policy-atlas-xlsx.so
/usr/share/applications/$app_id.desktop
/usr/share/doc/policy-atlas/changelog.gz
/usr/share/doc/policy-atlas/copyright"
for size in 16 22 24 32 48 64 128 256; do
  expected+=$'\n'"/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expected+=$'\n'"/usr/share/icons/hicolor/scalable/apps/$app_id.svg
/usr/share/man/man1/policy-atlas.1.gz
/usr/share/metainfo/$app_id.metainfo.xml"
actual=$(cd "$root" && find . ! -type d | sed 's/^\.//' | LC_ALL=C sort)
expected=$(LC_ALL=C sort <<<"$expected")
[ "$actual" = "$expected" ] || fail "unexpected package contents:
$(diff <(echo "$expected") <(echo "$actual") || true)"
for size in 16 22 24 32 48 64 128 256; do # width and height from the PNG's IHDR chunk
  dims=$(od -An -tu1 -j16 -N8 "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" |
         awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')
  [ "$dims" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $dims"
done
cmp -s "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" resources/icons/policy-atlas.svg ||
  fail "the scalable icon is not resources/icons/policy-atlas.svg"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no <release> for $version"
[ "$(dpkg-parsechangelog -l "$root/usr/share/doc/policy-atlas/changelog.gz" -S Version)" = "$version" ] ||
  fail "packaging/changelog does not start with $version"
echo "ok: $(wc -l <<<"$actual") files"

step "desktop-file-validate"
out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) || { echo "$out"; fail "invalid desktop file"; }
[ -z "$out" ] || echo "$out"
if grep -qE ': (error|warning):' <<<"$out"; then fail "desktop file warnings"; fi
echo "ok"

step "appstreamcli validate --no-net (the file, then the installed tree with its desktop file)"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate-tree --no-net --strict "$root"

step "man page"
out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
      man --warnings -E UTF-8 -l "$root/usr/share/man/man1/policy-atlas.1.gz" 2>&1 >/dev/null)
[ -z "$out" ] || fail "man page warnings:
$out"
echo "ok"

step "apt-get install $deb"
if dpkg-query -W policy-atlas >/dev/null 2>&1; then # known to dpkg: installed, or was
  as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 policy-atlas
fi
# Depends only: every one of them is a build dependency, so this needs no download.
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=300 --no-install-recommends "$deb"
[ "$(dpkg-query -W -f='${Version}' policy-atlas)" = "$version" ] || fail "policy-atlas $version is not installed"
echo "dpkg -L policy-atlas:"
dpkg -L policy-atlas | sed 's/^/  /'

step "the installed binary stands alone"
bin=/usr/bin/policy-atlas
[ -x "$bin" ] || fail "$bin is missing"
if readelf -d "$bin" | grep -Ei 'RPATH|RUNPATH'; then fail "$bin has a library search path"; fi
libs=$(ldd "$bin")
if grep -q 'not found' <<<"$libs"; then fail "unresolved libraries:
$libs"; fi
for tree in "$src" "$build"; do
  if grep -F "$tree" <<<"$libs"; then fail "$bin loads a library from $tree"; fi
  if strings -a "$bin" | grep -F "$tree"; then fail "$bin refers to $tree"; fi
done
for module in /usr/lib/$multiarch/policy-atlas/policy-atlas-pdf.so /usr/lib/$multiarch/policy-atlas/policy-atlas-xlsx.so; do
  [ -f "$module" ] || fail "$module is missing"
  if readelf -d "$module" | grep -Ei 'RPATH|RUNPATH'; then fail "$module has a library search path"; fi
  if ldd "$module" | grep 'not found'; then fail "$module cannot load: the package's Depends are incomplete"; fi
done
qt_plugins=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins
for plugin in sqldrivers/libqsqlite.so platforms/libqxcb.so platforms/libqoffscreen.so iconengines/libqsvgicon.so; do
  [ -f "$qt_plugins/$plugin" ] || fail "Qt plugin $plugin missing: the package's Depends are incomplete"
  if ldd "$qt_plugins/$plugin" | grep 'not found'; then fail "Qt plugin $plugin cannot load"; fi
done
echo "ok: no search path, no reference to $src or $build; Qt plugins present"

# From here on: another folder, a fresh home, no environment but the basics (no DISPLAY, no
# QT_*, no LD_*): what a user's first run looks like.
mkdir -p "$work/run" "$work/home"
cd "$work/run"
run() { env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
expect() { # expect CODE COMMAND...: runs the installed program, checks its exit code
  local want=$1 rc=0; shift
  run "$bin" "$@" >"$work/out" 2>"$work/err" || rc=$?
  if [ "$rc" != "$want" ]; then
    cat "$work/out" "$work/err" >&2
    fail "policy-atlas $* exited with $rc, not $want"
  fi
}

step "policy-atlas --version"
expect 0 --version
cat "$work/out"
[ "$(cat "$work/out")" = "policy-atlas $version" ] || fail "wrong version"

step "policy-atlas counts (fresh default database, built-in corpus)"
db=$work/home/.local/share/PolicyAtlas/policy-atlas/policy-atlas.sqlite
expect 0 counts
[ -s "$db" ] || fail "no database at $db"
head -n 3 "$work/out"
provinces=$(awk -F, '$2 == "产教融合" { print $4 }' "$work/out")
[ "$provinces" = 22 ] || fail "产教融合 is mentioned by '$provinces' provinces, not 22"
echo "ok: 产教融合 in 22 provinces"

step "policy-atlas chart (PNG, then SVG with English labels)"
expect 0 chart --db "$db" "$work/run/x.png"
cat "$work/out"
[ "$(od -An -tx1 -N8 "$work/run/x.png" | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "x.png is not a PNG"
expect 0 chart --db "$db" --lang en --top 5 "$work/run/x.svg"
cat "$work/out"
grep -q 'Industry-Education Integration' "$work/run/x.svg" || fail "the English chart lacks its labels"
echo "ok: $(wc -c <"$work/run/x.png") bytes of PNG, $(wc -c <"$work/run/x.svg") bytes of SVG"

step "policy-atlas items --format xlsx (the installed module policy-atlas-xlsx.so)"
expect 0 items --db "$db" --format xlsx --out "$work/run/x.xlsx"
[ "$(od -An -tx1 -N4 "$work/run/x.xlsx" | tr -d ' \n')" = 504b0304 ] || fail "x.xlsx is not a ZIP file"
echo "ok: $(wc -c <"$work/run/x.xlsx") bytes of XLSX"

step "a --db that does not exist is an error for a reading command, and is not created"
expect 1 provinces --db "$work/run/typo/atlas.sqlite"
[ ! -e "$work/run/typo" ] || fail "provinces created $work/run/typo"
echo "ok: $(cat "$work/err")"

step "exit codes 1 and 2"
expect 1 import --db "$db" "$work/run/no-such-file.txt"
expect 2 no-such-command
expect 2 chart --db "$db" x.gif
echo "ok"

step "the window starts (offscreen, stopped after 5 s)"
rc=0
run QT_QPA_PLATFORM=offscreen timeout 5 "$bin" --db "$db" >"$work/out" 2>&1 || rc=$?
[ "$rc" = 124 ] || { cat "$work/out" >&2; fail "the window exited with $rc before 5 s"; }
echo "ok"

printf '\ncheck-package: all checks passed for %s\n' "$(basename "$deb")"
echo "check-package: $steps passed, 0 failed"
