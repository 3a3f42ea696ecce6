#!/bin/sh
# One entry point for newcomers and CI: installs the Debian libraries Qt needs (when
# missing), creates .venv with the tested versions, then runs `demo` or `test`.
#   sh .ci/setup.sh demo   # install everything and open the demo workshop
#   sh .ci/setup.sh test   # install everything and run the whole test suite
set -eu
cd "$(dirname "$0")/.."
what="${1:-test}"
shift || true
PYTHON="${PYTHON:-python3}"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        echo "setup: need root (or sudo) to install: $*" >&2; exit 1; fi
}

missing_libs() {
    # Qt's own libraries come in the PySide6 wheel; these are the system ones it links to.
    for lib in libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libglib-2.0.so.0 libdbus-1.so.3 "$@"; do
        ldconfig -p 2>/dev/null | grep -q "$lib" || { echo missing; return; }
    done
}

if command -v apt-get >/dev/null 2>&1; then
    pkgs="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3"
    gui_libs="libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-render-util.so.0 libxcb-shape.so.0 libxkbcommon-x11.so.0"
    gui_pkgs="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
    need=""
    if [ "$what" = demo ]; then
        [ -z "$(missing_libs $gui_libs)" ] || need="$pkgs $gui_pkgs"
    else
        [ -z "$(missing_libs)" ] || need="$pkgs"
        # Tests read PDFs back with poppler and screenshot real windows under Xvfb.
        command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
        command -v xvfb-run >/dev/null 2>&1 || need="$need xvfb xauth $gui_pkgs"
        # The phone pages are tested in Debian's Chromium (Playwright drives it; no browser download).
        command -v chromium >/dev/null 2>&1 || need="$need chromium chromium-driver"
    fi
    "$PYTHON" -c "import ensurepip" 2>/dev/null || need="$need python3-venv"
    if [ -n "$need" ]; then
        echo "setup: installing Debian packages:$need" >&2
        as_root apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq $need >/dev/null
    fi
fi

if [ ! -x .venv/bin/python ] || [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ] || [ constraints.txt -nt .venv/.installed ]; then
    "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -c constraints.txt -e ".[test]"
    touch .venv/.installed
fi
# The checkout's translation catalogs (.qm), compiled when older than their .ts (the editable
# install builds them too; a merge may have changed a .ts since).
.venv/bin/python -m tools.translations.build_qm >/dev/null

case "$what" in
    demo) exec .venv/bin/reslab demo "$@" ;;
    test) QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@" ;;
    *) echo "usage: sh .ci/setup.sh demo|test" >&2; exit 2 ;;
esac
