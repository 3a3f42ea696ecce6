#!/bin/sh
# The smoke commands of an installed or bundled reslab (docs/installing.md), run from outside the
# checkout in a fresh home folder:
#   sh .ci/smoke.sh PATH/TO/reslab WORKDIR
# demo, check, export-pdf (report in es and en), render, export/import (a byte-identical round
# trip), results, and the GUI opened offscreen until its first paint. Used by .ci/package.sh
# (so by .ci/run) and by every job of .github/workflows/release.yml.
set -eu
exe="$1"
work="$2"
PYTHON="${PYTHON:-python3}"
rm -rf "$work"
mkdir -p "$work/home"
work="$(cd "$work" && pwd)"
cd "$work"
# A new user: no settings, no recent files, no documents folder yet; offscreen Qt.
export HOME="$work/home" USERPROFILE="$work/home" APPDATA="$work/home/AppData/Roaming" \
    LOCALAPPDATA="$work/home/AppData/Local" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
    QT_QPA_PLATFORM=offscreen
unset PYTHONPATH 2>/dev/null || true

step() { echo "smoke: $*" >&2; }
run() { step "reslab $*"; "$exe" "$@"; }
is_pdf() { [ "$(head -c 5 "$1")" = "%PDF-" ] || { echo "smoke: $1 is not a PDF" >&2; exit 1; }; }

run --version
run demo demo.reslab --no-gui
run check demo.reslab
run export-pdf demo.reslab -o report-es.pdf --lang es
run export-pdf demo.reslab -o report-en.pdf --lang en
is_pdf report-es.pdf
is_pdf report-en.pdf
if command -v pdftotext >/dev/null 2>&1; then  # the report speaks the language asked for
    pdftotext report-es.pdf - | grep -q "INFORME DEL LABORATORIO" || { echo "smoke: report-es.pdf is not in Spanish" >&2; exit 1; }
    pdftotext report-en.pdf - | grep -q "LAB REPORT" || { echo "smoke: report-en.pdf is not in English" >&2; exit 1; }
fi
run export demo.reslab -o demo.json
board="$("$PYTHON" -c "import json,sys; print(json.load(open(sys.argv[1], encoding='utf-8'))['boards'][0]['id'])" demo.json)"
run render demo.reslab --board "$board" -o board.png --width 800
[ "$(head -c 4 board.png | tail -c 3)" = "PNG" ] || { echo "smoke: board.png is not a PNG" >&2; exit 1; }
run import demo.json -o again.reslab
run check again.reslab
run export again.reslab -o again.json
cmp demo.json again.json || { echo "smoke: export → import → export changed the JSON" >&2; exit 1; }
run results demo.reslab >/dev/null
step "reslab demo.reslab (GUI, offscreen, until the first paint)"
RESLAB_EXIT_AFTER_FIRST_PAINT=1 "$exe" demo.reslab 2>gui.err || { cat gui.err >&2; exit 1; }
grep -q "^first-paint " gui.err || { echo "smoke: the main window was never painted" >&2; cat gui.err >&2; exit 1; }
# Recent files: the file just opened is remembered (QSettings' INI file; Windows keeps it in the
# real %APPDATA%, outside this home, so the check is for Linux and macOS).
ini="$(find "$HOME" -name "Resiliency Lab Desktop.ini" 2>/dev/null | head -n 1)"
if [ -n "$ini" ]; then
    grep -q "demo.reslab" "$ini" || { echo "smoke: demo.reslab is not among the recent files ($ini)" >&2; exit 1; }
fi
step "reslab (GUI, offscreen: the start screen, until the first paint)"
RESLAB_EXIT_AFTER_FIRST_PAINT=1 "$exe" 2>start.err || { cat start.err >&2; exit 1; }
grep -q "^first-paint " start.err || { echo "smoke: the start screen was never painted" >&2; cat start.err >&2; exit 1; }
step "ok ($exe)"
