#!/usr/bin/env python3
"""Training speed of NetBuilder's NumPy engine against PyTorch on the CPU.

Three cases, each trained through the real training loops:

* ``tiny``  — 2-8-8-2 (tanh, tanh, softmax + categorical cross-entropy), batch 10,
  SGD lr 0.1, 1000 two-dimensional points of two classes; float64 (NetBuilder's
  default) and float32.
* ``mnist`` — the MNIST MLP 784-128-64-10 (relu, relu, softmax + CCE), batch 32,
  Adam (lr 1e-3, beta 0.9/0.999, eps 1e-7), float32; 60000 samples with a
  validation split of 0.2, so 48000 training samples (1500 steps an epoch) and a
  12000-sample validation pass at the end of every epoch, as Keras's MNIST
  example and resources/examples/mnist_mlp.nbn do. The images are NetBuilder's
  built-in 'mnist' when it loads, else synthetic (the speed does not depend on
  the values).
* ``wide``  — 784-1024-1024-10 (relu, relu, softmax + CCE), batch 256, Adam,
  float32, 10240 samples (40 steps an epoch).

NetBuilder is timed through :class:`netbuilder.engine.training.Trainer` —
``trainer.run(epochs=5)``, the code path of the command line, with its shuffling,
per-step loss and accuracy bookkeeping, divergence backup and per-epoch
validation. PyTorch is timed through a standard loop: shuffle every epoch with a
seeded ``torch.Generator``, slice the permutation into batches, gather,
``zero_grad`` / forward / ``CrossEntropyLoss`` on the logits / ``backward`` /
``step``, and the per-epoch validation pass when the case has validation data
(``--torch-loop standard``, the default). ``--torch-loop full`` also keeps the
per-step books NetBuilder keeps (``loss.item()`` and a correct-prediction count).

Both frameworks get one untimed warm-up epoch. A timed repeat is five epochs of
each, run in turns one epoch at a time (``trainer.run(epochs=1)`` five times for
NetBuilder), so that a slow spell of the machine hits both; the median over the
repeats is reported. Run ``python bench/bench_engine.py --help`` for the options, and see
bench/README.md for how to read the numbers. PyTorch is optional: without it
only NetBuilder's figures are printed.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Environment variables that fix the thread count of OpenBLAS, MKL and OpenMP (torch's and numpy's).
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")

#: Targets from the product issue: NetBuilder's steps/s at least this multiple of PyTorch's.
TARGETS = {"tiny": 5.0, "mnist": 2.0, "wide": 1.2}

CASES = {
    "tiny": {
        "title": "tiny net 2-8-8-2, tanh/tanh/softmax+CCE, batch 10, SGD lr 0.1",
        "sizes": (2, 8, 8, 2),
        "activations": ("tanh", "tanh", "softmax"),
        "batch_size": 10,
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
        "samples": 1000,
        "validation_split": 0.0,
        "dtypes": ("float64", "float32"),
        "repeats": 21,
    },
    "mnist": {
        "title": "MNIST MLP 784-128-64-10, relu/relu/softmax+CCE, batch 32, Adam 1e-3",
        "sizes": (784, 128, 64, 10),
        "activations": ("relu", "relu", "softmax"),
        "batch_size": 32,
        "optimizer": {"name": "adam", "learning_rate": 1e-3, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7},
        "samples": 60000,
        "validation_split": 0.2,
        "dtypes": ("float32",),
        "repeats": 5,
    },
    "wide": {
        "title": "wide net 784-1024-1024-10, relu/relu/softmax+CCE, batch 256, Adam 1e-3",
        "sizes": (784, 1024, 1024, 10),
        "activations": ("relu", "relu", "softmax"),
        "batch_size": 256,
        "optimizer": {"name": "adam", "learning_rate": 1e-3, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7},
        "samples": 10240,
        "validation_split": 0.0,
        "dtypes": ("float32",),
        "repeats": 3,
    },
}

np = None  # numpy, imported by main() once the thread variables are set
torch = None  # torch, when installed and wanted


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Steps per second of NetBuilder's engine against PyTorch (CPU) on three networks.",
        epilog="Targets (NetBuilder steps/s ÷ PyTorch steps/s): tiny ≥ 5, mnist ≥ 2, wide ≥ 1.2.",
    )
    p.add_argument("--case", choices=("tiny", "mnist", "wide", "all"), default="all", help="which case to run (default: all)")
    p.add_argument(
        "--repeats", type=int, default=None, metavar="N",
        help="timed repeats per framework, median reported (default: 21 for tiny, 5 for mnist, 3 for wide)",
    )
    p.add_argument(
        "--epochs", type=int, default=5, metavar="E",
        help="epochs per timed repeat (default 5); with fewer, the 5-epoch time is extrapolated and marked so",
    )
    p.add_argument(
        "--threads", type=int, default=None, metavar="N",
        help="set OMP/OPENBLAS/MKL_NUM_THREADS to N before numpy is imported and call torch.set_num_threads(N) "
        "(default: leave both libraries at their own defaults, which are reported)",
    )
    p.add_argument(
        "--netbuilder", metavar="DIR", default=None,
        help="import the netbuilder package from DIR (a checkout or a scratch copy holding netbuilder/) "
        "instead of this repository's, e.g. to compare a proposed engine change",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout instead of the tables")
    p.add_argument("--no-torch", action="store_true", help="do not import PyTorch even when it is installed")
    p.add_argument(
        "--breakdown", action="store_true",
        help="after each case, where NetBuilder's step goes: forward, backward, optimizer and the rest, per step, "
        "and the matrix products alone (NumPy's BLAS and, with PyTorch, torch's on the same shapes)",
    )
    p.add_argument(
        "--torch-loop", choices=("standard", "full"), default="standard",
        help="standard (default): shuffle, gather, zero_grad/forward/loss/backward/step, plus the per-epoch "
        "validation pass when the case has validation data; full: also keep the per-step books NetBuilder's "
        "Trainer keeps (loss.item() and a correct-prediction count every step)",
    )
    p.add_argument(
        "--mnist-data", choices=("auto", "builtin", "synthetic"), default="auto",
        help="builtin: NetBuilder's 'mnist' built-in dataset (the 60000 training images); synthetic: 60000 "
        "random images in [0,1] with random labels (the speed does not depend on the values); auto (default): "
        "builtin when it loads, else synthetic",
    )
    args = p.parse_args(argv)
    if args.repeats is not None and args.repeats < 1:
        p.error("--repeats must be at least 1")
    if args.epochs < 1:
        p.error("--epochs must be at least 1")
    if args.threads is not None and args.threads < 1:
        p.error("--threads must be at least 1")
    return args


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# -- environment -------------------------------------------------------------------------------


def import_libraries(args: argparse.Namespace) -> str | None:
    """Import numpy (and torch) after the thread variables are set; returns why torch is absent."""
    global np, torch
    if args.threads is not None:
        for var in THREAD_VARS:
            os.environ[var] = str(args.threads)
    import numpy

    np = numpy
    root = str(Path(args.netbuilder).resolve()) if args.netbuilder else str(REPO)
    if not (Path(root) / "netbuilder" / "__init__.py").is_file():
        raise SystemExit(f"there is no netbuilder package in {root}")
    sys.path.insert(0, root)
    if args.no_torch:
        return "not used (--no-torch)"
    try:
        import torch as _torch
    except ImportError:
        return "not installed"
    torch = _torch
    if args.threads is not None:
        torch.set_num_threads(args.threads)
    return None


def blas_info() -> dict:
    """Which BLAS numpy uses and how many threads it runs (threadpoolctl if present, else ctypes)."""
    info: dict = {}
    try:
        cfg = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        info.update(name=cfg.get("name"), version=cfg.get("version"), config=cfg.get("openblas configuration"))
    except Exception:  # older numpy: no dict mode
        pass
    try:
        from threadpoolctl import threadpool_info

        pools = [p for p in threadpool_info() if p.get("user_api") == "blas" and "numpy" in (p.get("filepath") or "")]
        pools = pools or [p for p in threadpool_info() if p.get("user_api") == "blas"]
        if pools:
            info.update(threads=pools[0].get("num_threads"), library=pools[0].get("filepath"), source="threadpoolctl")
            return info
    except ImportError:
        pass
    # Without threadpoolctl: ask the OpenBLAS that this process has loaded (numpy's is the first one,
    # since numpy is imported before torch).
    try:
        with open("/proc/self/maps") as maps:
            paths = [line.split()[-1] for line in maps if "openblas" in line.lower()]
        paths = [p for p in dict.fromkeys(paths) if os.path.isfile(p)]
        for path in paths:
            lib = ctypes.CDLL(path)
            for sym in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads"):
                fn = getattr(lib, sym, None)
                if fn is not None:
                    fn.restype = ctypes.c_int
                    info.update(threads=int(fn()), library=path, source="ctypes " + sym)
                    return info
    except OSError:
        pass
    info.setdefault("threads", None)
    return info


def torch_threads_info() -> dict:
    if torch is None:
        return {}
    out = {"version": torch.__version__, "threads": torch.get_num_threads(), "interop_threads": torch.get_num_interop_threads()}
    try:
        lines = torch.__config__.parallel_info().splitlines()
        out["parallel"] = [ln.strip() for ln in lines if ln.strip().startswith(("ATen parallel backend", "OpenMP", "MKL", "std::thread"))][:4]
    except Exception:
        pass
    return out


def git_state(root: Path) -> dict:
    def git(*cmd):
        return subprocess.run(["git", *cmd], cwd=root, capture_output=True, text=True, timeout=10).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        if not head:
            return {"commit": None, "engine_modified": None}  # not a git checkout (e.g. a scratch copy)
        dirty = git("status", "--porcelain", "--", "netbuilder/engine")
        return {"commit": head, "engine_modified": bool(dirty)}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "engine_modified": None}


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment(torch_absent: str | None, args: argparse.Namespace) -> dict:
    import netbuilder

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    env = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu_name(),
        "cores_available": cores,
        "numpy": np.__version__,
        "blas": blas_info(),
        "netbuilder": getattr(netbuilder, "__version__", "?"),
        "netbuilder_path": str(Path(netbuilder.__file__).parent),
        "git": git_state(Path(netbuilder.__file__).resolve().parent.parent),
        "thread_env": {v: os.environ[v] for v in THREAD_VARS if v in os.environ},
        "threads_flag": args.threads,
        "torch": torch_threads_info() if torch is not None else {"absent": torch_absent},
        "torch_loop": args.torch_loop,
    }
    return env


# -- data ----------------------------------------------------------------------------------------


def make_data(name: str, dtype: str, mnist_source: str) -> tuple:
    """(x, labels, note) for a case; x in the case's dtype, labels as int64 class indices."""
    case = CASES[name]
    n, n_in, n_out = case["samples"], case["sizes"][0], case["sizes"][-1]
    rng = np.random.default_rng(12345)
    if name == "tiny":
        # two Gaussian blobs in the plane, one per class
        labels = rng.integers(0, 2, n)
        centres = np.array([[-1.0, -0.5], [1.0, 0.5]])
        x = centres[labels] + rng.normal(0.0, 0.8, (n, 2))
        return x.astype(dtype), labels.astype(np.int64), f"{n} 2-D points, 2 classes (Gaussian blobs)"
    if name == "mnist" and mnist_source != "synthetic":
        problem = None
        try:
            from netbuilder.data import make_builtin

            ds = make_builtin("mnist")
            x = np.asarray(ds.x, dtype=dtype).reshape(len(ds.x), -1)
            y = np.asarray(ds.y)
            labels = y.argmax(axis=1) if y.ndim == 2 and y.shape[1] > 1 else y.reshape(-1).astype(np.int64)
            if x.shape[1] == n_in and labels.max() < n_out:
                return x, labels.astype(np.int64), f"NetBuilder's built-in 'mnist', {len(x)} images"
            problem = f"it has shape {x.shape}"
        except Exception as exc:  # noqa: BLE001 — an optional source: any failure means synthetic data
            problem = f"{type(exc).__name__}: {exc}"
        if mnist_source == "builtin":
            raise SystemExit(f"the built-in mnist dataset cannot be used ({problem})")
        log(f"the built-in mnist dataset cannot be used ({problem}); using synthetic data")
    x = rng.random((n, n_in), dtype=np.float32 if dtype == "float32" else np.float64)
    labels = rng.integers(0, n_out, n).astype(np.int64)
    return x, labels, f"{n} synthetic samples of {n_in} uniform values in [0, 1] with random labels"


