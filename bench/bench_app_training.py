"""Training in the app (offscreen) against ``netbuilder train``: speed, the event loop's delay, the panels' refresh.

For XOR (``xor.nbn``, 4 samples), circles (XOR's 2-4-1 network on 200 points, batches of 16) and MNIST
(``mnist_mlp.nbn``, its five epochs), each with every live panel open (each dock floated out, so every panel is
on the screen at once, as a user opening them all from View → Panels would have them) and with none (every
panel's dock closed), as fast as possible:

- in app: steps per second while the window's run was "running" (start-up and the end excluded);
- headless: steps per second of the loop ``netbuilder train`` runs (``api.train``: a
  :class:`~netbuilder.session.TrainingSession` run without reports), data loading excluded, measured in
  the same repeat right after the app's runs;
- the ratio of the two, repeat by repeat (the figure the issue asks to reach 90 %);
- the event loop's delay (p50, p99, max), from a timer that should fire every 10 ms while the window runs
  its real event loop (``QEventLoop.exec``, left when the controller says the run finished);
- the refresh: reports drawn by the window per second, and the slowest panel that drew (draws a second);
- the start-up: seconds from Train to the first report shown, and the end: from the last report shown to the
  run's outcome reaching the window (a training process pickles its run's recording for replay then);
- the UI thread's CPU time while training, as a share of one core (what the window's plots cost), and the
  window's whole process's (its other threads too: a BLAS library's spinning threads, Qt's);
- others: the cores the machine's other processes used meanwhile (a figure taken while something else
  ran, e.g. a second benchmark, is not the app's).

    QT_QPA_PLATFORM=offscreen python bench/bench_app_training.py [--repeats 2] [--cases xor,circles,mnist]
        [--design thread|process]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "--blas-threads" in sys.argv:  # before NumPy loads its BLAS (the app's training process inherits it)
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[_var] = sys.argv[sys.argv.index("--blas-threads") + 1]

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"
CIRCLES = {"kind": "builtin", "name": "circles", "params": {"n": 200, "noise": 0.05}}
#: Epochs of each case: ~3-5 s of headless training on a 2-core machine. MNIST trains the example's own five
#: epochs of 1500 steps (``--epochs`` for another count), so that the run's fixed costs — the first evaluation,
#: the last one, the outcome's way back — weigh as in the run a user starts.
EPOCHS = {"xor": 40_000, "circles": 3_000, "mnist": 5}


def network(case: str):
    from netbuilder import templates
    from netbuilder.io import load

    if case == "xor":
        net = load(EXAMPLES / "xor.nbn")
    elif case == "circles":
        net = templates.xor()
        net.dataset = dict(CIRCLES)
        net.set_training(batch_size=16)
    else:
        net = load(EXAMPLES / "mnist_mlp.nbn")
    net.set_training(epochs=EPOCHS[case])
    return net


def headless(case: str) -> float:
    """Steps per second of ``netbuilder train``'s loop (``api.train`` runs this session), data loading excluded."""
    from netbuilder.session import Control, TrainingSession

    session = TrainingSession(network(case), base_dir=EXAMPLES)
    session.prepare()
    start = time.perf_counter()
    outcome = session.run(Control())
    return outcome.steps / (time.perf_counter() - start)


def _busy_ticks() -> int:
    """The machine's busy CPU time so far, all cores (clock ticks of /proc/stat: everything but idle and iowait)."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return sum(fields) - fields[3] - fields[4]


def _process_ticks(pid: int | None) -> int:
    """A process's CPU time so far, all its threads (clock ticks), 0 when it is gone or unknown."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return 0
    return int(fields[11]) + int(fields[12])


