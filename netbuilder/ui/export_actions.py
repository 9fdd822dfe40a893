"""File → Export (ONNX, PyTorch and Keras code, the canvas as PNG or SVG, a copy of it) and File → Import ONNX….

Why a module of its own: the main window only calls :func:`install_export_actions`;
everything about exports lives here. Each menu action asks for a file name
and hands it to a plain function (``export_network``, ``save_canvas_png``,
``save_canvas_svg``, ``copy_canvas_image``, ``import_onnx_file``) that does
the work and raises on failure, so tests call those directly and no dialog
opens. A failure is shown in a message box and changes nothing: the network
stays open as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from ..i18n import fill, translate
from ..io import NetworkFileError
from . import settings

#: Space around the drawing, in scene units.
MARGIN = 24.0
#: Pixels per scene unit in a PNG: twice the screen's, so the picture stays sharp on slides.
PNG_SCALE = 2.0
#: The largest PNG side in pixels (a 784-neuron canvas must not ask for gigabytes).
MAX_PIXELS = 8000

FORMATS = {
    "onnx": (".onnx", "ONNX models (*.onnx)"),
    "pytorch": (".py", "Python scripts (*.py)"),
    "keras": (".py", "Python scripts (*.py)"),
}


# -- the work, without dialogs ---------------------------------------------------------------


def export_network(window, path: str | Path, fmt: str) -> list[Path]:
    """Write the window's network as ONNX or as a PyTorch/Keras script; returns the files written."""
    net = window.doc.network
    if fmt == "onnx":
        from ..io.onnx_export import save_onnx

        return [save_onnx(net, path)]
    if fmt in ("pytorch", "keras"):
        from ..engine import CompiledNetwork
        from ..io.codegen import write_code

        # the engine's outputs on a few samples go with the script, which checks that it reproduces them
        return list(write_code(net, path, fmt, predict=lambda x: CompiledNetwork(net).predict(x)))
    raise ValueError(f"there is no export format '{fmt}'")


def canvas_rect(scene) -> QRectF:
    """The part of the scene with something drawn in it, plus a margin; raises if the canvas is empty."""
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        raise ValueError(translate("Export", "The canvas is empty: there is nothing to export."))
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def _background(window) -> QColor:
    return window.view.palette().color(QPalette.ColorRole.Base)


def _render(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """Draw the scene without selection highlights (a picture shows the network, not the editing state)."""
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, target, source)
    finally:
        for item in selected:
            item.setSelected(True)


