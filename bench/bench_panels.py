#!/usr/bin/env python3
"""How long the live panels take to show one training snapshot (a benchmark to run by hand, not a test).

Two networks, each trained for a while with the engine's Trainer so the
snapshots are real, then probed the way the training worker probes them
(:class:`netbuilder.engine.probes.SnapshotProbe`):

* ``xor``   — resources/examples/xor.nbn (2-4-1) on the built-in XOR data:
  every panel has something to draw, including the 80 × 80 decision boundary
  and the per-neuron thumbnails.
* ``mnist`` — resources/examples/mnist_mlp.nbn (784-128-64-10, float32): a
  784 × 128 weight heatmap, three histograms of 512 probe samples, 10 × 10
  confusion matrices; no boundary (not a 2-D problem).

For each, the six panels are shown (offscreen unless a display is set) and
fed ``--repeats`` snapshots; printed are the medians and 95th percentiles of

* ``probe``   — the engine's probe in the worker thread (not the UI's time),
* ``update``  — ``Panels.add_snapshot``: every panel's setData / setImage,
* ``paint``   — the event loop drawing the windows afterwards,
* ``total``   — update + paint: what one snapshot costs the UI thread,

and the update time per panel. At ~30 snapshots a second the UI has 33 ms per
snapshot; panels hidden behind dock tabs cost nothing (they draw when shown),
so these figures, with all six visible at once, are the worst case.

    QT_QPA_PLATFORM=offscreen python bench/bench_panels.py [--repeats 30] [--case xor|mnist|all]

``--screenshots DIR`` instead renders every panel after real training into
``DIR/panels-*.png`` (the pictures in docs/screenshots): XOR trained to
convergence with two earlier runs to compare (learning rate too small, too
large), a spiral, and the MNIST MLP after one epoch.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402


def percentile(values, q):
    return float(np.percentile(np.asarray(values) * 1000.0, q))


def build_snapshot(trainer, probe, steps):
    from netbuilder.engine.snapshot import Snapshot

    losses, logs = [], []
    for _ in range(steps):
        result = trainer.train_step()
        losses.append(result.loss)
        if result.epoch_logs:
            logs.append({"epoch": float(result.epoch), **result.epoch_logs})
    snap = Snapshot(
        epoch=result.epoch, step=result.step, steps_per_epoch=result.steps_per_epoch,
        global_step=trainer.global_step, total_steps=None, elapsed=0.0, batch_losses=losses, epoch_logs=logs,
        parameters=trainer.parameters(), gradients=trainer.compiled.gradients(), task=trainer.task,
    )
    start = time.perf_counter()
    probe(trainer, snap)
    return snap, time.perf_counter() - start


def run_case(name, repeats, steps_per_snapshot, warmup_steps):
    from PySide6.QtWidgets import QApplication

    from netbuilder.api import dataset_for
    from netbuilder.engine import Trainer
    from netbuilder.engine.probes import SnapshotProbe
    from netbuilder.io import load
    from netbuilder.ui.document import Document
    from netbuilder.ui.panels import Panels

    app = QApplication.instance() or QApplication([])
    path = REPO / "resources" / "examples" / ("xor.nbn" if name == "xor" else "mnist_mlp.nbn")
    net = load(path)
    started = time.perf_counter()
    ds = dataset_for(net, None, path.parent)
    load_s = time.perf_counter() - started
    validation = (ds.x_val, ds.y_val) if ds.has_validation else None
    trainer = Trainer(net.copy(), ds.x, ds.y, task=ds.task, validation_data=validation)
    for _ in range(warmup_steps):
        trainer.train_step()
    probe = SnapshotProbe(dataset=ds)

    doc = Document(net)
    panels = Panels(doc)
    size = {"loss": (900, 320), "metrics": (700, 360), "activation_plot": (500, 300), "boundary": (440, 560),
            "weights": (520, 620), "activations": (520, 480)}
    for key, panel in panels.panels.items():
        panel.resize(*size[key])
        panel.show()
    app.processEvents()
    panels.begin_run("benchmark")

    probe_t, update_t, paint_t, total_t = [], [], [], []
    per_panel = {key: [] for key in panels.panels}
    for k in range(repeats + 2):
        snap, p = build_snapshot(trainer, probe, steps_per_snapshot)
        t0 = time.perf_counter()
        for key, panel in panels.panels.items():
            s = time.perf_counter()
            panel.add_snapshot(snap)
            per_panel[key].append(time.perf_counter() - s)
        t1 = time.perf_counter()
        app.processEvents()
        t2 = time.perf_counter()
        if k >= 2:  # the first two include building items and caches
            probe_t.append(p)
            update_t.append(t1 - t0)
            paint_t.append(t2 - t1)
            total_t.append(t2 - t0)
        else:
            for v in per_panel.values():
                v.pop()
    panels.end_run(trainer.finish())
    for panel in panels.panels.values():
        panel.close()
        panel.deleteLater()
    app.processEvents()

    print(f"\n{name}: {net.name}, {sum(c.weights.size for c in net.connections.values()):,} weights, "
          f"data loaded in {load_s:.2f} s, {steps_per_snapshot} steps between snapshots, {repeats} snapshots")
    print(f"  {'':<22}{'median ms':>10}{'p95 ms':>10}")
    for label, values in (("probe (worker thread)", probe_t), ("update (UI)", update_t), ("paint (UI)", paint_t),
                          ("total UI", total_t)):
        print(f"  {label:<22}{percentile(values, 50):>10.2f}{percentile(values, 95):>10.2f}")
    print("  update per panel:")
    for key, values in per_panel.items():
        print(f"    {key:<20}{percentile(values, 50):>10.2f}{percentile(values, 95):>10.2f}")
    return {"probe": probe_t, "update": update_t, "paint": paint_t, "total": total_t}


def feed(panels, trainer, probe, steps, every):
    """Train ``steps`` steps, giving the panels a probed snapshot every ``every`` steps; returns the last."""
    snap = None
    for _ in range(max(1, steps // every)):
        snap, _ = build_snapshot(trainer, probe, every)
        panels.add_snapshot(snap)
    return snap


def save(widget, directory: Path, name: str, size) -> Path:
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    path = directory / f"panels-{name}.png"
    widget.grab().save(str(path))
    print(f"  {path}")
    return path


def screenshots(directory: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from netbuilder import templates
    from netbuilder.api import dataset_for
    from netbuilder.data import make_builtin
    from netbuilder.engine import Trainer
    from netbuilder.engine.probes import SnapshotProbe
    from netbuilder.io import load
    from netbuilder.model.builders import Dense, Input, Sequential
    from netbuilder.ui.document import Document
    from netbuilder.ui.panels import Panels

    app = QApplication.instance() or QApplication([])
    directory.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {directory}:")

    # XOR: two earlier runs (learning rate too small and too large), then one about right, to convergence
    ds = make_builtin("xor")
    history = []
    for lr in (0.1, 10.0):
        net = templates.xor()
        net.set_training(optimizer={"name": "sgd", "learning_rate": lr})
        history.append(Trainer(net, ds.x, ds.y, task=ds.task).run(300))
    net = templates.xor()
    net.set_training(optimizer={"name": "sgd", "learning_rate": 1.0})
    doc = Document(net)
    panels = Panels(doc)
    panels.loss.show_history(history)
    trainer = Trainer(net.copy(), ds.x, ds.y, task=ds.task)
    probe = SnapshotProbe(dataset=ds, resolution=100)
    panels.begin_run(trainer.run_record.label())
    feed(panels, trainer, probe, 300, 10)
    panels.end_run(trainer.finish())
    panels.activation_plot.set_activation("tanh")
    save(panels.loss, directory, "loss", (1000, 340))
    panels.loss.set_log_scale(True)
    save(panels.loss, directory, "loss-log", (1000, 340))
    panels.loss.set_log_scale(False)
    save(panels.boundary, directory, "boundary", (460, 600))
    save(panels.weights, directory, "weights", (480, 420))
    panels.weights.set_mode("gradients")
    save(panels.weights, directory, "gradients", (480, 420))
    save(panels.activations, directory, "activations", (560, 420))
    save(panels.metrics, directory, "metrics", (560, 360))
    save(panels.activation_plot, directory, "activation-function", (640, 320))
    panels.activation_plot.set_activation({"name": "leaky_relu", "alpha": 0.1})
    save(panels.activation_plot, directory, "activation-function-leaky-relu", (640, 320))

    # a spiral: a harder boundary, two hidden layers of thumbnails, test points
    spiral = make_builtin("spiral", {"n": 400, "noise": 0.1})
    net = Sequential([Input(2, name="Input"), Dense(8, "tanh", name="Hidden 1"), Dense(8, "tanh", name="Hidden 2"),
                      Dense(1, "sigmoid", name="Output")], name="Spiral", loss="binary_crossentropy",
                     optimizer={"name": "adam", "learning_rate": 0.03}, batch_size=20, seed=2)
    net.dataset = dict(spiral.spec)
    doc = Document(net)
    panels = Panels(doc)
    trainer = Trainer(net.copy(), spiral.x, spiral.y, task=spiral.task)
    probe = SnapshotProbe(dataset=spiral, resolution=100)
    panels.begin_run(trainer.run_record.label())
    feed(panels, trainer, probe, 5000, 250)
    panels.end_run(trainer.finish())
    save(panels.boundary, directory, "boundary-spiral", (520, 760))
    save(panels.metrics, directory, "metrics-spiral", (760, 380))
    save(panels.loss, directory, "loss-spiral", (1000, 340))

    # MNIST: one epoch
    path = REPO / "resources" / "examples" / "mnist_mlp.nbn"
    net = load(path)
    ds = dataset_for(net, None, path.parent)
    doc = Document(net)
    panels = Panels(doc)
    trainer = Trainer(net.copy(), ds.x, ds.y, task=ds.task)
    probe = SnapshotProbe(dataset=ds)
    panels.begin_run(trainer.run_record.label())
    feed(panels, trainer, probe, trainer.steps_per_epoch, 100)
    panels.end_run(trainer.finish())
    save(panels.weights, directory, "weights-mnist", (560, 700))
    save(panels.activations, directory, "activations-mnist", (560, 520))
    save(panels.metrics, directory, "metrics-mnist", (900, 460))
    save(panels.loss, directory, "loss-mnist", (1000, 340))
    for panel in panels.panels.values():
        panel.close()

    window_screenshot(directory)


def window_screenshot(directory: Path) -> None:
    """The main window with the panels docked, after training XOR (settings kept apart from the user's)."""
    from PySide6.QtCore import QEvent, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from netbuilder.data import make_builtin
    from netbuilder.engine import Trainer
    from netbuilder.engine.probes import SnapshotProbe
    from netbuilder.ui.main_window import MainWindow
    from netbuilder.ui.panels import Panels, install_panels

    app = QApplication.instance()
    QStandardPaths.setTestModeEnabled(True)
    app.setOrganizationName("NetBuilderBench")
    app.setApplicationName("NetBuilderBench")
    window = MainWindow(autosave=False)
    window.new_from_template("xor")
    existing = getattr(window, "panels", None)
    panels = existing if isinstance(existing, Panels) else install_panels(window)
    window.resize(1500, 950)
    window.show()
    ds = make_builtin("xor")
    trainer = Trainer(window.doc.network.copy(), ds.x, ds.y, task=ds.task)
    probe = SnapshotProbe(dataset=ds, resolution=100)
    panels.begin_run(trainer.run_record.label())
    feed(panels, trainer, probe, 300, 10)
    panels.end_run(trainer.finish())
    save(window, directory, "window", (1500, 950))
    window.doc.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", choices=("xor", "mnist", "all"), default="all")
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="render the panels into DIR instead")
    args = parser.parse_args(argv)
    if args.screenshots is not None:
        import netbuilder.ui.panels  # noqa: F401

        screenshots(args.screenshots)
        return
    import netbuilder.ui.panels  # noqa: F401  (installs the PySide6 6.12 guard before any plotting)
    import PySide6
    import pyqtgraph

    print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}, "
          f"platform {os.environ.get('QT_QPA_PLATFORM')}")
    if args.case in ("xor", "all"):
        run_case("xor", args.repeats, steps_per_snapshot=5, warmup_steps=50)
    if args.case in ("mnist", "all"):
        run_case("mnist", args.repeats, steps_per_snapshot=20, warmup_steps=200)
    print("\nAt 30 snapshots a second the UI thread has 33 ms per snapshot.")


if __name__ == "__main__":
    main()
