#!/usr/bin/env python3
"""The whole `netbuilder train resources/examples/mnist_mlp.nbn` command against the same job in PyTorch.

Both are timed as a user meets them: a fresh process, wall clock, start-up,
imports and reading the data included.

* **NetBuilder**: ``netbuilder train resources/examples/mnist_mlp.nbn -o OUT``
  (the tutorial's Keras model 784-128-64-10, relu/relu/softmax, Adam 1e-3,
  categorical cross-entropy, 5 epochs of batch 32, validation split 0.2,
  then the test accuracy).
* **PyTorch**: this same file run as ``--torch-job``: read the same four IDX
  files from ``resources/data/mnist`` with gzip and NumPy, scale the pixels to
  [0, 1], build the same model (Glorot-uniform weights and zero biases, as
  Keras and the example do), hold out the last 20% of the training images for
  validation, train 5 epochs of shuffled batches of 32 with Adam (lr 1e-3,
  betas 0.9/0.999, eps 1e-7 as Keras), evaluate on the validation images after
  every epoch, and finally on the 10000 test images.

The product target is NetBuilder's time at most 0.5x PyTorch's. PyTorch is
optional: without it only NetBuilder's time is measured, and the script says so.
Install it with ``pip install torch==2.13.0``.

    python bench/bench_mnist_command.py               # one run of each
    python bench/bench_mnist_command.py --repeats 3   # alternate the order, report every run and the medians
    python bench/bench_mnist_command.py --threads 1   # both on one thread (steadier on a busy machine)
    python bench/bench_mnist_command.py --torch-job   # only the PyTorch job, in this process (what is timed)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "resources" / "examples" / "mnist_mlp.nbn"
MNIST = REPO / "resources" / "data" / "mnist"
TARGET = 0.5

EPOCHS, BATCH, VALIDATION_SPLIT = 5, 32, 0.2
ADAM = {"lr": 1e-3, "betas": (0.9, 0.999), "eps": 1e-7}


# -- the PyTorch job (runs in its own process when timed) -----------------------------------------------


def read_idx_gz(path: Path, offset: int, shape: tuple[int, ...]):
    import gzip

    import numpy as np

    with gzip.open(path, "rb") as f:
        raw = f.read()
    return np.frombuffer(raw, dtype=np.uint8, offset=offset).reshape(shape)


def torch_job(epochs: int = EPOCHS, seed: int = 0) -> float:
    """Train and evaluate the model in PyTorch; prints a line per epoch and the test accuracy."""
    import numpy as np
    import torch

    t_start = time.perf_counter()
    torch.manual_seed(seed)
    x = read_idx_gz(MNIST / "train-images-idx3-ubyte.gz", 16, (60000, 784)).astype(np.float32) / 255.0
    y = read_idx_gz(MNIST / "train-labels-idx1-ubyte.gz", 8, (60000,)).astype(np.int64)
    x_test = read_idx_gz(MNIST / "t10k-images-idx3-ubyte.gz", 16, (10000, 784)).astype(np.float32) / 255.0
    y_test = read_idx_gz(MNIST / "t10k-labels-idx1-ubyte.gz", 8, (10000,)).astype(np.int64)
    x, y = torch.from_numpy(x), torch.from_numpy(y)
    x_test, y_test = torch.from_numpy(x_test), torch.from_numpy(y_test)
    n_val = int(len(x) * VALIDATION_SPLIT)  # Keras takes the validation split from the end, unshuffled
    x_train, y_train, x_val, y_val = x[:-n_val], y[:-n_val], x[-n_val:], y[-n_val:]

    model = torch.nn.Sequential(
        torch.nn.Linear(784, 128), torch.nn.ReLU(),
        torch.nn.Linear(128, 64), torch.nn.ReLU(),
        torch.nn.Linear(64, 10),  # softmax fused into the loss, as Keras's stable form does
    )
    for layer in model:
        if isinstance(layer, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(layer.weight)  # Glorot uniform, Keras's default
            torch.nn.init.zeros_(layer.bias)
    optimizer = torch.optim.Adam(model.parameters(), **ADAM)
    loss_fn = torch.nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(seed)
    n = len(x_train)
    steps = (n + BATCH - 1) // BATCH
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads; data read in "
          f"{time.perf_counter() - t_start:.2f}s", flush=True)
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        model.train()
        order = torch.randperm(n, generator=generator)
        total, correct = 0.0, 0
        for start in range(0, n, BATCH):
            idx = order[start:start + BATCH]
            xb, yb = x_train[idx], y_train[idx]
            optimizer.zero_grad()
            logits = model(xb)
            loss = loss_fn(logits, yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
            correct += int((logits.argmax(dim=1) == yb).sum())
        model.eval()
        with torch.no_grad():
            out = model(x_val)
            val_loss = float(loss_fn(out, y_val))
            val_acc = float((out.argmax(dim=1) == y_val).float().mean())
        print(f"Epoch {epoch}/{epochs} - {steps}/{steps} - {time.perf_counter() - t0:.2f}s - loss: {total / n:.4f} - "
              f"accuracy: {correct / n:.4f} - val_loss: {val_loss:.4f} - val_accuracy: {val_acc:.4f}", flush=True)
    with torch.no_grad():
        out = model(x_test)
        test_loss = float(loss_fn(out, y_test))
        test_acc = float((out.argmax(dim=1) == y_test).float().mean())
    print(f"Test set: loss: {test_loss:.4f} - accuracy: {test_acc:.4f}", flush=True)
    return test_acc


# -- timing the two commands ------------------------------------------------------------------------------


def netbuilder_command(out: Path) -> list[str]:
    exe = shutil.which("netbuilder")
    base = [exe] if exe else [sys.executable, "-m", "netbuilder"]
    return base + ["train", str(EXAMPLE), "-o", str(out)]


def torch_command() -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--torch-job"]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float | None, str]:
    """(wall-clock seconds, test accuracy from the output, output)."""
    t0 = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed (exit {proc.returncode}):\n{output}")
    found = re.findall(r"Test set: .*accuracy: ([0-9.]+)", output)
    return elapsed, float(found[-1]) if found else None, output


def torch_available() -> str | None:
    """None when PyTorch imports, else why not."""
    proc = subprocess.run([sys.executable, "-c", "import torch; print(torch.__version__)"], capture_output=True, text=True)
    return None if proc.returncode == 0 else (proc.stderr.strip().splitlines() or ["import failed"])[-1]


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min) on {os.cpu_count()} CPUs"
    except OSError:
        return "load average unknown"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeats", type=int, default=1, help="runs of each command (the order alternates); default 1")
    p.add_argument("--no-torch", action="store_true", help="time only the NetBuilder command")
    p.add_argument("--threads", type=int, default=None, metavar="N",
                   help="set OMP/OPENBLAS/MKL_NUM_THREADS to N for both commands (default: each library's own "
                        "default); PyTorch's OpenMP threads suffer most when other work shares the cores")
    p.add_argument("--verbose", action="store_true", help="print each command's own output")
    p.add_argument("--torch-job", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.torch_job:
        torch_job()
        return 0

    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(REPO))
    if args.threads is not None:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[var] = str(args.threads)
    missing = "not used (--no-torch)" if args.no_torch else torch_available()
    print("MNIST example, the whole command: netbuilder train resources/examples/mnist_mlp.nbn -o OUT")
    print(f"  {sys.executable} (Python {sys.version.split()[0]}), {load()}")
    threads = f"{args.threads} (OMP/OPENBLAS/MKL_NUM_THREADS)" if args.threads else "each library's default"
    print(f"  threads: {threads}")
    if missing:
        print(f"  PyTorch: NOT MEASURED — {missing}. Install it with: pip install torch==2.13.0")
    print()

    runs: dict[str, list[tuple[float, float | None]]] = {"NetBuilder": [], "PyTorch": []}
    with tempfile.TemporaryDirectory() as tmp:
        jobs = {"NetBuilder": netbuilder_command(Path(tmp) / "out.nbn"), "PyTorch": torch_command()}
        names = ["NetBuilder"] + ([] if missing else ["PyTorch"])
        for k in range(args.repeats):
            for name in names if k % 2 == 0 else names[::-1]:
                seconds, accuracy, output = timed(jobs[name], env)
                runs[name].append((seconds, accuracy))
                acc = f"{accuracy:.4f}" if accuracy is not None else "?"
                print(f"run {k + 1} {name:10s} {seconds:7.2f} s   test accuracy {acc}   ({load()})", flush=True)
                if args.verbose:
                    print("    " + output.strip().replace("\n", "\n    "))

    print()
    med = {name: statistics.median(s for s, _ in r) for name, r in runs.items() if r}
    for name, r in runs.items():
        if r:
            accs = ", ".join(f"{a:.4f}" if a is not None else "?" for _, a in r)
            print(f"{name:10s} median {med[name]:.2f} s over {len(r)} run(s); test accuracy {accs}")
    if "PyTorch" in med:
        ratio = med["NetBuilder"] / med["PyTorch"]
        verdict = "met" if ratio <= TARGET else "NOT met"
        print(f"NetBuilder / PyTorch time: {ratio:.2f}x (target: at most {TARGET}x — {verdict})")
    else:
        print("No PyTorch figure: install PyTorch (pip install torch==2.13.0) to compare.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