def canvas_image(window, scale: float = PNG_SCALE) -> QImage:
    """The canvas as an image on the canvas's own background colour."""
    source = canvas_rect(window.scene)
    scale = min(scale, MAX_PIXELS / max(source.width(), source.height()))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(_background(window))
    painter = QPainter(image)
    try:
        _render(window.scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    return image


def save_canvas_png(window, path: str | Path) -> Path:
    path = Path(path)
    image = canvas_image(window)
    if not image.save(str(path), "PNG"):
        raise OSError(fill(translate("Export", "Cannot write %1."), str(path)))
    return path


def save_canvas_svg(window, path: str | Path) -> Path:
    """The canvas as SVG: lines and text stay vector graphics, for papers and slides."""
    from PySide6.QtSvg import QSvgGenerator

    path = Path(path)
    source = canvas_rect(window.scene)
    size = QSize(round(source.width()), round(source.height()))
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(window.doc.network.name)
    generator.setDescription(translate("Export", "A network drawn by NetBuilder"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(fill(translate("Export", "Cannot write %1."), str(path)))
    try:
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), _background(window))
        _render(window.scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(fill(translate("Export", "Cannot write %1."), str(path)))
    return path


def copy_canvas_image(window) -> QImage:
    """Put the canvas on the clipboard as an image (Qt owns the copy, so nothing needs releasing at exit)."""
    image = canvas_image(window)
    QGuiApplication.clipboard().setImage(image)
    return image


def import_onnx_file(window, path: str | Path, *, ask: bool = True) -> bool:
    """Open an ONNX model as a new, unsaved network. False if the user kept the current one.

    Raises ``NetworkFileError``/``ValueError`` (a damaged file, unsupported
    operators) before anything changes.
    """
    from ..io.onnx_import import load_onnx

    if window.doc.locked:
        raise ValueError(window.doc.locked_reason or translate("Export", "The network cannot be replaced right now."))
    network = load_onnx(path)
    if ask and not window.maybe_save():
        return False
    window.set_network(network, None, modified=True)
    window.doc.origin = Path(path).stem
    return True


# -- the menu ----------------------------------------------------------------------------------


class ExportActions(QObject):
    """The Export submenu and Import ONNX… of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(translate("Export", "&Export"), window)
        self.menu.setObjectName("exportMenu")
        self.act_onnx = self._add(translate("Export", "&ONNX…"), lambda: self.export_dialog("onnx"))
        self.act_pytorch = self._add(translate("Export", "&PyTorch code…"), lambda: self.export_dialog("pytorch"))
        self.act_keras = self._add(translate("Export", "&Keras code…"), lambda: self.export_dialog("keras"))
        self.menu.addSeparator()
        self.act_png = self._add(translate("Export", "Canvas as P&NG…"), lambda: self.canvas_dialog("png"))
        self.act_svg = self._add(translate("Export", "Canvas as &SVG…"), lambda: self.canvas_dialog("svg"))
        self.act_copy_image = self._add(translate("Export", "&Copy canvas image"), self.copy_image)
        self.menu.addSeparator()
        self.act_animation = self._add(translate("Export", "Run as &Animation…"), self.animation_dialog)
        self.act_animation.setToolTip(translate("Export", "The decision boundary and the loss curve of the recorded "
                                                          "run, moment by moment, as an animated GIF for slides"))
        self.act_import = QAction(translate("Export", "&Import ONNX…"), window)
        self.act_import.triggered.connect(lambda checked=False: self.import_dialog())
        self._place()

    def _add(self, text: str, slot) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _place(self) -> None:
        """After Save As… and before Quit: [separator] Import ONNX…, Export ▸."""
        file_menu = getattr(self.window, "file_menu", None)
        if file_menu is None:
            menus = [a.menu() for a in self.window.menuBar().actions() if a.menu() is not None]
            file_menu = menus[0] if menus else self.window.menuBar().addMenu(translate("MainWindow", "&File"))
        actions = file_menu.actions()
        quit_action = getattr(self.window, "act_quit", None)
        anchor = None
        if quit_action in actions:
            k = actions.index(quit_action)
            anchor = actions[k - 1] if k > 0 and actions[k - 1].isSeparator() else quit_action
        if anchor is None:
            file_menu.addSeparator()
            file_menu.addAction(self.act_import)
            file_menu.addMenu(self.menu)
            return
        file_menu.insertAction(anchor, self.act_import)
        file_menu.insertMenu(anchor, self.menu)
        file_menu.insertSeparator(self.act_import)

    # -- dialogs ---------------------------------------------------------------------------------

    def _save_path(self, title: str, suffix: str, file_filter: str, suffixes: dict[str, str] | None = None,
                   keep: tuple[str, ...] = ()) -> Path | None:
        """The path chosen in a save dialog, with ``suffix`` added when it lacks it; with ``suffixes`` (a filter
        → its suffix), a name ending in any of them (or in ``keep``) is kept and another gets the chosen filter's
        suffix."""
        name = self.window.doc.network.name or "network"
        start = str(Path(settings.last_directory()) / f"{_file_stem(name)}{suffix}")
        path, chosen = QFileDialog.getSaveFileName(self.window, title, start, file_filter)
        if not path:
            return None
        path = Path(path)
        allowed = (set(suffixes.values()) if suffixes else {suffix}) | set(keep)
        if path.suffix.lower() not in allowed:
            path = path.with_name(path.name + ((suffixes or {}).get(chosen) or suffix))
        return path

    def _failed(self, title: str, exc: BaseException) -> None:
        message = str(exc) or type(exc).__name__
        text = fill(translate("Export", "%1\n\nThe network is still open; nothing was lost."), message)
        QMessageBox.critical(self.window, title, text)

    def _done(self, paths: list[Path]) -> None:
        if paths:
            settings.set_last_directory(paths[0].parent)
        self.window.show_message(fill(translate("Export", "Exported %1."), ", ".join(p.name for p in paths)))

    def export_dialog(self, fmt: str) -> bool:
        suffix, file_filter = FORMATS[fmt]
        titles = {
            "onnx": translate("Export", "Export as ONNX"),
            "pytorch": translate("Export", "Export as PyTorch code"),
            "keras": translate("Export", "Export as Keras code"),
        }
        path = self._save_path(titles[fmt], suffix, file_filter)
        if path is None:
            return False
        try:
            written = export_network(self.window, path, fmt)
        except (ValueError, ImportError, OSError) as exc:
            self._failed(translate("Export", "Cannot export"), exc)
            return False
        self._done(written)
        return True

    def canvas_dialog(self, kind: str) -> bool:
        if kind == "png":
            path = self._save_path(translate("Export", "Export canvas as PNG"), ".png",
                                   translate("Export", "PNG images (*.png)"))
        else:
            path = self._save_path(translate("Export", "Export canvas as SVG"), ".svg",
                                   translate("Export", "SVG drawings (*.svg)"))
        if path is None:
            return False
        try:
            written = save_canvas_png(self.window, path) if kind == "png" else save_canvas_svg(self.window, path)
        except (ValueError, OSError) as exc:
            self._failed(translate("Export", "Cannot export"), exc)
            return False
        self._done([written])
        return True

    def animation_dialog(self) -> bool:
        """Ask for a file, then write the recorded run as an animated GIF with a cancellable progress dialog."""
        from PySide6.QtWidgets import QProgressDialog

        from .animation import export_run_animation, ffmpeg_path, recorded_run

        run = recorded_run(self.window)
        if run is None:
            self._failed(translate("Export", "Cannot export"),
                         ValueError(translate("Export", "There is no recorded run to animate: train the network "
                                                        "in the window first (every run is recorded).")))
            return False
        gif = translate("Export", "GIF animations (*.gif)")
        video = translate("Export", "MP4 videos (*.mp4)")
        offered = {gif: ".gif"}
        if ffmpeg_path() is not None:  # an MP4 needs ffmpeg; without it the dialog offers GIF only
            offered[video] = ".mp4"
        # a name the user ends in .mp4 stays one even without ffmpeg: the export then says what it needs
        path = self._save_path(translate("Export", "Export run as animation"), ".gif", ";;".join(offered),
                               suffixes=offered, keep=(".gif", ".mp4"))
        if path is None:
            return False
        dialog = QProgressDialog(translate("Export", "Drawing the run's moments…"), translate("Export", "Cancel"),
                                 0, 1, self.window)
        dialog.setObjectName("animationProgress")
        dialog.setWindowTitle(translate("Export", "Export run as animation"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(fill(translate("Export", "Drawing frame %1 of %2…"), min(done + 1, total), total))
            QApplication.processEvents()
            return not dialog.wasCanceled()

        self.animation_progress = dialog
        try:
            written = export_run_animation(self.window, path, run, progress=progress)
        except (ValueError, OSError) as exc:
            dialog.close()
            self._failed(translate("Export", "Cannot export"), exc)
            return False
        dialog.close()
        if written is None:
            self.window.show_message(translate("Export", "Animation cancelled: nothing was written."))
            return False
        self._done([written])
        return True

    def copy_image(self) -> bool:
        try:
            copy_canvas_image(self.window)
        except ValueError as exc:
            self.window.show_message(str(exc))
            return False
        self.window.show_message(translate("Export", "Canvas image copied."))
        return True

    def import_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Export", "Import ONNX model"),
                                              settings.last_directory(),
                                              translate("Export", "ONNX models (*.onnx);;All files (*)"))
        if not path:
            return False
        try:
            imported = import_onnx_file(self.window, path)
        except (NetworkFileError, ValueError, ImportError) as exc:
            self._failed(translate("Export", "Cannot import"), exc)
            return False
        if imported:
            settings.set_last_directory(Path(path).parent)
            self.window.show_message(fill(translate("Export", "Imported %1. Save it to keep it."), Path(path).name))
        return imported


def _file_stem(name: str) -> str:
    """A network's name as a file name (keeps letters of any script, drops path characters)."""
    stem = "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in name).strip(" .")
    return stem or "network"


def install_export_actions(window) -> ExportActions:
    """Add File → Import ONNX… and File → Export ▸ to a main window; returns the object holding the actions.

    Calling it again for the same window returns the existing actions (no second menu).
    """
    existing = getattr(window, "export_actions", None)
    if isinstance(existing, ExportActions):
        return existing
    actions = ExportActions(window)
    window.export_actions = actions
    return actions
