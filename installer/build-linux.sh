#!/usr/bin/env bash
# `make dist`: the one-dir bundle (dist/returndesk/) and a .deb for store PCs
# (dist/returndesk_VERSION_ARCH.deb): /opt/returndesk, /usr/bin/returndesk,
# a desktop menu entry, and the Qt system libraries as dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
version=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)

$PY -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/returndesk.spec
echo "bundle: dist/returndesk ($(du -sh dist/returndesk | cut -f1))"

if ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "dpkg-deb not found: the bundle is built, the .deb is not"; exit 0
fi
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/lib/systemd/system"
cp -a dist/returndesk "$root/opt/returndesk"
ln -s /opt/returndesk/returndesk "$root/usr/bin/returndesk"
cp installer/linux/returndesk.desktop "$root/usr/share/applications/"
cp installer/linux/returndesk-import.service "$root/lib/systemd/system/"  # the POS feed, off until IT enables it
cp installer/linux/returndesk-serve.service "$root/lib/systemd/system/"  # the scheduler, off until IT enables it
# The bundled fonts for the whole system too: the window's title bar is drawn
# by the window manager with the system's fonts, not the app's (Telugu showed
# boxes there on a PC without a Telugu font).
mkdir -p "$root/usr/share/fonts/truetype/returndesk"
cp resources/fonts/*.ttf resources/fonts/*LICENSE.txt "$root/usr/share/fonts/truetype/returndesk/"
size=$(du -sk "$root/opt" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" installer/linux/control > "$root/DEBIAN/control"
install -m 0755 installer/linux/postinst "$root/DEBIAN/postinst"
dpkg-deb -Zgzip --build --root-owner-group "$root" "dist/returndesk_${version}_${arch}.deb" >/dev/null
echo "package: dist/returndesk_${version}_${arch}.deb ($(du -h "dist/returndesk_${version}_${arch}.deb" | cut -f1))"