# -- NetBuilder ----------------------------------------------------------------------------------


class NetBuilderRunner:
    framework = "NetBuilder"

    def __init__(self, name: str, dtype: str, x, labels) -> None:
        from netbuilder.engine.training import Trainer
        from netbuilder.model.builders import Dense, Input, Sequential

        case = CASES[name]
        sizes, acts = case["sizes"], case["activations"]
        layers = [Input(sizes[0])] + [Dense(units, act) for units, act in zip(sizes[1:], acts)]
        net = Sequential(
            layers,
            name=f"bench-{name}",
            seed=0,
            dtype=dtype,
            loss="categorical_crossentropy",
            optimizer=dict(case["optimizer"]),
            batch_size=case["batch_size"],
            epochs=5,
            validation_split=case["validation_split"],
            shuffle=True,
        )
        y = np.eye(sizes[-1], dtype=dtype)[labels]
        self.trainer = Trainer(net, x, y)
        self.steps_per_epoch = self.trainer.steps_per_epoch
        self.n_train = self.trainer.n_train
        self.n_val = 0 if self.trainer.x_val is None else len(self.trainer.x_val)
        self.last_loss = math.nan

    def run_epochs(self, epochs: int) -> float:
        t0 = time.perf_counter()
        run = self.trainer.run(epochs=epochs)
        elapsed = time.perf_counter() - t0
        if self.trainer.diverged is not None:
            raise RuntimeError(f"NetBuilder diverged: {self.trainer.diverged}")
        self.last_loss = run.epochs["loss"][-1]
        return elapsed


