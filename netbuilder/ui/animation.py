"""File → Export → Run as Animation…: a recorded run as an animated GIF (or an MP4 video), for slides.

Each frame is one recorded moment: on the left the decision boundary as it was then (for a network with two
inputs; the weights of its first connection otherwise), on the right the run's loss curve with the moment
marked, and a line saying the epoch and the loss. The numbers come from the engine's probes
(:class:`~netbuilder.ui.panels.probing.DocumentState` with the moment's parameters, the same snapshots the
timeline shows); the pictures are drawn offscreen by the app's own panels (private copies, never on screen),
so a frame looks exactly like the window. Pillow writes the GIF (see pyproject.toml); an MP4 (H.264, which
every slide program plays and which is a tenth of the GIF's size) is written by ffmpeg where one is found — on
the PATH, or the one the optional ``imageio-ffmpeg`` package brings (``pip install "netbuilder[video]"``).
Either file is written atomically, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from ..files import FileAccessError, atomic_write_bytes
from ..i18n import fill, translate
from .panels.base import background, foreground, format_value

__all__ = ["FRAME_SIZE", "AnimationRenderer", "export_run_animation", "ffmpeg_path", "frame_moments", "recorded_run"]

#: The size of a frame in pixels (a 16:9 slide holds it with room for a title) and the title strip's height.
FRAME_SIZE = (960, 420)
TITLE_HEIGHT = 30
#: At most this many frames (moments evenly chosen from the recording), each shown this long.
MAX_FRAMES = 100
FRAME_MS = 80
#: The last frame stays this long before a GIF loops again (a video ends on it).
LAST_FRAME_MS = 1500


def ffmpeg_path() -> str | None:
    """An ffmpeg program to write MP4 videos with: one on the PATH, else imageio-ffmpeg's; None without either."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg
    except ImportError:
        return None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:  # the package without its binary for this platform
        return None


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
    video = path.suffix.lower() == ".mp4"
    ffmpeg = ffmpeg_path() if video else None
    if video and ffmpeg is None:
        raise ValueError(translate("Animation", "Writing MP4 videos needs ffmpeg (python -m pip install "
                                                "imageio-ffmpeg, or install ffmpeg); GIF animations work without it."))
    if not video:
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
            image = renderer.frame(moment)
            frames.append(_rgb_bytes(image) if video else _pillow_image(image))
    finally:
        renderer.close()
    if progress is not None and not progress(len(moments), len(moments)):
        return None
    if video:
        _write_mp4(ffmpeg, path, frames, size, frame_ms)
        return path
    buffer = io.BytesIO()
    durations = [frame_ms] * len(frames)
    durations[-1] = max(frame_ms, LAST_FRAME_MS)  # the end of the run stays a moment before the loop starts again
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0)
    try:
        atomic_write_bytes(path, buffer.getvalue())
    except FileAccessError as exc:
        raise OSError(fill(translate("Animation", "Cannot write %1: %2"), str(path), exc.message)) from None
    return path


def _rgb_bytes(image: QImage) -> bytes:
    """The frame's pixels as ffmpeg's rawvideo rgb24 reads them: rows packed, without Qt's row padding."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    row, stride = rgb.width() * 3, rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    if stride == row:
        return data
    return b"".join(data[y * stride:y * stride + row] for y in range(rgb.height()))


def _write_mp4(ffmpeg: str, path: Path, frames: list[bytes], size: tuple[int, int], frame_ms: int) -> None:
    """H.264 in yuv420p (what slide programs and browsers play), encoded by ffmpeg from its standard input into a
    private temporary folder, then written to ``path`` the way every file of the app is (atomically)."""
    width, height = size
    hold = max(1, round(LAST_FRAME_MS / frame_ms))  # the end of the run stays on screen a moment
    with tempfile.TemporaryDirectory(prefix="netbuilder-video-") as folder:
        encoded = Path(folder) / "run.mp4"
        command = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
                   "-s", f"{width}x{height}", "-r", f"{1000.0 / frame_ms:g}", "-i", "-", "-an", "-c:v", "libx264",
                   "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(encoded)]
        try:
            result = subprocess.run(command, input=b"".join(frames) + frames[-1] * hold, capture_output=True,
                                    timeout=300, check=False)
        except subprocess.TimeoutExpired:
            raise OSError(fill(translate("Animation", "ffmpeg did not finish writing %1"), str(path))) from None
        except OSError as exc:  # the program cannot be started
            raise OSError(fill(translate("Animation", "ffmpeg could not write %1: %2"), str(path),
                               exc.strerror or str(exc))) from None
        if result.returncode != 0 or not encoded.is_file():
            last = (result.stderr.decode("utf-8", "replace").strip().splitlines() or ["?"])[-1][:300]
            raise OSError(fill(translate("Animation", "ffmpeg could not write %1: %2"), str(path), last))
        data = encoded.read_bytes()
    try:
        atomic_write_bytes(path, data)
    except FileAccessError as exc:
        raise OSError(fill(translate("Animation", "Cannot write %1: %2"), str(path), exc.message)) from None
