"""``netbuilder``: the desktop app, and headless commands over the same core.

    netbuilder [FILE] [--screenshot OUT.png] [--lang zh_CN]   the app
    netbuilder info FILE                                       layers, sizes, problems
    netbuilder train FILE -o OUT                               train with a progress bar
    netbuilder evaluate FILE                                   loss and accuracy on the test data
    netbuilder predict FILE --input "0.1,0.2; 0.3,0.4"         predictions, one line per sample
    netbuilder walkthrough FILE                                one training step, value by value
    netbuilder export FILE --format onnx -o OUT.onnx           ONNX, PyTorch or Keras code
    netbuilder import MODEL.onnx -o OUT.nbn                    an ONNX multilayer perceptron
    netbuilder check-lesson LESSON.json NETWORK.nbn ...        a lesson's goals, one verdict per goal

A mistake of the user's (a bad file, a bad option, data that does not fit)
prints one line ``netbuilder: error: ...`` and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .._version import __version__

COMMANDS = ("info", "train", "evaluate", "predict", "walkthrough", "export", "import", "check-lesson")


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise UserError(f"{message} (see '{self.prog} --help')")


def _rows(text: str, what: str) -> np.ndarray:
    """Samples typed as in the app: ';' or a new line between samples, ',' or spaces between values."""
    from ..data.typed_values import parse_rows

    try:
        return parse_rows(text)
    except ValueError as exc:
        raise UserError(f"{what}: {exc} (samples are separated by ';', values by ',' or spaces, "
                        "e.g. \"0.1,0.2; 0.3,0.4\")") from None


def _batch_size(text: str) -> int | None:
    if text.lower() in ("full", "all", "batch"):
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number or 'full'") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not np.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="netbuilder", description="Build, train and understand neural networks.")
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("info", help="describe a network: layers, sizes, parameters, problems")
    p.add_argument("file")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("train", help="train a network and write the result")
    p.add_argument("file")
    p.add_argument("-o", "--output", help="where to write the trained network (with its history)")
    p.add_argument("--data", help="a built-in dataset (xor, spiral:n=400,noise=0.2 ...) or a data file")
    p.add_argument("--epochs", type=_positive_int)
    p.add_argument("--batch-size", type=_batch_size, default=argparse.SUPPRESS,
                   help="samples per step: 1 (stochastic), N (mini-batch) or 'full'")
    p.add_argument("--optimizer", help="sgd, adagrad, rmsprop or adam")
    p.add_argument("--lr", "--learning-rate", dest="learning_rate", type=_positive_float)
    p.add_argument("--loss", help="mse, half_sse, mae, binary_crossentropy, categorical_crossentropy, hinge")
    p.add_argument("--seed", type=_seed)
    p.add_argument("--validation-split", type=float)
    p.add_argument("-v", "--verbose", action="store_true", help="print every epoch")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the result")

    p = sub.add_parser("evaluate", help="loss and metrics on the test data")
    p.add_argument("file")
    p.add_argument("--data")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("predict", help="the network's outputs for one or several inputs")
    p.add_argument("file")
    p.add_argument("--input", required=True,
                   help='one sample, "0.1,0.2", or several separated by ";", "0.1,0.2; 0.3,0.4" (one line out per sample)')
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("walkthrough", help="one training step, value by value")
    p.add_argument("file")
    p.add_argument("--input", help='the inputs: one sample "0.1,0.2" or a mini-batch "0.1,0.2; 0.3,0.4" '
                   "(default: the first sample of the network's data)")
    p.add_argument("--target", help='the targets, one row per input sample ("1; 0"), or one row for all of them')
    p.add_argument("--lr", "--learning-rate", dest="learning_rate", type=_positive_float)
    p.add_argument("--format", choices=["text", "markdown", "html", "json"], default="text")
    p.add_argument("--digits", type=_positive_int, default=4, help="significant digits (default 4)")
    p.add_argument("-o", "--output", help="write to this file instead of the terminal")

    p = sub.add_parser("export", help="export to ONNX, or to a PyTorch or Keras script with its weights")
    p.add_argument("file")
    p.add_argument("--format", choices=["onnx", "pytorch", "keras"], default="onnx")
    p.add_argument("-o", "--output", help="the file to write (default: FILE with .onnx or .py); "
                   "PyTorch and Keras scripts get their weights in a .npz beside them")
    p.add_argument("--no-input-transform", dest="input_transform", action="store_false",
                   help="ONNX: take the input layer's values, not raw inputs (skip the data's scaling and features)")

    p = sub.add_parser("import", help="turn an ONNX multilayer perceptron into a network file")
    p.add_argument("file")
    p.add_argument("-o", "--output", help="the network file to write (default: MODEL with .nbn)")
    p.add_argument("--name", help="the network's name (default: the model's)")

    p = sub.add_parser("check-lesson", help="check saved networks against a lesson's goals (exit 0: all met)")
    p.add_argument("lesson", help="a lesson file (.json), or a built-in lesson by name (e.g. perceptron)")
    p.add_argument("networks", nargs="+", metavar="network", help="the networks to check (.nbn), one or many")
    p.add_argument("--format", choices=["text", "json"], default="text")
    return parser


def _load(path: str):
    from ..io import load

    return load(path)


def _base(path: str) -> Path:
    return Path(path).resolve().parent


def cmd_info(args) -> int:
    from ..engine.metrics import infer_task
    from ..model.validation import validate

    net = _load(args.file)
    problems = validate(net)
    if args.format == "json":
        doc = {
            "name": net.name,
            "description": net.description,
            "dtype": net.dtype,
            "parameters": net.parameter_count(),
            "layers": [
                {"id": layer.id, "name": layer.name, "role": layer.role, "units": layer.units,
                 "activation": layer.activation.get_config(), "use_bias": layer.use_bias, "dropout": layer.dropout,
                 "image_shape": list(layer.image_shape) if layer.image_shape else None,
                 "inbound": [c.source for c in net.inbound(layer.id)]}
                for layer in net.layers.values()
            ],
            "connections": [{"id": c.id, "source": c.source, "target": c.target, "shape": list(c.shape),
                             "masked_edges": int(c.weights.size - c.parameter_count)} for c in net.connections.values()],
            "training": net.training.get_config(),
            "dataset": _dataset_summary(net),
            "runs": len(net.history),
            "task": infer_task(net),
            "problems": [{"severity": p.severity, "code": p.code, "message": p.message, "layers": list(p.layers)} for p in problems],
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    print(f"{net.name}")
    if net.description:
        print(net.description)
    print()
    print(net.summary())
    t = net.training
    print()
    print(f"Loss: {t.loss.name}   Optimizer: {t.optimizer.name} (learning rate {t.learning_rate:g})   "
          f"Batch size: {'full' if t.batch_size is None else t.batch_size}   Epochs: {t.epochs}   dtype: {net.dtype}")
    ds = _dataset_summary(net)
    if ds:
        print(f"Data: {ds}")
    if net.history.runs:
        last = net.history.latest
        print(f"Trained {len(net.history)} time(s); last run: {last.stop_reason}")
    if problems:
        print()
        for p in problems:
            print(f"{p.severity}: {p.message}")
    else:
        print("\nNo problems found.")
    return 0


def _dataset_summary(net) -> str | None:
    d = net.dataset
    if not d:
        return None
    kind = d.get("kind")
    if kind == "builtin":
        params = ", ".join(f"{k}={v}" for k, v in d.get("params", {}).items())
        return f"built-in '{d.get('name')}'" + (f" ({params})" if params else "")
    if kind == "inline":
        x = np.asarray(d.get("x"))
        return f"{len(x)} sample{'s' if len(x) != 1 else ''} stored in the file"
    if "path" in d:
        return f"{kind} file {d['path']}"
    if kind == "idx":
        return f"IDX images {d.get('train_images')}"
    return str(kind)


def cmd_train(args) -> int:
    from .. import api
    from ..io import save
    from .progress import ProgressPrinter, format_duration, format_logs

    net = _load(args.file)
    settings: dict[str, Any] = {}
    for key in ("optimizer", "loss", "seed", "validation_split"):
        value = getattr(args, key)
        if value is not None:
            settings[key] = value
    if hasattr(args, "batch_size"):
        settings["batch_size"] = args.batch_size
    if args.learning_rate is not None:
        settings["learning_rate"] = args.learning_rate
    if args.epochs is not None:
        settings["epochs"] = args.epochs
    try:
        net.set_training(**settings)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    base = _base(args.file)
    ds = api.dataset_for(net, args.data, base)
    if not args.quiet:
        print(f"Training {net.name} on {ds.summary()}")
        if api.is_perceptron(net):
            print(f"Perceptron rule, learning rate {net.training.learning_rate:g}, up to {net.training.epochs} epochs")
        else:
            t = net.training
            print(f"{t.optimizer.name}, learning rate {t.learning_rate:g}, batch size "
                  f"{'full' if t.batch_size is None else t.batch_size}, {t.epochs} epochs, loss {t.loss.name}")
    printer = ProgressPrinter(net.training.epochs, verbose=args.verbose) if not args.quiet else None
    started = time.perf_counter()
    result = api.train(net, ds, callbacks=[printer] if printer else [], base_dir=base, record_dataset=args.data is not None)
    elapsed = time.perf_counter() - started
    print(f"Finished in {format_duration(elapsed)}: {result.run.stop_reason}")
    print(f"{result.final_on.capitalize()} set: {format_logs(result.final)}")
    if args.output:
        save(net, args.output)
        print(f"Saved to {args.output}")
    elif not args.quiet:
        print("Not saved: add -o OUT.nbn to keep the trained network.")
    if result.diverged:
        print(f"netbuilder: {result.diverged}", file=sys.stderr)
        return 1
    return 0


def cmd_evaluate(args) -> int:
    from .. import api

    net = _load(args.file)
    base = _base(args.file)
    ds = api.dataset_for(net, args.data, base)
    logs = api.evaluate(net, ds)
    which = ds.test_or_train()[2]
    n = len(ds.test_or_train()[0])
    if args.format == "json":
        print(json.dumps({"data": which, "samples": n, "task": ds.task, **logs}, indent=2))
    else:
        print(f"{ds.name}: {n} {which} samples")
        for key, value in logs.items():
            print(f"{key}: {value:.4f}")
    return 0


def cmd_predict(args) -> int:
    from .. import api

    net = _load(args.file)
    xs = _rows(args.input, "--input")
    single = len(xs) == 1
    ys = np.atleast_2d(api.predict(net, xs))
    out = net.output_layer
    classes = None
    if out is not None and out.units > 1 and out.activation.name == "softmax":
        classes = [int(k) for k in np.argmax(ys, axis=1)]
    if args.format == "json":
        # one sample: flat lists and one class, as before; several: a row (and a class) per sample
        doc: dict[str, Any] = {"input": xs[0].tolist() if single else xs.tolist(),
                               "output": ys[0].tolist() if single else ys.tolist()}
        if classes is not None:
            doc["class"] = classes[0] if single else classes
        print(json.dumps(doc, indent=2))
    else:
        for k, y in enumerate(ys):
            line = ", ".join(f"{v:.6g}" for v in y)
            if classes is not None:
                line = f"{line}\nclass: {classes[k]}" if single else f"{line}   class: {classes[k]}"
            print(line)
    return 0


def cmd_walkthrough(args) -> int:
    from .. import api

    from ..files import atomic_write_text

    net = _load(args.file)
    x = _rows(args.input, "--input") if args.input else None
    y = _rows(args.target, "--target") if args.target else None
    if (x is None) != (y is None) and net.dataset is None:
        raise UserError("give both --input and --target (this network names no data)")
    if x is not None and y is not None:
        if len(y) == 1 and len(x) > 1:  # one target row for every sample, as in the app
            y = np.repeat(y, len(x), axis=0)
        if len(x) != len(y):
            raise UserError(f"{len(x)} input samples but {len(y)} target rows: give one target row per sample, "
                            "or one for all of them")
    elif x is not None and len(x) > 1:
        raise UserError(f"--input has {len(x)} samples: give their targets with --target")
    elif y is not None and len(y) > 1:
        raise UserError(f"--target has {len(y)} rows: give their samples with --input")
    text = api.walkthrough(net, x, y, learning_rate=args.learning_rate, fmt=args.format,
                           digits=args.digits, base_dir=_base(args.file))
    if args.output:
        try:
            atomic_write_text(args.output, text)
        except OSError as exc:
            raise UserError(str(exc)) from None
        print(f"Written to {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_export(args) -> int:
    from ..engine import CompiledNetwork

    net = _load(args.file)
    suffix = ".onnx" if args.format == "onnx" else ".py"
    out = Path(args.output) if args.output else Path(args.file).with_suffix(suffix)
    try:
        if args.format == "onnx":
            from ..io.onnx_export import save_onnx

            save_onnx(net, out, input_transform=args.input_transform)
            print(f"Written {out}")
        else:
            from ..io.codegen import write_code

            # the engine's outputs on a few samples go with the script, which checks that it reproduces them
            script, weights = write_code(net, out, args.format, predict=lambda x: CompiledNetwork(net).predict(x))
            print(f"Written {script} and its weights {weights}")
            print(f"Run it with: python {script}")
    except ImportError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(str(exc)) from None
    return 0


def cmd_import(args) -> int:
    from ..io import save
    from ..io.onnx_import import load_onnx

    out = Path(args.output) if args.output else Path(args.file).with_suffix(".nbn")
    if out.suffix.lower() == ".onnx":
        raise UserError(f"{out}: write the network to a .nbn file, not over an ONNX model")
    try:
        net = load_onnx(args.file, name=args.name)
    except ImportError as exc:
        raise UserError(str(exc)) from None
    save(net, out)
    sizes = " → ".join(str(net.layers[lid].units) for lid in net.topological_order())
    print(f"Imported {net.name}: {len(net.layers)} layers ({sizes}), {net.parameter_count():,} parameters")
    print(f"Written {out}")
    return 0


def cmd_check_lesson(args) -> int:
    """One line per goal (and per locked control changed) for each network; 0 when every network passes,
    1 when one does not (or cannot be read: said on its line), 2 when the lesson itself cannot be read."""
    from ..io import NetworkFileError
    from ..lessons import load as load_lesson
    from ..lessons.builtin import find_builtin

    path = Path(args.lesson)
    if not path.exists() and find_builtin(args.lesson) is not None:
        path = find_builtin(args.lesson)
    lesson = load_lesson(path)
    checker = lesson.checker()
    verdicts = []
    for name in args.networks:
        try:
            net = _load(name)
        except NetworkFileError as exc:
            verdicts.append({"network": name, "passed": False, "error": str(exc), "goals": [], "locks": []})
            continue
        report = lesson.check(net, _base(name), checker=checker)
        verdicts.append({"network": name, "passed": report.passed, "goals": [r.to_json() for r in report.goals],
                         "locks": [{"control": v.control, "text": v.text} for v in report.violations]})
    if args.format == "json":
        print(json.dumps({"lesson": {"id": lesson.id, "title": lesson.title_in("en"), "file": str(path)},
                          "passed": all(v["passed"] for v in verdicts), "networks": verdicts},
                         indent=2, ensure_ascii=False))
    else:
        several = len(verdicts) > 1
        for v in verdicts:
            pad = "  " if several else ""
            if several:
                met = sum(g["met"] for g in v["goals"])
                print(f"{v['network']}: {'passed' if v['passed'] else 'not passed'}"
                      + ("" if "error" in v else f" ({met} of {len(v['goals'])} goals met)"))
            if "error" in v:
                print(f"{pad}✗ cannot be read: {v['error']}")
            for g in v["goals"]:
                print(f"{pad}{'✓ met' if g['met'] else '✗ not met'}: {g['description']}: {g['figure']}")
            for lock in v["locks"]:
                print(f"{pad}✗ lock: {lock['text']}")
        if not several:
            print("passed" if verdicts[0]["passed"] else "not passed")
    return 0 if all(v["passed"] for v in verdicts) else 1


HANDLERS = {
    "info": cmd_info,
    "train": cmd_train,
    "evaluate": cmd_evaluate,
    "predict": cmd_predict,
    "walkthrough": cmd_walkthrough,
    "export": cmd_export,
    "import": cmd_import,
    "check-lesson": cmd_check_lesson,
}


def _run_app(argv: Sequence[str]) -> int:
    parser = _Parser(prog="netbuilder", description="Build, train and understand neural networks. "
                     f"Commands: {', '.join(c for c in COMMANDS if c in HANDLERS)} (netbuilder COMMAND --help).")
    parser.add_argument("file", nargs="?", help="a network file (.nbn) to open")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--lang", help="interface language, e.g. en, zh_CN, zh_TW")
    parser.add_argument("--version", action="version", version=f"netbuilder {__version__}")
    args = parser.parse_args(list(argv))
    if args.file and not Path(args.file).exists():
        raise UserError(f"{args.file}: no such file")
    from ..ui.app import run_app  # Qt is imported only here

    return run_app(args.file, screenshot=args.screenshot, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    from ..engine import NotTrainableError, TrainingDiverged
    from ..io import NetworkFileError

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in HANDLERS:
            args = build_parser().parse_args(argv)
            return HANDLERS[args.command](args)
        if argv and argv[0] in ("-h", "--help") or argv == ["help"]:
            build_parser().print_help()
            return 0
        return _run_app(argv)
    except UserError as exc:
        return _fail(str(exc))
    except NetworkFileError as exc:
        return _fail(str(exc))
    except NotTrainableError as exc:
        return _fail("the network cannot be trained: " + " ".join(p.message for p in exc.problems))
    except TrainingDiverged as exc:
        return _fail(str(exc))
    except (ValueError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        return _fail(str(message))
    except KeyboardInterrupt:
        print(flush=True)  # ends a progress line on the terminal
        print("netbuilder: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


#: An error line longer than this is cut (a file can make a message echo a huge value).
MAX_MESSAGE = 300


def _fail(message: str) -> int:
    line = " ".join(str(message).split())
    if len(line) > MAX_MESSAGE:
        line = line[: MAX_MESSAGE - 1] + "…"
    print(f"netbuilder: error: {line}", file=sys.stderr)
    return 2
