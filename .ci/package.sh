#!/bin/sh
# Build what facilitators install, install it the way they would, and run the smoke commands on it
# (docs/installing.md). The same script is .ci/run's packaging step and the Linux job of
# .github/workflows/release.yml.
#   sh .ci/package.sh            # wheel + sdist, a clean venv, the PyInstaller bundle in dist/
# Needs .venv (sh .ci/setup.sh), whose `build` and PyInstaller do the building.
set -eu
cd "$(dirname "$0")/.."
repo="$(pwd)"
PYTHON="${PYTHON:-python3}"
outside="$(mktemp -d "${TMPDIR:-/tmp}/reslab-package.XXXXXX")"  # a clean venv, outside the checkout
trap 'rm -rf "$outside"' EXIT

echo "package: sdist, then the wheel built from it (python -m build)" >&2
rm -rf dist build
.venv/bin/python -m build --outdir dist . >"$outside/build.log" 2>&1 || { tail -40 "$outside/build.log" >&2; exit 1; }
ls dist/*.whl dist/*.tar.gz >&2

echo "package: the wheel installed into a clean venv at $outside/venv" >&2
"$PYTHON" -m venv "$outside/venv"
"$outside/venv/bin/python" -m pip install -q -c constraints.txt dist/*.whl
(cd "$outside" && PYTHON="$PYTHON" sh "$repo/.ci/smoke.sh" "$outside/venv/bin/reslab" "$outside/smoke-wheel")

echo "package: the PyInstaller bundle (build.spec) in dist/reslab" >&2
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
(cd "$outside" && PYTHON="$PYTHON" sh "$repo/.ci/smoke.sh" "$repo/dist/reslab/reslab" "$outside/smoke-bundle")
echo "package: ok" >&2
