#!/usr/bin/env bash
# Regenerates the README's screenshots in a real X server (Xvfb), driving the app with xdotool
# as a user would: type a filter, click a province and an item, click a bar, export the chart.
#   usage: packaging/screenshots/capture.sh [BUILD_DIR]
# Needs: xvfb xauth imagemagick xdotool (Debian packages).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
app=$(cd "$build" && pwd)/policy-atlas
work=$(mktemp -d)
trap 'kill ${apid:-} ${xpid:-} 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
mkdir -p "$HOME"

for d in $(seq 91 140); do [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] || { disp=:$d; break; }; done
Xvfb "$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X${disp#:} ] && break; sleep 0.1; done
export DISPLAY=$disp

start() { # start LANG: a fresh window on a fresh database holding the seed corpus
  # The window asks before it creates a database named with --db: the import creates it.
  [ -e "$work/atlas-$1.sqlite" ] ||
    "$app" import --db "$work/atlas-$1.sqlite" "$here/../../resources/corpus/2023-provincial-vocational-education.txt" >/dev/null
  QT_QPA_PLATFORM=xcb "$app" --db "$work/atlas-$1.sqlite" --lang "$1" &
  apid=$!
  sleep 4
  xdotool search --sync --onlyvisible --class policy-atlas windowmove 0 0 windowsize 1400 900 >/dev/null
  sleep 1
}
stop() { kill "$apid"; wait "$apid" 2>/dev/null || true; }
shot() { import -window root "$here/$1"; echo "saved $here/$1"; }

# Chinese: filter 技工, open 广东省, select its item 6.
start zh_CN
xdotool mousemove 400 40 click 1 sleep 0.5 type --delay 150 '技工'
sleep 1.5
# Rows now: 东部, 福建省, its item 5, 广东省, its item 6.
xdotool mousemove 60 66 click 1 sleep 0.5 key Down Down Down Down sleep 0.8
shot main-window-zh.png
stop

# English: click the longest bar (Industry-Education Integration), pick Guangdong's item.
start en
xdotool mousemove 1100 160 click 1 sleep 1.5
# Rows now: East, then each province with its one matching item; Guangdong is the 7th province.
xdotool mousemove 60 60 click 1 sleep 0.5 key Down Down Down Down Down Down Down Down Down Down Down Down Down Down sleep 0.8
shot main-window-en.png
stop

# Exported charts, rendered by the command line with no display.
env -u DISPLAY "$app" chart "$here/chart-zh.png" --db "$work/atlas-zh_CN.sqlite" --lang zh_CN
env -u DISPLAY "$app" chart "$here/chart-en.svg" --db "$work/atlas-zh_CN.sqlite" --lang en
env -u DISPLAY "$app" chart "$here/chart-west-jineng-en.png" --db "$work/atlas-zh_CN.sqlite" --lang en \
    --region west --match 技能 --top 8 --width 900
# The heat map and the tile map, exported the same way.
env -u DISPLAY "$app" heatmap "$here/heatmap-zh.png" --db "$work/atlas-zh_CN.sqlite" --lang zh_CN --top 15
env -u DISPLAY "$app" map "$here/map-en.png" --db "$work/atlas-zh_CN.sqlite" --lang en \
    --initiative industry-education-integration
