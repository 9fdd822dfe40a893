"""File → Export → Run as Animation…: the recorded run as a GIF (Pillow reads it back), cancellable, and a
path that cannot be written is a clear message."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from netbuilder.ui.animation import FRAME_SIZE, MAX_FRAMES, export_run_animation, frame_moments

from .conftest import open_template

Image = pytest.importorskip("PIL.Image")


@pytest.fixture
def shown_errors(monkeypatch):
    found = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a, **k: found.append((title, text)))
    return found


def answer_save_dialog(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), a[3] if len(a) > 3 else ""))


@pytest.fixture
def trained(window, qtbot):
    open_template(window, "xor")
    window.doc.network.set_training(epochs=40, batch_size=1)
    window.training.panel.load()
    qtbot.mouseClick(window.training.panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.training.active, timeout=20000)
    qtbot.waitUntil(lambda: window.replay.run is not None, timeout=2000)
    return window


def frames(path):
    with Image.open(path) as image:
        sizes = set()
        pictures = []
        for k in range(image.n_frames):
            image.seek(k)
            sizes.add(image.size)
            pictures.append(image.convert("RGB").tobytes())
        return image.n_frames, sizes, pictures


def test_the_menu_writes_a_gif_of_the_recorded_run(trained, monkeypatch, tmp_path, shown_errors):
    window = trained
    actions = window.export_actions
    assert actions.act_animation in actions.menu.actions()
    before, steps = window.doc.network.get_parameters(), window.doc.undo_stack.count()
    answer_save_dialog(monkeypatch, tmp_path / "xor-run")  # the suffix is added
    assert actions.act_animation.isEnabled()
    actions.act_animation.trigger()
    assert shown_errors == []
    path = tmp_path / "xor-run.gif"
    count, sizes, pictures = frames(path)
    expected = min(len(window.replay.moments), MAX_FRAMES)
    assert count == expected and sizes == {FRAME_SIZE}
    assert pictures[0] != pictures[-1], "the boundary and the marked moment move"
    assert "Exported xor-run.gif" in window.statusBar().currentMessage()
    assert window.doc.network.get_parameters().equals(before) and window.doc.undo_stack.count() == steps
    assert window.panels.shown.kind == "document", "the window's panels were not used for the frames"


def test_a_given_number_of_frames_spread_over_the_run(trained, tmp_path):
    window = trained
    run = window.replay.run
    picked = frame_moments(run.recording, 12)
    assert len(picked) == 12 and picked[0] is run.recording.moments[0] and picked[-1] is run.recording.moments[-1]
    path = export_run_animation(window, tmp_path / "twelve.gif", max_frames=12)
    count, sizes, _ = frames(path)
    assert count == 12 and sizes == {FRAME_SIZE}


def test_cancelling_writes_nothing(trained, tmp_path, monkeypatch):
    window = trained
    seen = []
    result = export_run_animation(window, tmp_path / "cut.gif", progress=lambda k, n: seen.append(k) or k < 3)
    assert result is None and not (tmp_path / "cut.gif").exists() and seen[-1] == 3
    # the progress dialog's Cancel, as the user presses it
    answer_save_dialog(monkeypatch, tmp_path / "cancelled.gif")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert window.export_actions.animation_dialog() is False
    assert not (tmp_path / "cancelled.gif").exists()
    assert "Animation cancelled" in window.statusBar().currentMessage()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_a_clear_message(trained, tmp_path, monkeypatch, shown_errors):
    window = trained
    answer_save_dialog(monkeypatch, tmp_path / "missing" / "run.gif")
    assert window.export_actions.animation_dialog() is False
    title, text = shown_errors[-1]
    assert title == "Cannot export" and "run.gif" in text and "does not exist" in text
    assert "nothing was lost" in text
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            answer_save_dialog(monkeypatch, locked / "run.gif")
            assert window.export_actions.animation_dialog() is False
            assert "cannot write in the folder" in shown_errors[-1][1]
        finally:
            locked.chmod(0o700)


def test_without_a_recorded_run_the_menu_says_what_to_do(window, monkeypatch, shown_errors, tmp_path):
    open_template(window, "xor")
    answer_save_dialog(monkeypatch, tmp_path / "never.gif")
    assert window.export_actions.animation_dialog() is False
    assert "train the network in the window first" in shown_errors[-1][1]
    assert not (tmp_path / "never.gif").exists()


# -- MP4 where ffmpeg is found ------------------------------------------------------------------------------


def answer_save_dialog_with_filter(monkeypatch, path, wanted):
    """The save dialog as a user answers it: a name, and the file type picked from its list (``wanted`` names it)."""
    offered = {}

    def answer(parent, title, start, filters, *a, **k):
        offered["filters"] = filters.split(";;")
        chosen = next((f for f in offered["filters"] if wanted in f), offered["filters"][0])
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def written(folder):
    """The files in ``folder`` but the window's own settings."""
    return sorted(p.name for p in folder.iterdir() if p.name != "settings")


