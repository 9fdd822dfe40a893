"""File → Export → Run as Animation…: a recorded run as an animated GIF, for slides.

Each frame is one recorded moment: on the left the decision boundary as it was then (for a network with two
inputs; the weights of its first connection otherwise), on the right the run's loss curve with the moment
marked, and a line saying the epoch and the loss. The numbers come from the engine's probes
(:class:`~netbuilder.ui.panels.probing.DocumentState` with the moment's parameters, the same snapshots the
timeline shows); the pictures are drawn offscreen by the app's own panels (private copies, never on screen),
so a frame looks exactly like the window. Pillow writes the GIF (see pyproject.toml); the file is written
atomically, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from ..files import FileAccessError, atomic_write_bytes
from ..i18n import fill, translate
from .panels.base import background, foreground, format_value

__all__ = ["FRAME_SIZE", "AnimationRenderer", "export_run_animation", "frame_moments", "recorded_run"]

#: The size of a frame in pixels (a 16:9 slide holds it with room for a title) and the title strip's height.
FRAME_SIZE = (960, 420)
TITLE_HEIGHT = 30
#: At most this many frames (moments evenly chosen from the recording), each shown this long.
MAX_FRAMES = 100
FRAME_MS = 80


def recorded_run(window):
    """The run to animate: the one the timeline replays, else the latest recorded one; None without any."""
    replay = getattr(window, "replay", None)
    if replay is not None and replay.run is not None:
        return replay.run
    from .replay import recording_fits

    net = window.doc.network
    runs = [r for r in net.history.runs if r.recording is not None and recording_fits(net, r.recording)]
    return runs[-1] if runs else None


def frame_moments(recording, max_frames: int = MAX_FRAMES) -> list:
    """At most ``max_frames`` moments of ``recording``, evenly spread, the first and the last always."""
    moments = recording.moments
    if len(moments) <= max_frames:
        return list(moments)
    if max_frames < 2:
        return [moments[-1]]
    picks = sorted({round(k * (len(moments) - 1) / (max_frames - 1)) for k in range(max_frames)})
    return [moments[k] for k in picks]


class AnimationRenderer:
    """Frames of one run, drawn by private panels in a widget that is never shown on the screen."""

    def __init__(self, network, run, base_dir=None, size: tuple[int, int] = FRAME_SIZE):
        from .panels.boundary import BoundaryPanel
        from .panels.loss import LossPanel
        from .panels.probing import DocumentState
        from .panels.weights import WeightsPanel

        self.network, self.run, self.base_dir = network, run, base_dir
        self.size = QSize(*size)
        self.state = DocumentState()
        first = self.state.snapshot(network, base_dir, parameters=run.recording.moments[0].parameters)
        self.has_boundary = first is not None and first.boundary is not None
        self.host = QWidget()
        self.host.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        row = QHBoxLayout(self.host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        if self.has_boundary:
            self.picture = BoundaryPanel()
            self.picture.set_network(network)
            self.picture.thumbs.build([])  # the plane alone: no per-neuron thumbnails under it
        else:
            self.picture = WeightsPanel()
            self.picture.set_network(network)
        self.loss = LossPanel()
        self.loss.show_history([run])
        for panel in (self.picture, self.loss):
            panel.export_button.hide()
        # the plane square (equal units on both axes), the loss curve gets the rest
        self.picture.setFixedWidth(min(self.size.height() - TITLE_HEIGHT + 10, self.size.width() // 2))
        row.addWidget(self.picture)
        row.addWidget(self.loss, 1)
        self.host.resize(self.size.width(), self.size.height() - TITLE_HEIGHT)
        self.host.show()
        QApplication.processEvents()

    def frame(self, moment) -> QImage:
        """The frame of ``moment``: its picture, the loss with the moment marked, the title line."""
        snap = self.state.snapshot(self.network, self.base_dir, parameters=moment.parameters)
        if snap is not None:
            snap.parameters = moment.parameters
            self.picture.add_snapshot(snap)
        self.loss.show_moment(moment)
        for panel in (self.picture, self.loss):
            panel.redraw()
        QApplication.processEvents()
        image = QImage(self.size, QImage.Format.Format_RGB32)
        image.fill(background())
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            x = 0
            for panel in (self.picture, self.loss):
                pixmap = panel.graphics.grab()
                painter.drawPixmap(x, TITLE_HEIGHT, pixmap)
                x += panel.width()
            font = QFont(painter.font())
            font.setPixelSize(16)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(foreground()))
            title = fill(translate("Animation", "%1 · epoch %2 · loss %3"), self.network.name or "",
                         f"{moment.epoch:.4g}", format_value(moment.loss))
            painter.drawText(QRectF(12, 0, self.size.width() - 24, TITLE_HEIGHT),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        finally:
            painter.end()
        return image

    def close(self) -> None:
        self.host.close()
        self.host.deleteLater()


def _pillow_image(image: QImage):
    from PIL import Image

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1).copy()


def export_run_animation(window, path: str | Path, run=None, *, max_frames: int = MAX_FRAMES,
                         frame_ms: int = FRAME_MS, size: tuple[int, int] = FRAME_SIZE,
                         progress: Callable[[int, int], bool] | None = None) -> Path | None:
    """Write ``run`` (default: :func:`recorded_run`) as an animated GIF at ``path``; returns the path, or None
    when ``progress(done, total)`` returned False (cancelled: nothing is written).

    Raises ValueError when there is no recorded run, OSError (in the app's words) when the file cannot be
    written."""
    path = Path(path)
    run = run if run is not None else recorded_run(window)
    if run is None or run.recording is None or not run.recording.moments:
        raise ValueError(translate("Animation", "There is no recorded run to animate: train the network in the "
                                                "window first (every run is recorded)."))
    try:
        import PIL  # noqa: F401
    except ImportError:
        raise ValueError(translate("Animation", "Writing animations needs the Pillow package "
                                                "(python -m pip install Pillow).")) from None
    moments = frame_moments(run.recording, max_frames)
    doc_path = window.doc.path
    renderer = AnimationRenderer(window.doc.network, run, doc_path.parent if doc_path else None, size)
    frames = []
    try:
        for k, moment in enumerate(moments):
            if progress is not None and not progress(k, len(moments)):
                return None
            frames.append(_pillow_image(renderer.frame(moment)))
    finally:
        renderer.close()
    if progress is not None and not progress(len(moments), len(moments)):
        return None
    buffer = io.BytesIO()
    durations = [frame_ms] * len(frames)
    durations[-1] = max(frame_ms, 1500)  # the end of the run stays a moment before the loop starts again
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0)
    try:
        atomic_write_bytes(path, buffer.getvalue())
    except FileAccessError as exc:
        raise OSError(fill(translate("Animation", "Cannot write %1: %2"), str(path), exc.message)) from None
    return path
