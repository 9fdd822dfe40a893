"""Optimizers with the update rules and defaults of Keras, on one flat parameter vector.

Each optimizer keeps its update (``_update``, run block by block) beside its teaching text: the
rule as a tutorial writes it (:meth:`Optimizer.rule`), its settings, and
:meth:`Optimizer.worked_update`, one parameter's update with the numbers put
in, read from the state the update itself left (:meth:`Optimizer.state`).

The compiled network keeps all weights, biases and slopes in a single
contiguous array, so an update is a handful of vectorised in-place NumPy
operations however many layers there are — that is what makes small
networks fast here. Hyper-parameters may be changed between steps
(:meth:`Optimizer.set`) without losing the optimizer's state, so changing the
learning rate mid-training never resets it.
"""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np

from ..model.catalog import OPTIMIZERS, Spec, resolve
from ..notation import MINUS, num, paren


class Optimizer:
    name = ""
    #: An update runs over blocks of this many bytes of each array: every pass of the rule then reads and
    #: writes memory that is still in the cache from the pass before, instead of streaming whole vectors
    #: (a wide network's millions of parameters) through memory a dozen times. Each element gets the same
    #: operations in the same order as over the whole vector, so the results are the same to the bit.
    BLOCK_BYTES = 256 * 1024
    #: In float32, every this many steps the decaying state (moments, velocities) has its subnormal values
    #: (below 1.2e-38) set to zero. A parameter whose gradient stays 0 (a pixel that is 0 in every image, a
    #: dead unit) sees its moment decay geometrically into the subnormal range, where every operation on it
    #: takes the processor a hundred times longer: on MNIST a few thousand such moments made Adam's step
    #: 2.5 times slower. What a subnormal moment adds to its parameter, α·m/(√v + ε), is below 1e-30, under
    #: the last bit of any float32 weight larger than 1e-23, so the parameters come out the same (TensorFlow,
    #: hence Keras, runs its CPU kernels with subnormals flushed to zero). Float64 state is never touched.
    FLUSH_EVERY = 8

    def __init__(self, **params: Any) -> None:
        spec = resolve("optimizer", {"name": self.name, **params})
        self.params: dict[str, Any] = dict(spec.params)
        self.iterations = 0
        self._size = -1
        self._scratch: np.ndarray | None = None
        self._key: tuple | None = None
        self._blocks: list[tuple] = []
        self._flush = False

    def __getstate__(self) -> dict[str, Any]:
        # the blocks are views of the vectors: a copy (pickle, deepcopy) makes them again at its first update
        return {**self.__dict__, "_key": None, "_blocks": []}

    @property
    def learning_rate(self) -> float:
        return float(self.params["learning_rate"])

    def set(self, **params: Any) -> None:
        """Change hyper-parameters; the accumulated state (moments, velocities) is kept."""
        spec = resolve("optimizer", {"name": self.name, **self.params, **params})
        self.params = dict(spec.params)

    def build(self, size: int, dtype) -> None:
        """Allocate the state for ``size`` parameters (done once, before the first step)."""
        self._size = size
        self._scratch = np.empty(size, dtype=dtype)
        self._key = None
        self._flush = np.dtype(dtype) == np.float32
        self._subnormal = np.empty(size, dtype=bool) if self._flush else None
        self._nonzero = np.empty(size, dtype=bool) if self._flush else None
        self._tiny = np.finfo(np.dtype(dtype)).tiny
        self._build(size, dtype)

    def _build(self, size: int, dtype) -> None:
        pass

    def apply(self, params: np.ndarray, grads: np.ndarray, backup: np.ndarray | None = None) -> None:
        """Update ``params`` in place from ``grads``; with ``backup``, the values before the update are
        copied into it on the way (one pass less than a copy of its own)."""
        if params.shape[0] != self._size:
            self.build(params.shape[0], params.dtype)
        self._begin_step()
        state = self._state_arrays()
        k = self._key
        if not (k is not None and k[0] is params and k[1] is grads and k[2] is backup and len(k) == len(state) + 3
                and all(map(operator.is_, k[3:], state))):
            self._key = (params, grads, backup, *state)
            self._blocks = self._split(params, grads, backup, state)
        update = self._update
        for block in self._blocks:
            update(*block)
        self.iterations += 1
        if self._flush and self.iterations % self.FLUSH_EVERY == 0:
            self._flush_subnormals()

    def _flush_subnormals(self) -> None:
        """Set the subnormal values of the decaying state to zero (of the same sign); see FLUSH_EVERY.

        A few passes find them (0 < |a| < tiny, into the scratch vector and masks kept for this) and only those
        are multiplied by 0: a multiply over the whole vector with ``where=`` took MNIST 220 µs, 27 µs a step
        (its zeros — the always-black pixels' moments, 18,000 of them — need nothing)."""
        scratch, small, nonzero = self._scratch, self._subnormal, self._nonzero
        for a in self._decaying_arrays():
            np.abs(a, out=scratch)
            np.less(scratch, self._tiny, out=small)
            np.greater(scratch, 0.0, out=nonzero)
            small &= nonzero
            found = np.flatnonzero(small)
            if found.size:
                a[found] *= 0.0

    def _split(self, params, grads, backup, state) -> list[tuple]:
        """(params, grads, scratch, backup, *state) per block, as views of the whole vectors."""
        n = params.shape[0]
        step = max(1, self.BLOCK_BYTES // max(params.dtype.itemsize, 1))
        blocks = []
        for start in range(0, n, step):
            end = min(start + step, n)
            blocks.append((params[start:end], grads[start:end], self._scratch[: end - start],
                           None if backup is None else backup[start:end], *(a[start:end] for a in state)))
        return blocks

    def _begin_step(self) -> None:
        """Work out what the whole step shares (a bias-corrected step size) before the blocks."""

    def _decaying_arrays(self) -> tuple[np.ndarray, ...]:
        """The state that shrinks geometrically while a gradient is 0 (what can become subnormal)."""
        return ()

    def _state_arrays(self) -> tuple[np.ndarray, ...]:
        """The per-parameter state :meth:`_update` takes, after params, grads, scratch and backup."""
        return ()

    def _update(self, params: np.ndarray, grads: np.ndarray, tmp: np.ndarray, backup: np.ndarray | None,
                *state: np.ndarray) -> None:
        """The rule on one block of the vectors (``tmp`` is scratch of the block's size)."""
        raise NotImplementedError

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name, **self.params}

    def state(self) -> dict[str, np.ndarray]:
        """The per-parameter state the rule uses (moments, accumulators), by the rule's symbol."""
        return {}

    # -- teaching text ----------------------------------------------------------------------------

    def rule(self) -> list[str]:
        """The update as a tutorial writes it, one line per formula."""
        raise NotImplementedError

    def rule_for(self, symbol: str) -> list[str]:
        """:meth:`rule` written for another parameter than a weight (``b`` for a bias)."""
        return [line.replace("w", symbol) for line in self.rule()]

    def settings_text(self, d: int) -> str:
        return f"η = {num(self.learning_rate, d)}"

    def worked_update(self, sym: str, w: float, g: float, new: float, before: dict[str, float],
                      after: dict[str, float], d: int) -> str:
        """One parameter's update with its numbers, ending in the value the update gave."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.params.items())})"


class SGD(Optimizer):
    """w ← w − η·g; with momentum m: v ← m·v − η·g, w ← w + v (Nesterov: w ← w + m·v − η·g)."""

    name = "sgd"

    def _build(self, size, dtype):
        self.velocity = np.zeros(size, dtype=dtype)
        self._rate = (None, None)

    def _begin_step(self):
        # η as a 0-d array of the parameters' dtype, made when η changes: NumPy multiplies a small vector by it
        # in half the time it takes with the Python float, which it converts at every call; a Python float
        # takes the vector's dtype, so the product is the same to the bit.
        lr = self.params["learning_rate"]
        if self._rate[0] != lr:
            self._rate = (lr, np.array(lr, dtype=self._scratch.dtype))

    def _state_arrays(self):
        return (self.velocity,)

    def _decaying_arrays(self):
        return (self.velocity,) if self.params["momentum"] else ()

    def _update(self, params, grads, tmp, backup, v):
        if backup is not None:
            backup[...] = params  # np.copyto's checks cost more than the copy of a small block
        p = self.params
        momentum = p["momentum"]
        np.multiply(grads, self._rate[1], out=tmp)
        if momentum == 0:
            np.subtract(params, tmp, out=params)
            return
        v *= momentum
        v -= tmp
        if p["nesterov"]:
            params -= tmp
            np.multiply(v, momentum, out=tmp)
            params += tmp
        else:
            params += v

    def state(self):
        return {"v": self.velocity} if self.params["momentum"] else {}

    def rule(self):
        if not self.params["momentum"]:
            return ["w ← w − η·dL/dw"]
        if self.params["nesterov"]:
            return ["v ← m·v − η·dL/dw", "w ← w + m·v − η·dL/dw"]
        return ["v ← m·v − η·dL/dw", "w ← w + v"]

    def settings_text(self, d):
        text = super().settings_text(d)
        return text + (f", m = {num(self.params['momentum'], d)}" if self.params["momentum"] else "")

    def worked_update(self, sym, w, g, new, before, after, d):
        lr = self.learning_rate
        if not self.params["momentum"]:
            return f"{sym} ← {num(w, d)} {MINUS} {num(lr, d)} × {paren(g, d)} = {num(new, d)}"
        m = self.params["momentum"]
        v = (f"v = {num(m, d)} × {paren(before['v'], d)} {MINUS} {num(lr, d)} × {paren(g, d)} "
             f"= {num(after['v'], d)}")
        if self.params["nesterov"]:
            step = f"{num(w, d)} + {num(m, d)} × {paren(after['v'], d)} {MINUS} {num(lr, d)} × {paren(g, d)}"
        else:
            step = f"{num(w, d)} + {paren(after['v'], d)}"
        return f"{sym}: {v};  {sym} ← {step} = {num(new, d)}"


class Adagrad(Optimizer):
    """G ← G + g²; w ← w − η·g / √(G + ε)."""

    name = "adagrad"

    def _build(self, size, dtype):
        self.accumulator = np.full(size, self.params["initial_accumulator_value"], dtype=dtype)

    def _state_arrays(self):
        return (self.accumulator,)

    def _update(self, params, grads, tmp, backup, acc):
        if backup is not None:
            backup[...] = params  # np.copyto's checks cost more than the copy of a small block
        np.square(grads, out=tmp)
        acc += tmp
        np.add(acc, self.params["epsilon"], out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grads, tmp, out=tmp)
        tmp *= self.params["learning_rate"]
        params -= tmp

    def state(self):
        return {"G": self.accumulator}

    def rule(self):
        return ["G ← G + (dL/dw)²", "w ← w − η·(dL/dw) / √(G + ε)"]

    def settings_text(self, d):
        return f"{super().settings_text(d)}, ε = {num(self.params['epsilon'], d)}"

    def worked_update(self, sym, w, g, new, before, after, d):
        return (f"{sym}: G = {num(before['G'], d)} + {paren(g, d)}² = {num(after['G'], d)};  "
                f"{sym} ← {num(w, d)} {MINUS} {num(self.learning_rate, d)} × {paren(g, d)} / "
                f"√({num(after['G'], d)} + ε) = {num(new, d)}")


class RMSprop(Optimizer):
    """v ← ρ·v + (1 − ρ)·g²; w ← w − η·g / √(v + ε) (optionally centred, with momentum)."""

    name = "rmsprop"

    def _build(self, size, dtype):
        self.velocity = np.zeros(size, dtype=dtype)
        self.momentum = np.zeros(size, dtype=dtype)
        self.average_gradient = np.zeros(size, dtype=dtype)

    def _state_arrays(self):
        return (self.velocity, self.momentum, self.average_gradient)

    def _decaying_arrays(self):
        p = self.params
        return ((self.velocity,) + ((self.momentum,) if p["momentum"] > 0 else ())
                + ((self.average_gradient,) if p["centered"] else ()))

    def _update(self, params, grads, tmp, backup, v, mom, mg):
        if backup is not None:
            backup[...] = params  # np.copyto's checks cost more than the copy of a small block
        p = self.params
        rho = p["rho"]
        np.square(grads, out=tmp)
        tmp *= 1.0 - rho
        v *= rho
        v += tmp
        if p["centered"]:
            mg *= rho
            np.multiply(grads, 1.0 - rho, out=tmp)
            mg += tmp
            np.square(mg, out=tmp)
            np.subtract(v, tmp, out=tmp)
            tmp += p["epsilon"]
        else:
            np.add(v, p["epsilon"], out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grads, tmp, out=tmp)
        tmp *= p["learning_rate"]
        if p["momentum"] > 0:
            mom *= p["momentum"]
            mom += tmp
            params -= mom
        else:
            params -= tmp

    def state(self):
        out = {"v": self.velocity}
        if self.params["centered"]:
            out["ḡ"] = self.average_gradient
        if self.params["momentum"] > 0:
            out["μ"] = self.momentum
        return out

    def rule(self):
        lines = ["v ← ρ·v + (1 − ρ)·(dL/dw)²"]
        if self.params["centered"]:
            lines += ["ḡ ← ρ·ḡ + (1 − ρ)·dL/dw", "s = √(v − ḡ² + ε)"]
        else:
            lines.append("s = √(v + ε)")
        if self.params["momentum"] > 0:
            lines += ["μ ← m·μ + η·(dL/dw) / s", "w ← w − μ"]
        else:
            lines.append("w ← w − η·(dL/dw) / s")
        return lines

    def settings_text(self, d):
        p = self.params
        text = f"{super().settings_text(d)}, ρ = {num(p['rho'], d)}, ε = {num(p['epsilon'], d)}"
        return text + (f", m = {num(p['momentum'], d)}" if p["momentum"] > 0 else "")

    def worked_update(self, sym, w, g, new, before, after, d):
        rho = self.params["rho"]
        v = (f"v = {num(rho, d)} × {num(before['v'], d)} + {num(1.0 - rho, d)} × {paren(g, d)}² "
             f"= {num(after['v'], d)}")
        p = self.params
        if p["centered"] or p["momentum"] > 0:
            return f"{sym}: {v};  {sym} ← {num(new, d)}"
        return (f"{sym}: {v};  {sym} ← {num(w, d)} {MINUS} {num(p['learning_rate'], d)} × {paren(g, d)} / "
                f"√({num(after['v'], d)} + ε) = {num(new, d)}")


class Adam(Optimizer):
    """m ← m + (g − m)(1 − β₁); v ← v + (g² − v)(1 − β₂); w ← w − α_t·m / (√v + ε),
    with α_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ) (Keras's form of the bias correction)."""

    name = "adam"

    def _build(self, size, dtype):
        self.m = np.zeros(size, dtype=dtype)
        self.v = np.zeros(size, dtype=dtype)
        self.v_hat = np.zeros(size, dtype=dtype) if self.params["amsgrad"] else None

    def _begin_step(self):
        p = self.params
        self._step = (1.0 - p["beta_1"], 1.0 - p["beta_2"], p["epsilon"], self.step_size(self.iterations + 1))
        self._fresh_v_hat = False
        if p["amsgrad"] and self.v_hat is None:  # switched on after training began: v̂ starts at this v
            self.v_hat = np.empty_like(self.v)
            self._fresh_v_hat = True

    def _state_arrays(self):
        return (self.m, self.v, self.v_hat) if self.params["amsgrad"] else (self.m, self.v)

    def _decaying_arrays(self):
        return (self.m, self.v)

    def _update(self, params, grads, tmp, backup, m, v, v_hat=None):
        if backup is not None:
            backup[...] = params  # np.copyto's checks cost more than the copy of a small block
        c1, c2, eps, alpha = self._step
        np.subtract(grads, m, out=tmp)
        tmp *= c1
        m += tmp
        np.square(grads, out=tmp)
        tmp -= v
        tmp *= c2
        v += tmp
        if v_hat is not None:
            if self._fresh_v_hat:
                np.copyto(v_hat, v)
            np.maximum(v_hat, v, out=v_hat)
            v = v_hat
        np.sqrt(v, out=tmp)
        tmp += eps
        np.divide(m, tmp, out=tmp)
        tmp *= alpha
        params -= tmp

    def step_size(self, t: int) -> float:
        """α_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ), the bias-corrected step of update number ``t`` (from 1)."""
        b1, b2 = self.params["beta_1"], self.params["beta_2"]
        return self.params["learning_rate"] * math.sqrt(1.0 - b2**t) / (1.0 - b1**t)

    def state(self):
        out = {"m": self.m, "v": self.v}
        if self.params["amsgrad"] and self.v_hat is not None:
            out["v̂"] = self.v_hat
        return out

    def rule(self):
        v = "v̂ = max(v̂, v)" if self.params["amsgrad"] else None
        lines = ["m ← β₁·m + (1 − β₁)·dL/dw", "v ← β₂·v + (1 − β₂)·(dL/dw)²"]
        if v:
            lines.append(v)
        lines.append("w ← w − α_t·m / (√v + ε),  α_t = η·√(1 − β₂ᵗ) / (1 − β₁ᵗ)")
        return lines

    def settings_text(self, d):
        p = self.params
        return (f"{super().settings_text(d)}, β₁ = {num(p['beta_1'], d)}, β₂ = {num(p['beta_2'], d)}, "
                f"ε = {num(p['epsilon'], d)}, t = {self.iterations}, α_t = {num(self.step_size(max(self.iterations, 1)), d)}")

    def worked_update(self, sym, w, g, new, before, after, d):
        b1, b2 = self.params["beta_1"], self.params["beta_2"]
        alpha = self.step_size(max(self.iterations, 1))
        m = f"m = {num(b1, d)} × {paren(before['m'], d)} + {num(1.0 - b1, d)} × {paren(g, d)} = {num(after['m'], d)}"
        v = f"v = {num(b2, d)} × {num(before['v'], d)} + {num(1.0 - b2, d)} × {paren(g, d)}² = {num(after['v'], d)}"
        return (f"{sym}: {m};  {v};  {sym} ← {num(w, d)} {MINUS} {num(alpha, d)} × {paren(after['m'], d)} / "
                f"(√{num(after['v'], d)} + ε) = {num(new, d)}")


OPTIMIZER_CLASSES: dict[str, type[Optimizer]] = {cls.name: cls for cls in (SGD, Adagrad, RMSprop, Adam)}
assert set(OPTIMIZER_CLASSES) == set(OPTIMIZERS)


def get(identifier) -> Optimizer:
    """An optimizer from ``'adam'``, ``{'name': 'sgd', 'learning_rate': 0.5}`` or a :class:`Spec`."""
    if isinstance(identifier, Optimizer):
        return identifier
    spec: Spec = resolve("optimizer", identifier)
    return OPTIMIZER_CLASSES[spec.name](**spec.params)