def video_frames(path):
    imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg")
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    return meta, sum(1 for _ in reader)


@pytest.fixture
def ffmpeg():
    from netbuilder.ui.animation import ffmpeg_path

    found = ffmpeg_path()
    if found is None:
        pytest.skip("no ffmpeg on this machine (pip install imageio-ffmpeg)")
    return found


def test_the_menu_writes_an_mp4_when_its_type_is_chosen(trained, monkeypatch, tmp_path, shown_errors, ffmpeg):
    window = trained
    offered = answer_save_dialog_with_filter(monkeypatch, tmp_path / "xor-run", "MP4")
    window.export_actions.act_animation.trigger()
    assert shown_errors == []
    assert any("*.gif" in f for f in offered["filters"]) and any("*.mp4" in f for f in offered["filters"])
    path = tmp_path / "xor-run.mp4"
    meta, count = video_frames(path)
    assert tuple(meta["size"]) == FRAME_SIZE
    moments = min(len(window.replay.moments), MAX_FRAMES)
    assert count >= moments, "every moment is a frame, and the last one is held"
    assert path.stat().st_size < 2_000_000
    assert written(tmp_path) == ["xor-run.mp4"], "no temporary file is left"
    # a name ending in .gif stays a GIF whatever the filter
    answer_save_dialog_with_filter(monkeypatch, tmp_path / "still.gif", "MP4")
    window.export_actions.act_animation.trigger()
    assert frames(tmp_path / "still.gif")[0] == moments


def test_without_ffmpeg_the_dialog_offers_gif_only_and_mp4_is_a_clear_message(trained, monkeypatch, tmp_path,
                                                                             shown_errors):
    import netbuilder.ui.animation as animation

    window = trained
    monkeypatch.setattr(animation, "ffmpeg_path", lambda: None)
    offered = answer_save_dialog_with_filter(monkeypatch, tmp_path / "run.mp4", "GIF")
    assert window.export_actions.animation_dialog() is False
    assert offered["filters"] == ["GIF animations (*.gif)"]
    title, text = shown_errors[-1]
    assert "needs ffmpeg" in text and "GIF animations work without it" in text and "nothing was lost" in text
    assert written(tmp_path) == []


def test_a_failing_ffmpeg_leaves_the_old_file(trained, monkeypatch, tmp_path, shown_errors):
    import netbuilder.ui.animation as animation

    window = trained
    broken = tmp_path / "ffmpeg"
    broken.write_text("#!/bin/sh\necho 'Unknown encoder libx264' >&2\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setattr(animation, "ffmpeg_path", lambda: str(broken))
    old = tmp_path / "run.mp4"
    old.write_bytes(b"the old video")
    answer_save_dialog_with_filter(monkeypatch, old, "MP4")
    assert window.export_actions.animation_dialog() is False
    assert "ffmpeg could not write" in shown_errors[-1][1] and "Unknown encoder libx264" in shown_errors[-1][1]
    assert old.read_bytes() == b"the old video"
    assert written(tmp_path) == ["ffmpeg", "run.mp4"]
