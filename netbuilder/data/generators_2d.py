"""The TensorFlow Playground's toy sets, plus a few small regression sets.

A learner who has played with https://playground.tensorflow.org should find
the same pictures here, so the classification sets follow the Playground's
own generators (``dataset.ts``): points in about [-6, 6]², a noise setting
from 0 to 1 (the Playground's slider stops at 0.5) and half of the points
kept for testing. What noise does differs per set, as in the Playground:
it widens the blobs, jitters the spiral arms, or mislabels points near a
boundary (circles, XOR) — never silently beyond the documented range.

Every generator draws from the ``rng`` it is given, so a seed always gives
the same samples, and shuffles its rows: class-sorted rows would make a
Keras-style validation split (taken from the end) see a single class.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ..i18n import QT_TRANSLATE_NOOP
from ..model.catalog import Param
from .builtin import register
from .dataset import Dataset, one_hot

_XY = ["x1", "x2"]


def _size(default: int, minimum: int = 2) -> Param:
    return Param("n", default, int, minimum, 100_000, description=QT_TRANSLATE_NOOP("Datasets", "number of samples"))


def _noise(default: float, description: str) -> Param:
    return Param("noise", default, float, 0.0, 1.0, description=description)


def _per_class(n: int, k: int) -> list[int]:
    """Split n samples over k classes as evenly as possible (the first classes get the remainder)."""
    return [n // k + (1 if c < n % k else 0) for c in range(k)]


def _shuffled(rng: np.random.Generator, x: np.ndarray, *ys: np.ndarray) -> tuple[np.ndarray, ...]:
    order = rng.permutation(len(x))
    return (x[order],) + tuple(y[order] for y in ys)


def _binary(name: str, x: np.ndarray, labels: np.ndarray, rng: np.random.Generator, classes: list[str],
            description: str) -> Dataset:
    x, labels = _shuffled(rng, x, labels.astype(np.float64))
    return Dataset(name, x, labels.reshape(-1, 1), "binary", feature_names=list(_XY), target_names=classes,
                   description=description)


def _label_positions(x: np.ndarray, reach: float, noise: float, rng: np.random.Generator) -> np.ndarray:
    """Where the points are labelled when noise mislabels them (circles, XOR), as in the Playground.

    Noise does not move a point: its label is decided at a position jittered by
    up to ``noise × reach`` in each coordinate, so points near the boundary flip.
    """
    return x + rng.uniform(-reach, reach, x.shape) * noise


def _regression(name: str, x: np.ndarray, law: np.ndarray, noise: float, rng: np.random.Generator,
                feature_names: list[str], target: str, description: str) -> Dataset:
    """A regression set with one target: the law's value at each input plus Gaussian noise (std ``noise``)."""
    y = law + rng.normal(0.0, noise, law.shape)
    return Dataset(name, x, y.reshape(-1, 1), "regression", feature_names=feature_names, target_names=[target],
                   description=description)


# -- classification ----------------------------------------------------------------------------


