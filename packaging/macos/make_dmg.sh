#!/bin/sh
# The macOS disk image: "Resiliency Lab.app" beside a link to /Applications (drag to install).
#   sh packaging/macos/make_dmg.sh VERSION   ->  dist/ResiliencyLab-VERSION-macos.dmg
# hdiutil ships with macOS; UDZO is its compressed read-only format.
set -eu
cd "$(dirname "$0")/../.."
version="$1"
app="dist/Resiliency Lab.app"
[ -d "$app" ] || { echo "make_dmg: $app is missing (build build.spec first)" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/ResiliencyLab-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "Resiliency Lab" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