# -- PyTorch -------------------------------------------------------------------------------------


class TorchRunner:
    framework = "PyTorch"

    def __init__(self, name: str, dtype: str, x, labels, books: bool) -> None:
        case = CASES[name]
        sizes, acts = case["sizes"], case["activations"]
        self.dtype = {"float32": torch.float32, "float64": torch.float64}[dtype]
        torch.manual_seed(0)
        layers = []
        for k in range(len(sizes) - 1):
            layers.append(torch.nn.Linear(sizes[k], sizes[k + 1]))
            act = acts[k]
            if act == "softmax":
                assert k == len(sizes) - 2, "softmax only at the output (fused into CrossEntropyLoss)"
            else:
                layers.append({"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}[act]())
        self.model = torch.nn.Sequential(*layers).to(self.dtype)
        opt = case["optimizer"]
        if opt["name"] == "sgd":
            self.optimizer = torch.optim.SGD(self.model.parameters(), lr=opt["learning_rate"])
        else:
            self.optimizer = torch.optim.Adam(
                self.model.parameters(), lr=opt["learning_rate"], betas=(opt["beta_1"], opt["beta_2"]), eps=opt["epsilon"]
            )
        self.loss_fn = torch.nn.CrossEntropyLoss()
        xt = torch.from_numpy(np.ascontiguousarray(x, dtype=dtype))
        yt = torch.from_numpy(np.ascontiguousarray(labels, dtype=np.int64))
        n_val = int(len(xt) * case["validation_split"])  # the last samples, as Keras and NetBuilder take them
        n_train = len(xt) - n_val
        self.x, self.y = xt[:n_train], yt[:n_train]
        self.x_val, self.y_val = (xt[n_train:], yt[n_train:]) if n_val else (None, None)
        self.batch_size = case["batch_size"]
        self.n_train, self.n_val = n_train, n_val
        self.steps_per_epoch = math.ceil(n_train / self.batch_size)
        self.generator = torch.Generator().manual_seed(0)
        self.books = books
        self.last_loss = math.nan

    def _epoch(self) -> float:
        model, opt, loss_fn, bs, n = self.model, self.optimizer, self.loss_fn, self.batch_size, self.n_train
        model.train()
        perm = torch.randperm(n, generator=self.generator)
        total, correct = 0.0, 0
        for start in range(0, n, bs):
            idx = perm[start : start + bs]
            xb, yb = self.x[idx], self.y[idx]
            opt.zero_grad()
            logits = model(xb)
            loss = loss_fn(logits, yb)
            loss.backward()
            opt.step()
            if self.books:
                total += loss.item() * len(idx)
                correct += int((logits.detach().argmax(dim=1) == yb).sum())
        if self.x_val is not None:
            model.eval()
            with torch.no_grad():
                out = model(self.x_val)
                _val_loss = float(loss_fn(out, self.y_val))
                _val_acc = float((out.argmax(dim=1) == self.y_val).float().mean())
        return total / n if self.books else loss.item()

    def run_epochs(self, epochs: int) -> float:
        t0 = time.perf_counter()
        for _ in range(epochs):
            self.last_loss = self._epoch()
        return time.perf_counter() - t0


# -- measuring -----------------------------------------------------------------------------------


def summarise(runner, times: list[float], epochs: int) -> dict:
    steps = runner.steps_per_epoch * epochs
    rates = [steps / t for t in times]
    med = statistics.median(rates)
    return {
        "framework": runner.framework,
        "steps_per_epoch": runner.steps_per_epoch,
        "train_samples": runner.n_train,
        "validation_samples": runner.n_val,
        "timed_epochs": epochs,
        "repeats": len(times),
        "steps_per_s": med,
        "steps_per_s_min": min(rates),
        "steps_per_s_max": max(rates),
        "seconds_5_epochs": 5 * runner.steps_per_epoch / med,
        "seconds_5_epochs_extrapolated": epochs != 5,
        "times_s": times,
        "final_train_loss": None if runner.last_loss is None or math.isnan(runner.last_loss) else runner.last_loss,
    }


def bench_case(name: str, dtype: str, args: argparse.Namespace) -> dict:
    case = CASES[name]
    repeats = args.repeats or case["repeats"]
    x, labels, data_note = make_data(name, dtype, args.mnist_data)
    log(f"[{name} {dtype}] building ...")
    runners = [NetBuilderRunner(name, dtype, x, labels)]
    if torch is not None:
        runners.append(TorchRunner(name, dtype, x, labels, books=args.torch_loop == "full"))
        assert runners[0].steps_per_epoch == runners[1].steps_per_epoch, "both must take the same batches"
    for r in runners:  # warm-up: one untimed epoch each
        r.run_epochs(1)
    times: dict[str, list[float]] = {r.framework: [] for r in runners}
    for k in range(repeats):
        # A repeat is `epochs` epochs of each framework, taken in turns one epoch at a time (who goes
        # first alternates), so a slow spell of a shared machine hits both about equally.
        elapsed = {r.framework: 0.0 for r in runners}
        for e in range(args.epochs):
            for r in runners if (k * args.epochs + e) % 2 == 0 else runners[::-1]:
                elapsed[r.framework] += r.run_epochs(1)
        for r in runners:
            times[r.framework].append(elapsed[r.framework])
        log(f"[{name} {dtype}] repeat {k + 1}/{repeats}: " + ", ".join(
            f"{r.framework} {r.steps_per_epoch * args.epochs / elapsed[r.framework]:.1f} steps/s" for r in runners))
    results = {r.framework: summarise(r, times[r.framework], args.epochs) for r in runners}
    out = {
        "case": name,
        "title": case["title"],
        "dtype": dtype,
        "data": data_note,
        "batch_size": case["batch_size"],
        "results": results,
        "target_ratio": TARGETS[name],
    }
    if args.breakdown:
        out["breakdown_us"] = breakdown(runners[0], dtype)
        if "PyTorch" in results:
            out["breakdown_us"]["torch_step"] = 1e6 / results["PyTorch"]["steps_per_s"]
    if "PyTorch" in results:
        ratio = results["NetBuilder"]["steps_per_s"] / results["PyTorch"]["steps_per_s"]
        out["ratio"] = ratio
        out["target_met"] = ratio >= TARGETS[name]
        # repeat k of both ran back to back, so their ratio is less exposed to slow spells of the machine
        paired = sorted(p / n for n, p in zip(times["NetBuilder"], times["PyTorch"]))
        out["paired_ratios"] = {"median": statistics.median(paired), "min": paired[0], "max": paired[-1]}
    return out


def _per_call_us(fn, min_time: float = 0.2) -> float:
    """The best of 5 timings of ``fn``'s mean time per call, in microseconds."""
    fn()
    n, best = 1, math.inf
    while True:  # enough calls for min_time/5 a timing
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        if time.perf_counter() - t0 >= min_time / 5:
            break
        n *= 2
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best * 1e6


def breakdown(runner: NetBuilderRunner, dtype: str) -> dict:
    """Where one NetBuilder training step goes, in microseconds, measured on one batch after training.

    ``step`` is the mean time of whole steps (``Trainer.train_step`` over an epoch, without its end: no
    validation); ``forward``, ``backward`` and ``optimizer`` are the engine's parts alone on one batch;
    ``rest`` is what the step spends outside them (gathering the batch, the divergence check, the loss and
    accuracy books, Python); ``matmul`` is the matrix products the forward and backward passes do, alone on
    the same arrays (the BLAS), and ``matmul_torch`` the same products with torch.
    """
    t = runner.trainer
    c = t.compiled
    if not t._in_epoch:
        t._begin_epoch()

    def steps() -> None:
        if t._batch_index >= t._epoch_steps - 1:  # leave the epoch's end (validation) out
            t._in_epoch = False
            t._begin_epoch()
        t.train_step()

    out = {"step": _per_call_us(steps)}
    xb, yb = t.x[: t.batch_size], t.y[: t.batch_size]
    rng = np.random.default_rng(0)
    cache = c.forward(xb, training=True, rng=rng)
    out["forward"] = _per_call_us(lambda: c.forward(xb, training=True, rng=rng))
    out["backward"] = _per_call_us(lambda: c.backward(cache, yb))
    params, grads, backup = c.flat.copy(), c.grad.copy(), c.flat.copy()
    opt = optimizers_copy(t.optimizer)
    import inspect

    if "backup" in inspect.signature(opt.apply).parameters:  # the backup is copied in the update's blocks
        out["optimizer"] = _per_call_us(lambda: opt.apply(params, grads, backup=backup))
    else:  # an engine from before that: its step copies the backup, then updates
        out["optimizer"] = _per_call_us(lambda: (np.copyto(backup, params), opt.apply(params, grads)))
    out["rest"] = out["step"] - out["forward"] - out["backward"] - out["optimizer"]
    products = []
    for layer in c.layers:
        for inc in layer.inbound:
            src, delta = cache.after_dropout[inc.source], cache.z[layer.index]
            products.append((src, inc.weights))
            products.append((src.T, delta))
            if inc.source != 0:
                products.append((delta, inc.weights.T))

    def numpy_products() -> None:
        for a, b in products:
            a @ b

    out["matmul"] = _per_call_us(numpy_products)
    if torch is not None:
        tp = [(torch.from_numpy(np.ascontiguousarray(a)), torch.from_numpy(np.ascontiguousarray(b.T)).T)
              if b.flags.f_contiguous and not b.flags.c_contiguous else
              (torch.from_numpy(np.ascontiguousarray(a)), torch.from_numpy(np.ascontiguousarray(b))) for a, b in products]

        def torch_products() -> None:
            for a, b in tp:
                a @ b

        out["matmul_torch"] = _per_call_us(torch_products)
    small = np.ones((t.batch_size, c.n_outputs), dtype=dtype)
    out["numpy_call"] = _per_call_us(lambda: small + small)  # one small element-wise NumPy call
    return out


def optimizers_copy(optimizer):
    """A copy of the trainer's optimizer with its trained state, to time its update without moving the run's."""
    import copy

    return copy.deepcopy(optimizer)


# -- output --------------------------------------------------------------------------------------


def print_header(env: dict) -> None:
    blas = env["blas"]
    t = env["torch"]
    print("NetBuilder engine benchmark")
    print(f"  python {env['python']}  on {env['platform']}")
    print(f"  cpu: {env['cpu']}, {env['cores_available']} cores available")
    git = env["git"]
    state = "" if git["engine_modified"] is None else (" (netbuilder/engine has uncommitted changes)" if git["engine_modified"] else "")
    print(f"  netbuilder {env['netbuilder']} from {env['netbuilder_path']}, commit {git['commit']}{state}")
    print(f"  numpy {env['numpy']}, BLAS {blas.get('name')} {blas.get('version') or ''}, BLAS threads: {blas.get('threads')}"
          + (f"  [{blas.get('source')}]" if blas.get("source") else ""))
    if "absent" in t:
        print(f"  PyTorch: {t['absent']} — NetBuilder figures only")
    else:
        print(f"  torch {t['version']}, torch.get_num_threads() = {t['threads']} (interop {t['interop_threads']})")
        for line in t.get("parallel", []):
            print(f"    {line}")
        if blas.get("threads") is not None and blas["threads"] != t["threads"]:
            print(f"  WARNING: numpy's BLAS uses {blas['threads']} threads but torch {t['threads']}: use --threads N")
        print(f"  PyTorch loop: {env['torch_loop']}")
    print(f"  thread variables: {env['thread_env'] or 'none set'}" + (f" (--threads {env['threads_flag']})" if env["threads_flag"] else ""))
    print()


def print_case(res: dict, args: argparse.Namespace) -> None:
    print(f"== {res['case']} ({res['dtype']}): {res['title']}")
    nb = res["results"]["NetBuilder"]
    val = f", validation {nb['validation_samples']} samples each epoch" if nb["validation_samples"] else ""
    print(f"   data: {res['data']}; {nb['train_samples']} training samples -> {nb['steps_per_epoch']} steps/epoch{val}")
    extra = f" (extrapolated from {args.epochs} epoch{'s' if args.epochs != 1 else ''})" if args.epochs != 5 else ""
    print(f"   {'framework':<11} {'steps/s (median)':>16} {'min..max':>19} {'5 epochs (s)':>13}  repeats")
    for r in res["results"].values():
        spread = f"{r['steps_per_s_min']:.1f}..{r['steps_per_s_max']:.1f}"
        print(f"   {r['framework']:<11} {r['steps_per_s']:>16.1f} {spread:>19} {r['seconds_5_epochs']:>13.3f}  {r['repeats']}{extra}")
    if "ratio" in res:
        verdict = "met" if res["target_met"] else "NOT met"
        pr = res["paired_ratios"]
        print(f"   NetBuilder / PyTorch steps/s = {res['ratio']:.2f}x   (target >= {res['target_ratio']}x: {verdict}); "
              f"repeat by repeat {pr['median']:.2f}x ({pr['min']:.2f}..{pr['max']:.2f})")
    b = res.get("breakdown_us")
    if b:
        step = b["step"]
        print(f"   NetBuilder step (us, no validation): {step:.1f} = forward {b['forward']:.1f} + backward "
              f"{b['backward']:.1f} + optimizer {b['optimizer']:.1f} + rest {b['rest']:.1f} (batch, books, Python)")
        line = f"   matrix products alone: NumPy {b['matmul']:.1f} us ({100 * b['matmul'] / step:.0f}% of the step)"
        if "matmul_torch" in b:
            line += f", torch {b['matmul_torch']:.1f} us on the same shapes"
        if "torch_step" in b:
            line += f"; PyTorch's whole step {b['torch_step']:.1f} us (with its validation)"
        print(line)
        if res["case"] != "tiny":  # elsewhere the rest is arithmetic on large arrays, not calls
            return print()
        print(f"   one small NumPy call ({res['batch_size']} x outputs, a + b): {b['numpy_call']:.2f} us; "
              f"the step outside the matrix products is {step - b['matmul']:.1f} us, "
              f"~{(step - b['matmul']) / b['numpy_call']:.0f} such calls")
    print()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    torch_absent = import_libraries(args)
    env = environment(torch_absent, args)
    if not args.json:
        print_header(env)
    names = list(CASES) if args.case == "all" else [args.case]
    results = []
    for name in names:
        for dtype in CASES[name]["dtypes"]:
            res = bench_case(name, dtype, args)
            results.append(res)
            if not args.json:
                print_case(res, args)
                sys.stdout.flush()
    if args.json:
        json.dump({"environment": env, "targets": TARGETS, "results": results}, sys.stdout, indent=2)
        print()
    else:
        print("summary (NetBuilder / PyTorch steps/s, target):")
        for res in results:
            if "ratio" in res:
                print(f"  {res['case']:<6} {res['dtype']:<8} {res['ratio']:6.2f}x  (>= {res['target_ratio']}x: {'met' if res['target_met'] else 'NOT met'})")
            else:
                print(f"  {res['case']:<6} {res['dtype']:<8} NetBuilder {res['results']['NetBuilder']['steps_per_s']:.1f} steps/s (no PyTorch to compare)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
