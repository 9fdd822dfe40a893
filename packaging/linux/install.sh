#!/usr/bin/env bash
# Install NetBuilder's desktop integration on Linux: the .desktop launcher, the AppStream metainfo, the icon
# (resources/icons/netbuilder.svg, installed as io.github.netbuilder.NetBuilder.svg), the .nbn file type,
# and, when it has been built, the one-folder app from dist/netbuilder/ with a netbuilder command in bin/.
#
#   packaging/linux/install.sh                  into ~/.local (no root needed)
#   sudo packaging/linux/install.sh /usr/local  system-wide
#   DESTDIR=/tmp/stage packaging/linux/install.sh /usr   staged, for distribution packages
#
# After `pip install .` the netbuilder command is already on PATH; this script then adds only the launcher,
# the icon and the file type (set NETBUILDER_APP=none to skip the app even if dist/netbuilder exists).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PREFIX="${1:-$HOME/.local}"
DEST="${DESTDIR:-}$PREFIX"
APP_ID=io.github.netbuilder.NetBuilder
APP_DIR="${NETBUILDER_APP:-$ROOT/dist/netbuilder}"

install -Dm644 "$ROOT/packaging/linux/$APP_ID.desktop" "$DEST/share/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$DEST/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.mime.xml" "$DEST/share/mime/packages/$APP_ID.xml"
install -Dm644 "$ROOT/resources/icons/netbuilder.svg" "$DEST/share/icons/hicolor/scalable/apps/$APP_ID.svg"
echo "installed the launcher, metainfo, file type and icon under $DEST/share"

if [ "$APP_DIR" != none ] && [ -x "$APP_DIR/netbuilder" ]; then
    rm -rf "$DEST/lib/netbuilder"
    mkdir -p "$DEST/lib" "$DEST/bin"
    cp -a "$APP_DIR" "$DEST/lib/netbuilder"
    ln -sf "../lib/netbuilder/netbuilder" "$DEST/bin/netbuilder"
    echo "installed the app in $DEST/lib/netbuilder, command $DEST/bin/netbuilder"
elif ! command -v netbuilder > /dev/null; then
    echo "note: no netbuilder command on PATH; build the app (packaging/build.sh) or pip install ." >&2
fi

# Refresh the desktop's caches when installing for real (not into a staging DESTDIR).
if [ -z "${DESTDIR:-}" ]; then
    command -v update-desktop-database > /dev/null && update-desktop-database -q "$DEST/share/applications" || true
    command -v update-mime-database > /dev/null && update-mime-database "$DEST/share/mime" > /dev/null || true
    command -v gtk-update-icon-cache > /dev/null && gtk-update-icon-cache -qtf "$DEST/share/icons/hicolor" || true
fi
