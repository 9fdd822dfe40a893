#!/usr/bin/env python3
"""Training speed of NetBuilder's NumPy engine against PyTorch (CPU) on the MNIST CNN, turn by turn.

The network is resources/examples/mnist_cnn.nbn's (or ``--filters 8 16`` for another width):
Conv2D(f1, 3×3, relu) → MaxPooling2D(2) → Conv2D(f2, 3×3, relu) → MaxPooling2D(2) → Flatten → Dense(10,
softmax), Adam (lr 1e-3, ε 1e-7 as Keras), batch 32, float32. Both frameworks get the same images (the
built-in MNIST training images, ``--samples`` of them), the same initial weights (NetBuilder's, copied
into torch in NCHW order) and the same batches: one permutation per epoch, drawn once and given to both.

NetBuilder is timed through ``Trainer.train_step`` (the code path of ``netbuilder train``: forward,
backward, divergence check, Adam, the per-step loss and accuracy books); PyTorch through the usual
``zero_grad`` / forward / ``cross_entropy`` on the logits / ``backward`` / ``step`` / ``loss.item()``.
An untimed warm-up epoch each, then ``--repeats`` epochs of each in turns (the order swapping every
time), so a slow spell of the machine hits both; the median steps per second is reported, and the
ratio. ``--profile`` adds where NetBuilder's time goes (cProfile, by function).

    python bench/bench_cnn.py                 # about a minute on 2 cores
    python bench/bench_cnn.py --samples 48000 --repeats 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def build(filters):
    import netbuilder as nb

    f1, f2 = filters
    return nb.Sequential([nb.Input(shape=(28, 28, 1)), nb.Conv2D(f1, 3, activation="relu", kernel_initializer="he_uniform"),
                          nb.MaxPooling2D(2), nb.Conv2D(f2, 3, activation="relu", kernel_initializer="he_uniform"),
                          nb.MaxPooling2D(2), nb.Flatten(), nb.Dense(10, "softmax")],
                         loss="categorical_crossentropy", optimizer={"name": "adam", "learning_rate": 1e-3},
                         batch_size=32, dtype="float32", seed=0, shuffle=False)


def torch_model(net, torch):
    """The same network in PyTorch, with NetBuilder's initial weights (kernels to (f, c, kh, kw))."""
    import numpy as np

    order = net.topological_order()
    conns = [net.inbound(lid)[0] for lid in order[1:]]
    layers = [net.layers[lid] for lid in order[1:]]
    convs = [(c, layer) for c, layer in zip(conns, layers) if layer.kind == "conv2d"]
    dense_c, dense_l = conns[-1], layers[-1]
    (c1, l1), (c2, l2) = convs
    shape = net.shapes()[layers[-2].id]
    flat_from = net.shapes()[net.inbound(layers[-2].id)[0].source]  # (h, w, c) before Flatten

    class CNN(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.c1 = torch.nn.Conv2d(c1.shape[2], c1.shape[3], c1.shape[:2])
            self.c2 = torch.nn.Conv2d(c2.shape[2], c2.shape[3], c2.shape[:2])
            self.fc = torch.nn.Linear(shape[0], 10)
            with torch.no_grad():
                self.c1.weight.copy_(torch.tensor(c1.weights.transpose(3, 2, 0, 1)))
                self.c1.bias.copy_(torch.tensor(l1.bias))
                self.c2.weight.copy_(torch.tensor(c2.weights.transpose(3, 2, 0, 1)))
                self.c2.bias.copy_(torch.tensor(l2.bias))
                h, w, c = flat_from  # NetBuilder flattens channels last, torch channels first: reorder the rows
                rows = np.arange(h * w * c).reshape(h, w, c).transpose(2, 0, 1).ravel()
                self.fc.weight.copy_(torch.tensor(dense_c.weights[rows].T))
                self.fc.bias.copy_(torch.tensor(dense_l.bias))

        def forward(self, x):
            x = torch.nn.functional.max_pool2d(torch.relu(self.c1(x)), 2)
            x = torch.nn.functional.max_pool2d(torch.relu(self.c2(x)), 2)
            return self.fc(x.flatten(1))

    return CNN()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--filters", type=int, nargs=2, default=None, metavar=("F1", "F2"),
                   help="filters of the two convolutions (default: resources/examples/mnist_cnn.nbn's)")
    p.add_argument("--samples", type=int, default=9600, help="training images per epoch (default 9600: 300 steps)")
    p.add_argument("--repeats", type=int, default=5, help="timed epochs per framework (default 5)")
    p.add_argument("--profile", action="store_true", help="print where NetBuilder's time goes")
    args = p.parse_args(argv)

    import numpy as np

    import netbuilder as nb
    from netbuilder.engine.training import Trainer

    if args.filters is None:
        example = nb.load(REPO / "resources" / "examples" / "mnist_cnn.nbn")
        args.filters = [layer.units for layer in example.layers.values() if layer.kind == "conv2d"]
    net = build(args.filters)
    ds = nb.dataset_for(net, "mnist")
    x = np.asarray(ds.x[: args.samples], dtype=np.float32)
    y = np.asarray(ds.y[: args.samples], dtype=np.float32)
    steps = len(x) // 32
    rng = np.random.default_rng(0)
    perms = [rng.permutation(len(x)) for _ in range(args.repeats + 1)]
    trainer = Trainer(net, x, y)

    def nb_epoch(perm):
        trainer.x, trainer.y = x[perm], y[perm]  # the same batches as torch's, in the same order (no shuffle)
        began = time.perf_counter()
        for _ in range(steps):
            trainer.train_step()
        return steps / (time.perf_counter() - began)

    try:
        import torch
    except ImportError:
        torch = None
    if torch is not None:
        torch.manual_seed(0)
        model = torch_model(net, torch)
        opt = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
        xt = torch.tensor(x.reshape(-1, 28, 28, 1).transpose(0, 3, 1, 2).copy())
        yt = torch.tensor(y.argmax(1))

        def torch_epoch(perm):
            idx = torch.tensor(perm)
            began = time.perf_counter()
            for k in range(steps):
                b = idx[k * 32:(k + 1) * 32]
                opt.zero_grad()
                loss = torch.nn.functional.cross_entropy(model(xt[b]), yt[b])
                loss.backward()
                opt.step()
                loss.item()
            return steps / (time.perf_counter() - began)

    print(f"MNIST CNN: Conv {args.filters[0]} 3×3 → pool 2 → Conv {args.filters[1]} 3×3 → pool 2 → Dense 10; "
          f"batch 32, Adam, float32, {len(x)} images ({steps} steps an epoch)")
    print(f"numpy {np.__version__}" + (f", torch {torch.__version__} ({torch.get_num_threads()} threads)" if torch else
                                       ", PyTorch not installed: NetBuilder only"))
    nb_epoch(perms[0])
    if torch is not None:
        torch_epoch(perms[0])
    ours, theirs = [], []
    for k, perm in enumerate(perms[1:]):
        turns = [("nb", nb_epoch), ("torch", torch_epoch)] if torch is not None else [("nb", nb_epoch)]
        if k % 2:
            turns.reverse()
        for name, run in turns:
            (ours if name == "nb" else theirs).append(run(perm))
    print(f"NetBuilder  {statistics.median(ours):8.1f} steps/s   ({min(ours):.1f}..{max(ours):.1f})")
    if theirs:
        print(f"PyTorch     {statistics.median(theirs):8.1f} steps/s   ({min(theirs):.1f}..{max(theirs):.1f})")
        ratio = statistics.median(a / b for a, b in zip(ours, theirs))
        print(f"NetBuilder / PyTorch = {ratio:.2f}x  (goal >= 0.5x: {'met' if ratio >= 0.5 else 'NOT met'}); "
              f"turn by turn {min(a / b for a, b in zip(ours, theirs)):.2f}..{max(a / b for a, b in zip(ours, theirs)):.2f}")
    if args.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        nb_epoch(perms[-1])
        profile.disable()
        print("\nWhere NetBuilder's time goes (one epoch, by function, tottime):")
        pstats.Stats(profile).sort_stats("tottime").print_stats(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