@register(
    "gaussians",
    QT_TRANSLATE_NOOP("Datasets", "Two Gaussian blobs"),
    (_size(500), _noise(0.0, QT_TRANSLATE_NOOP("Datasets",
                                               "spread of the blobs: variance 0.5 at 0, 4 at 0.5, 7.5 at 1"))),
    QT_TRANSLATE_NOOP("Datasets",
                      "two round clouds of points around (2, 2) and (−2, −2): a single straight line separates them"),
    test_fraction=0.5,
)
def gaussians(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    # The Playground maps its noise slider 0..0.5 linearly onto a variance of 0.5..4.
    std = math.sqrt(0.5 + 7.0 * p["noise"])
    n0, n1 = _per_class(p["n"], 2)
    x = np.concatenate([rng.normal(2.0, std, (n0, 2)), rng.normal(-2.0, std, (n1, 2))])
    labels = np.concatenate([np.ones(n0), np.zeros(n1)])
    return _binary("Gaussians", x, labels, rng, ["lower left", "upper right"],
                   "two Gaussian blobs; class 1 is the blob around (2, 2)")


@register(
    "circles",
    QT_TRANSLATE_NOOP("Datasets", "Circle in a ring"),
    (_size(500), _noise(0.0, QT_TRANSLATE_NOOP("Datasets", "mislabels points near the boundary: positions are jittered "
                                                           "by up to noise × 5 before labelling"))),
    QT_TRANSLATE_NOOP("Datasets", "a disc of points (class 1) inside a ring (class 0): no straight line separates "
                                  "them, x1² and x2² do"),
    test_fraction=0.5,
)
def circles(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    radius = 5.0
    n_in, n_out = _per_class(p["n"], 2)
    r = np.concatenate([rng.uniform(0.0, radius * 0.5, n_in), rng.uniform(radius * 0.7, radius, n_out)])
    angle = rng.uniform(0.0, 2 * math.pi, p["n"])
    x = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    labels = np.linalg.norm(_label_positions(x, radius, p["noise"], rng), axis=1) < radius * 0.5
    return _binary("Circles", x, labels, rng, ["outer", "inner"],
                   "class 1 within radius 2.5 of the centre, class 0 on a ring from 3.5 to 5")


@register(
    "moons",
    QT_TRANSLATE_NOOP("Datasets", "Two moons"),
    (_size(500), _noise(0.1, QT_TRANSLATE_NOOP("Datasets",
                                               "standard deviation of the jitter, as a share of a moon's radius"))),
    QT_TRANSLATE_NOOP("Datasets", "two interleaving half circles: a curved boundary separates them"),
    test_fraction=0.5,
)
def moons(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    # scikit-learn's make_moons (radius 1, x in [-1, 2]) stretched by 3 and centred: [-4.5, 4.5] × [-2.25, 2.25]
    # without noise, leaving room in the Playground's [-6, 6] for the jitter.
    n_upper, n_lower = _per_class(p["n"], 2)
    t_upper = np.linspace(0.0, math.pi, n_upper)
    t_lower = np.linspace(0.0, math.pi, n_lower)
    upper = np.column_stack([np.cos(t_upper), np.sin(t_upper)])
    lower = np.column_stack([1.0 - np.cos(t_lower), 0.5 - np.sin(t_lower)])
    x = np.concatenate([upper, lower])
    x = x + rng.normal(0.0, p["noise"], x.shape) if p["noise"] > 0 else x
    x = (x - [0.5, 0.25]) * 3.0
    labels = np.concatenate([np.zeros(n_upper), np.ones(n_lower)])
    return _binary("Moons", x, labels, rng, ["upper moon", "lower moon"],
                   "two interleaving half circles (scikit-learn's moons, scaled by 3)")


@register(
    "spiral",
    QT_TRANSLATE_NOOP("Datasets", "Spiral"),
    (
        _size(500),
        _noise(0.0, QT_TRANSLATE_NOOP("Datasets", "each point moves by up to ± noise in x1 and in x2")),
        Param("classes", 2, int, 2, 10, description=QT_TRANSLATE_NOOP("Datasets",
                                                                      "number of spiral arms, one class each")),
    ),
    QT_TRANSLATE_NOOP("Datasets", "interleaved spiral arms, the Playground's hardest set: it needs several hidden "
                                  "layers or sin features"),
    test_fraction=0.5,
)
def spiral(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    k = p["classes"]
    if p["n"] < k:
        raise ValueError(f"a spiral with {k} arms needs at least {k} samples, got n = {p['n']}")
    xs, labels = [], []
    for c, count in enumerate(_per_class(p["n"], k)):
        # The Playground's arm: radius grows to 5 over 1.75 turns; arm c is rotated by c/k of a turn.
        i = np.arange(count) / count
        r = i * 5.0
        t = 1.75 * i * 2 * math.pi + 2 * math.pi * c / k
        arm = np.column_stack([r * np.sin(t), r * np.cos(t)])
        xs.append(arm + rng.uniform(-1.0, 1.0, arm.shape) * p["noise"])
        labels.append(np.full(count, c))
    x, lab = np.concatenate(xs), np.concatenate(labels)
    names = [f"arm {c + 1}" for c in range(k)]
    if k == 2:
        return _binary("Spiral", x, lab, rng, names, "two interleaved spiral arms; class 1 is the second arm")
    x, lab = _shuffled(rng, x, lab)
    return Dataset("Spiral", x, one_hot(lab, k), "multiclass", feature_names=list(_XY), target_names=names,
                   description=f"{k} interleaved spiral arms, one class each")


@register(
    "xor_plane",
    QT_TRANSLATE_NOOP("Datasets", "XOR plane"),
    (_size(500), _noise(0.0, QT_TRANSLATE_NOOP("Datasets", "mislabels points near the axes: positions are jittered by "
                                                           "up to noise × 5 before labelling"))),
    QT_TRANSLATE_NOOP("Datasets",
                      "the four quadrants: class 1 where x1 and x2 have the same sign; x1·x2 separates them"),
    test_fraction=0.5,
)
def xor_plane(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    # The Playground keeps a 0.3 gap around the axes, so points lie in [-5.3, -0.3] ∪ [0.3, 5.3].
    x = rng.uniform(-5.0, 5.0, (p["n"], 2))
    x += np.where(x > 0, 0.3, -0.3)
    labels = np.prod(_label_positions(x, 5.0, p["noise"], rng), axis=1) >= 0
    return _binary("XOR plane", x, labels, rng, ["different signs", "same sign"],
                   "points in the plane, class 1 where x1·x2 > 0 (XOR of the signs)")


# -- regression --------------------------------------------------------------------------------


@register(
    "plane",
    QT_TRANSLATE_NOOP("Datasets", "Plane (regression)"),
    (_size(500), _noise(0.05, QT_TRANSLATE_NOOP("Datasets", "standard deviation of the noise added to the target"))),
    QT_TRANSLATE_NOOP("Datasets", "y = (x1 + x2) / 10: a single linear neuron fits it"),
    test_fraction=0.5,
)
def plane(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    # The Playground's regression plane: inputs in [-6, 6]², target (x1 + x2) / 10 in [-1.2, 1.2].
    x = rng.uniform(-6.0, 6.0, (p["n"], 2))
    return _regression("Plane", x, x.sum(axis=1) / 10.0, p["noise"], rng, list(_XY), "y",
                       "y = (x1 + x2) / 10 plus noise")


@register(
    "sine",
    QT_TRANSLATE_NOOP("Datasets", "Sine (regression)"),
    (_size(200), _noise(0.1, QT_TRANSLATE_NOOP("Datasets", "standard deviation of the noise added to the target"))),
    QT_TRANSLATE_NOOP("Datasets", "y = sin(x) for x in [-6, 6]: a curve that a straight line cannot follow"),
    test_fraction=0.25,
)
def sine(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    x = rng.uniform(-6.0, 6.0, (p["n"], 1))
    return _regression("Sine", x, np.sin(x), p["noise"], rng, ["x"], "y",
                       "y = sin(x) plus noise, x in [-6, 6] (almost two periods)")


def service_life_of(length: np.ndarray, width: np.ndarray) -> np.ndarray:
    """The made-up law behind the 'service_life' set, kept public so the walkthrough can quote it.

    ``exp(−1.2·(length − 0.1)² − 0.8·(width − 0.2)²)``: smooth, between 0.23
    and 1 on [0, 1]², and exactly 1 for the tutorial's part (length 0.1, width
    0.2), so the worked example's sample and target belong to this set. The
    story: a part lasts longest at that design and wears faster the more its
    length (bending) or, more gently, its width (warping) departs from it.
    """
    return np.exp(-1.2 * (length - 0.1) ** 2 - 0.8 * (width - 0.2) ** 2)


@register(
    "service_life",
    QT_TRANSLATE_NOOP("Datasets", "Service life (regression)"),
    (_size(200), _noise(0.0, QT_TRANSLATE_NOOP("Datasets",
                                               "standard deviation of the noise added to the service life"))),
    QT_TRANSLATE_NOOP("Datasets",
                      "the tutorial's example: a part's length and width (scaled to 0..1) predict its service life"),
    test_fraction=0.25,
)
def service_life(p: dict[str, Any], rng: np.random.Generator) -> Dataset:
    x = rng.uniform(0.0, 1.0, (p["n"], 2))
    life = service_life_of(x[:, 0], x[:, 1])
    return _regression("Service life", x, life, p["noise"], rng, ["length", "width"], "service life",
                       "service life = exp(−1.2·(length − 0.1)² − 0.8·(width − 0.2)²), 1 for the "
                       "worked example's part (length 0.1, width 0.2)")
