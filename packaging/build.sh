#!/usr/bin/env bash
# Build NetBuilder as a one-folder desktop app with PyInstaller, then check that it starts and renders.
#
#   packaging/build.sh                 build in a fresh virtual environment (packaging/build/venv)
#   packaging/build.sh --current-env   build with the Python already on PATH (pyinstaller is installed into it)
#   packaging/build.sh --no-smoke-test build only
#
# Environment: PYTHON (the interpreter that makes the venv, default python3), NETBUILDER_VENV (the venv's
# folder), SMOKE_PNG (where the smoke test writes its screenshot, default dist/netbuilder-smoke.png).
#
# Output: dist/netbuilder/ (run dist/netbuilder/netbuilder); PyInstaller's work files go to build/pyinstaller/.
# Both folders are ignored by git.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

MODE=venv
SKIP_SMOKE=0
for arg in "$@"; do
    case "$arg" in
        --current-env) MODE=current ;;
        --venv) MODE=venv ;;
        --no-smoke-test) SKIP_SMOKE=1 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

PYTHON="${PYTHON:-python3}"
if [ "$MODE" = venv ]; then
    VENV="${NETBUILDER_VENV:-$ROOT/packaging/build/venv}"
    if [ ! -x "$VENV/bin/python" ]; then
        echo "== creating $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    PY="$VENV/bin/python"
    echo "== installing NetBuilder and PyInstaller into $VENV"
    "$PY" -m pip install --quiet --upgrade pip
    "$PY" -m pip install --quiet "$ROOT" "pyinstaller>=6.5"
else
    PY="$(command -v "$PYTHON")"
    echo "== using $PY"
    "$PY" -c "import netbuilder" 2>/dev/null || "$PY" -m pip install --quiet -e "$ROOT"
    "$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install --quiet "pyinstaller>=6.5"
fi
"$PY" -c "import sys, PyInstaller, PySide6, netbuilder; print('   Python', sys.version.split()[0], '| PyInstaller', PyInstaller.__version__, '| PySide6', PySide6.__version__, '| NetBuilder', netbuilder.__version__)"

echo "== PyInstaller"
START=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/netbuilder.spec"
END=$(date +%s)
APP="$ROOT/dist/netbuilder/netbuilder"
[ -x "$APP" ] || { echo "build.sh: $APP was not built" >&2; exit 1; }
echo "   built in $((END - START)) s: $(du -sh "$ROOT/dist/netbuilder" | cut -f1) in dist/netbuilder/"

INTERNAL="$ROOT/dist/netbuilder/_internal"
if command -v ldd > /dev/null && [ -f "$INTERNAL/PySide6/Qt/plugins/platforms/libqxcb.so" ]; then
    MISSING="$(LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd "$INTERNAL/PySide6/Qt/plugins/platforms/libqxcb.so" \
        | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')"
    if [ -n "$MISSING" ]; then
        echo "   note: not on this build machine, so not bundled; X11 users' systems must provide: $MISSING"
    fi
fi

[ "$SKIP_SMOKE" = 1 ] && exit 0

echo "== smoke test"
# Run from outside the repository so that nothing can come from the source tree.
cd /tmp
"$APP" --version
BUNDLED="$(dirname "$APP")/_internal/netbuilder/resources"
[ -d "$BUNDLED" ] || BUNDLED="$(dirname "$APP")/netbuilder/resources"
"$APP" info "$BUNDLED/examples/worked_example.nbn" > /dev/null
# The MNIST example reads the bundled IDX files.
"$APP" evaluate "$BUNDLED/examples/mnist_mlp.nbn"
PNG="${SMOKE_PNG:-$ROOT/dist/netbuilder-smoke.png}"
rm -f "$PNG"
QT_QPA_PLATFORM=offscreen "$APP" "$ROOT/resources/examples/worked_example.nbn" --screenshot "$PNG"
"$PY" - "$PNG" <<'PYEOF'
import struct, sys
path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit(f"build.sh: {path} is not a PNG")
width, height = struct.unpack(">II", data[16:24])
if width < 800 or height < 500 or len(data) < 20_000:
    sys.exit(f"build.sh: {path} looks empty ({width}x{height}, {len(data)} bytes)")
print(f"   screenshot {path}: {width}x{height}, {len(data) // 1024} KiB")
PYEOF
echo "== ok: dist/netbuilder/netbuilder"
