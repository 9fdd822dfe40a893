"""Closing the window while a network trains, 20 times in a row, in a process of its own: no thread left
behind, no crash, and the process exits within 3 s of the last close."""

import subprocess
import sys
import textwrap
import time

SCRIPT = textwrap.dedent("""
    import os, sys, threading, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from netbuilder import templates
    from netbuilder.ui.app import create_application
    from netbuilder.ui.main_window import MainWindow

    app = create_application("en")
    worst = 0.0
    for k in range(20):
        net = templates.mnist_mlp() if k % 4 == 0 else templates.xor()
        net.set_training(epochs=1_000_000)
        w = MainWindow(net, autosave=False, remember_layout=False)
        w.show()
        w.training.start()
        end = time.monotonic() + 10
        while w.training.controller.state != "running" and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)
        assert w.training.controller.state == "running", k
        for _ in range(5 + k % 7):
            app.processEvents()
            time.sleep(0.01)
        w.training.runEnded.connect(lambda outcome, w=w: w.doc.undo_stack.setClean())
        w.doc.undo_stack.setClean()
        began = time.monotonic()
        assert w.close(), k
        worst = max(worst, time.monotonic() - began)
        assert not w.training.active, k
        w.deleteLater()
        app.processEvents()
    alive = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    print("CLOSED", worst, alive, flush=True)
""")


def test_twenty_closes_while_training_leave_nothing_running(tmp_path):
    env_home = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    import os

    env = {**os.environ, **env_home}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    line = ""
    deadline = time.monotonic() + 240
    while not line.startswith("CLOSED") and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
    closed_at = time.monotonic()
    _, stderr = proc.communicate(timeout=30)
    exited_after = time.monotonic() - closed_at
    assert proc.returncode == 0, stderr[-3000:]
    _, worst, alive = line.strip().split(" ", 2)
    assert float(worst) < 3.0, f"a close took {worst} s"
    assert alive == "[]", f"threads left: {alive}"
    assert exited_after < 3.0, f"the process took {exited_after:.1f} s to exit after the last close"
    assert "Traceback" not in stderr and "Fatal" not in stderr, stderr[-2000:]