@dataclass
class AppRun:
    speed: float
    delays: np.ndarray
    reports: int
    draws_per_second: float  # the window's redraws of the live state (TrainingRunner._show)
    slowest_panel: tuple[str, float] | None  # the shown panel that drew least often, draws a second
    startup: float  # seconds from Train to the first report shown
    ending: float  # seconds from the last report shown to the run's end reaching the window (its outcome)
    where: str  # "thread" or "process": where the run trained
    ui_cpu: float  # the UI thread's CPU time while the run was running, as a share of one core
    ui_process: float  # the window's whole process (its other threads too: BLAS, Qt's), the same way
    #: CPU the machine's other processes used meanwhile, in cores (neither the window nor its training process):
    #: a figure measured while something else ran is not one of the app's.
    others: float = 0.0
    panel_draws: dict[str, int] = field(default_factory=dict)
    #: Per panel (and "(all)": a whole report's redraw): the milliseconds of each of its redraws.
    costs: dict[str, list[float]] = field(default_factory=dict)


def in_app(case: str, panels: bool, design: str) -> AppRun:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from netbuilder.ui.app import create_application
    from netbuilder.ui.main_window import MainWindow

    app = create_application("en")
    net = network(case)
    path = {"xor": EXAMPLES / "xor.nbn", "mnist": EXAMPLES / "mnist_mlp.nbn"}.get(case)
    window = MainWindow(net, path, autosave=False, remember_layout=False)
    window.resize(1280, 720)
    window.show()
    window.training.controller.design = design
    docks = window.panels.docks
    for key, dock in docks.items():
        if panels:  # every panel on the screen at once
            dock.show()
            dock.setFloating(True)
            dock.resize(420, 300)
            dock.move(40 * len(window.panels.panels), 40)
        else:
            dock.close()
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)
    window.training.set_speed(None)
    draws: dict[str, int] = {}
    costs: dict[str, list[float]] = {}
    for key, panel in window.panels.panels.items():
        original = panel.redraw

        def counted(original=original, key=key) -> None:
            draws[key] = draws.get(key, 0) + 1
            began = time.perf_counter()
            original()
            costs.setdefault(key, []).append(1000 * (time.perf_counter() - began))

        panel.redraw = counted
    runner = window.training
    shows: list[float] = []
    show = runner._show

    def timed_show(snapshot) -> None:
        began = time.perf_counter()
        show(snapshot)
        shows.append(time.perf_counter())
        costs.setdefault("(all)", []).append(1000 * (shows[-1] - began))
        if state.get("child") is not None:  # the CPU times up to now: the training process ends after the last
            ticks = _process_ticks(state["child"])
            if ticks:
                state["cpu_last"] = (shows[-1], _busy_ticks(), ticks, time.process_time())

    runner._show = timed_show
    delays: list[float] = []
    clock = QElapsedTimer()
    state = {"last": None, "running_since": None, "ended": None}
    controller = runner.controller

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None and controller.state == "running":
            delays.append(now - state["last"] - 10.0)
        state["last"] = now

    def on_state(s: str) -> None:
        if s == "running" and state["running_since"] is None:
            state["running_since"] = time.perf_counter()
            state["ui_cpu"] = time.thread_time()
            state["ui_process"] = state["cpu_at_start"] = time.process_time()
            state["busy"] = _busy_ticks()
            process = getattr(controller, "_process", None)
            state["child"] = getattr(process, "pid", None)
            state["child_ticks"] = _process_ticks(state["child"])
            draws.clear()
            costs.clear()

    loop = QEventLoop()

    def ended(*_):
        state["ended"] = time.perf_counter()
        state["ui_cpu"] = time.thread_time() - state.get("ui_cpu", time.thread_time())
        state["ui_process"] = time.process_time() - state.get("ui_process", time.process_time())
        if state.get("cpu_last") is not None and state.get("child_ticks"):
            tick = os.sysconf("SC_CLK_TCK")
            at, busy, child, ui = state["cpu_last"]
            seconds = max(at - state["running_since"], 1e-9)
            used = (busy - state["busy"]) / tick - (child - state["child_ticks"]) / tick - (ui - state["cpu_at_start"])
            state["others"] = max(used, 0.0) / seconds
        loop.quit()

    controller.stateChanged.connect(on_state)
    controller.finished.connect(ended)
    controller.failed.connect(ended)
    timer = QTimer(interval=10)
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    started = time.perf_counter()
    runner.start()
    where = controller.running_in
    loop.exec()
    timer.stop()
    outcome = runner.last_outcome
    if outcome is None:
        raise SystemExit(f"{case}: the run failed: {window.training.panel.status.text()}")
    finished = state["ended"]
    running = finished - state["running_since"]
    during = [t for t in shows if state["running_since"] <= t <= finished]
    shown_panels = {k: n for k, n in draws.items() if window.panels.panels[k].is_shown()}
    slowest = min(shown_panels.items(), key=lambda kv: kv[1]) if shown_panels else None
    result = AppRun(
        speed=outcome.steps / running,
        delays=np.maximum(np.array(delays or [0.0]), 0.0),
        reports=len(shows),
        draws_per_second=len(during) / running,
        slowest_panel=(slowest[0], slowest[1] / running) if slowest else None,
        startup=(shows[0] - started) if shows else float("nan"),
        ending=(finished - during[-1]) if during else float("nan"),
        panel_draws=dict(draws),
        costs=costs,
        where=where,
        ui_cpu=state["ui_cpu"] / running,
        ui_process=state["ui_process"] / running,
        others=state.get("others", float("nan")),
    )
    window.doc.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--cases", default="xor,circles,mnist")
    parser.add_argument("--design", choices=("auto", "thread", "process"), default="auto",
                        help="where the window trains: as the app chooses (auto: a process for large networks), "
                             "its worker thread, or a process of its own")
    parser.add_argument("--panels", choices=("all", "none", "both"), default="both")
    parser.add_argument("--epochs", type=int, help="MNIST's epochs (default: the example's 5)")
    parser.add_argument("--costs", action="store_true", help="also each panel's redraws: count, mean and max ms")
    parser.add_argument("--blas-threads", help="OMP/OPENBLAS/MKL_NUM_THREADS for the app and headless alike "
                                                "(default: the library's own choice)")
    args = parser.parse_args()
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    if args.epochs:
        EPOCHS["mnist"] = args.epochs
    which = {"all": [True], "none": [False], "both": [True, False]}[args.panels]
    print(f"design {args.design}; BLAS threads {args.blas_threads or 'default'}; {args.repeats} repeat(s); load average {os.getloadavg()[0]:.2f} "
          f"{os.getloadavg()[1]:.2f}; epochs {', '.join(f'{c} {EPOCHS[c]}' for c in cases)}")
    print(f"{'case':8} {'panels':6} {'where':7} {'app st/s':>9} {'headless':>9} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'max ms':>7} {'draws/s':>8} {'slowest panel /s':>24} {'start s':>7} {'end s':>5} {'UI CPU':>6} {'window':>6} {'others':>6}")
    for case in cases:
        for r in range(args.repeats):
            runs = [(p, in_app(case, p, args.design)) for p in which]
            base = headless(case)
            for p, run in runs:
                p50, p99 = np.percentile(run.delays, [50, 99])
                slow = f"{run.slowest_panel[0]} {run.slowest_panel[1]:.1f}" if run.slowest_panel else "-"
                print(f"{case:8} {'all' if p else 'none':6} {run.where:7} {run.speed:9.0f} {base:9.0f} "
                      f"{100 * run.speed / base:5.0f}% {p50:7.1f} {p99:7.1f} {run.delays.max():7.1f} "
                      f"{run.draws_per_second:8.1f} {slow:>24} {run.startup:7.2f} {run.ending:5.2f} {100 * run.ui_cpu:5.0f}% "
                      f"{100 * run.ui_process:5.0f}% {run.others:6.2f}", flush=True)
                if args.costs and run.costs:
                    print("    redraws (n, mean/max ms): " + ", ".join(
                        f"{k} {len(v)} {np.mean(v):.0f}/{max(v):.0f}" for k, v in sorted(run.costs.items())))
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
