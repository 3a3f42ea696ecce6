#!/bin/sh
# Build what facilitators install, install it the way they would, and run the smoke commands on it
# (docs/installing.md). One script for every place that packages the app: .ci/run runs it, and so
# does each job of .github/workflows/release.yml on its own OS (Linux, Windows under Git Bash,
# macOS).
#   sh .ci/package.sh   # sdist + wheel in dist/, a clean venv, the PyInstaller bundle in dist/
# Needs the development venv (sh .ci/setup.sh, or VENV_PY=path/to/its/python): its `build` and
# PyInstaller do the building.
set -eu
cd "$(dirname "$0")/.."
repo="$(pwd)"
PYTHON="${PYTHON:-python3}"
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*)  # Windows: the console executable; venvs keep programs in Scripts/
        bin=Scripts; exe=.exe; bundle_exe="$repo/dist/reslab/reslab-cli.exe" ;;
    Darwin)
        bin=bin; exe=; bundle_exe="$repo/dist/Resiliency Lab.app/Contents/MacOS/reslab" ;;
    *)
        bin=bin; exe=; bundle_exe="$repo/dist/reslab/reslab" ;;
esac
VENV_PY="${VENV_PY:-.venv/$bin/python$exe}"
outside="$(mktemp -d "${TMPDIR:-/tmp}/reslab-package.XXXXXX")"  # a clean venv, outside the checkout
trap 'rm -rf "$outside"' EXIT

echo "package: sdist, then the wheel built from it (python -m build)" >&2
rm -rf dist build
"$VENV_PY" -m build --outdir dist . >"$outside/build.log" 2>&1 || { tail -40 "$outside/build.log" >&2; exit 1; }
ls dist/*.whl dist/*.tar.gz >&2

echo "package: the wheel installed into a clean venv at $outside/venv" >&2
"$PYTHON" -m venv "$outside/venv"
"$outside/venv/$bin/python$exe" -m pip install -q -c constraints.txt dist/*.whl
(cd "$outside" && PYTHON="$PYTHON" sh "$repo/.ci/smoke.sh" "$outside/venv/$bin/reslab$exe" "$outside/smoke-wheel")

echo "package: the PyInstaller bundle (build.spec) in dist/" >&2
"$VENV_PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
(cd "$outside" && PYTHON="$PYTHON" sh "$repo/.ci/smoke.sh" "$bundle_exe" "$outside/smoke-bundle")
echo "package: start-up of the installed wheel and of the bundle (benchmarks, quick)" >&2
RESLAB_INSTALLED="$outside/venv/$bin/reslab$exe" RESLAB_BUNDLE="$bundle_exe" \
    "$VENV_PY" -m benchmarks --quick --only installed_start
echo "package: ok" >&2
