"""The network document: an acyclic graph of layers joined by weight matrices.

This is the one source of truth the canvas, the inspector, the engine, the
file format and the command line all read. Every change goes through a
method here, which validates it, applies it and emits one precise event
(see :mod:`netbuilder.model.events`), so the Qt layer only observes.

A layer's net input is the sum over its inbound connections,
``z = Σ a_src @ (W ⊙ mask) + b`` (a convolution ``z = Σ a_src ⊛ K + b``),
then ``a = f(z)``. Shapes follow the graph (:mod:`netbuilder.model.shapes`):
after every change that can move them, the sizes of pooling and Flatten
layers and the shapes of the weights downstream are brought in step, keeping
what still fits and drawing the rest from the initializers, as Keras does
when a model is rebuilt.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
from typing import Any, Iterable, Iterator

import numpy as np

from .connection import Connection, check_mask, check_matrix
from .events import NetworkEvents
from .history import TrainingHistory
from .initializers import initial_values
from . import shapes as _shapes
from .layer import Layer, check_vector
from .parameters import Parameters
from .training_config import TrainingConfig

DTYPES = ("float64", "float32")
#: What a new hidden layer is called, by kind ("Conv", "Conv 2" ...).
_DEFAULT_NAMES = {"conv2d": "Conv", "max_pooling2d": "Pool", "average_pooling2d": "Pool", "flatten": "Flatten"}
#: Layer attributes whose change can move the shapes downstream.
_SHAPE_FIELDS = frozenset({"kind", "units", "kernel_size", "strides", "padding", "image_shape", "role"})


class CycleError(ValueError):
    """The graph has a cycle; ``cycle`` lists the layer ids around it."""

    def __init__(self, message: str, cycle: list[str]):
        super().__init__(message)
        self.cycle = cycle


class Network:
    """A neural network as a document.

    >>> net = Network(name="tiny")
    >>> x = net.add_layer(Layer(2, role="input", name="x"))
    >>> y = net.add_layer(Layer(1, "sigmoid", role="output", name="y"))
    >>> c = net.connect(x.id, y.id)
    >>> c.weights.shape
    (2, 1)
    """

    def __init__(
        self,
        name: str = "Untitled",
        *,
        description: str = "",
        training: TrainingConfig | dict | None = None,
        dtype: str = "float64",
        seed: int | None = None,
    ) -> None:
        self.events = NetworkEvents()
        self.name = name
        self.description = description
        self.layers: dict[str, Layer] = {}
        self.connections: dict[str, Connection] = {}
        if isinstance(training, dict):
            training = TrainingConfig.from_config(training)
        self.training: TrainingConfig = training or TrainingConfig()
        self.dtype = _check_dtype(dtype)
        #: Which data the network was made for (see :mod:`netbuilder.data`); plain JSON-able dict or None.
        self.dataset: dict[str, Any] | None = None
        self.history = TrainingHistory()
        #: Free-form view state saved with the file (zoom, presentation choices); JSON-able values only.
        self.view: dict[str, Any] = {}
        self._rng = np.random.default_rng(seed if seed is not None else self.training.seed)
        self._next_id: dict[str, int] = {}
        #: True while several connections change together (removing a layer, loading): shapes are synced once.
        self._syncing = False

    # -- queries ---------------------------------------------------------------------------

    def layer(self, key: str) -> Layer:
        """A layer by id or, failing that, by name."""
        if key in self.layers:
            return self.layers[key]
        for layer in self.layers.values():
            if layer.name == key:
                return layer
        raise KeyError(f"there is no layer '{key}'")

    def connection(self, key: str) -> Connection:
        if key in self.connections:
            return self.connections[key]
        raise KeyError(f"there is no connection '{key}'")

    def connection_between(self, source: str, target: str) -> Connection | None:
        for c in self.connections.values():
            if c.source == source and c.target == target:
                return c
        return None

    def inbound(self, layer_id: str) -> list[Connection]:
        return [c for c in self.connections.values() if c.target == layer_id]

    def outbound(self, layer_id: str) -> list[Connection]:
        return [c for c in self.connections.values() if c.source == layer_id]

    def layers_with_role(self, role: str) -> list[Layer]:
        return [layer for layer in self.layers.values() if layer.role == role]

    @property
    def input_layer(self) -> Layer | None:
        found = self.layers_with_role("input")
        return found[0] if len(found) == 1 else None

    @property
    def output_layer(self) -> Layer | None:
        found = self.layers_with_role("output")
        return found[0] if len(found) == 1 else None

    def parameter_count(self) -> int:
        return sum(c.parameter_count for c in self.connections.values()) + sum(
            layer.parameter_count for layer in self.layers.values()
        )

    def find_cycle(self) -> list[str] | None:
        """One cycle as a list of layer ids (first id not repeated), or None."""
        colour = {lid: 0 for lid in self.layers}  # 0 new, 1 on stack, 2 done
        succ = {lid: [c.target for c in self.outbound(lid)] for lid in self.layers}
        for root in self.layers:
            if colour[root]:
                continue
            stack: list[tuple[str, Iterator[str]]] = [(root, iter(succ[root]))]
            path = [root]
            colour[root] = 1
            while stack:
                node, it = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    stack.pop()
                    path.pop()
                    colour[node] = 2
                elif colour[nxt] == 1:
                    return path[path.index(nxt):]
                elif colour[nxt] == 0:
                    colour[nxt] = 1
                    stack.append((nxt, iter(succ[nxt])))
                    path.append(nxt)
        return None

    def topological_order(self) -> list[str]:
        """Layer ids so that every connection goes forward; raises :class:`CycleError`."""
        indegree = {lid: 0 for lid in self.layers}
        for c in self.connections.values():
            indegree[c.target] += 1
        ready = [lid for lid in self.layers if indegree[lid] == 0]
        order: list[str] = []
        while ready:
            lid = ready.pop(0)
            order.append(lid)
            for c in self.outbound(lid):
                indegree[c.target] -= 1
                if indegree[c.target] == 0:
                    ready.append(c.target)
        if len(order) != len(self.layers):
            cycle = self.find_cycle() or []
            names = " → ".join(self.layers[i].name for i in cycle + cycle[:1])
            raise CycleError(f"the connections form a cycle: {names}", cycle)
        return order

    def depths(self) -> dict[str, int]:
        """Longest distance from a source layer, used for left-to-right layout (cycles tolerated)."""
        depth = {lid: 0 for lid in self.layers}
        for _ in range(len(self.layers)):
            changed = False
            for c in self.connections.values():
                if c.source != c.target and depth[c.target] < depth[c.source] + 1 <= len(self.layers):
                    depth[c.target] = depth[c.source] + 1
                    changed = True
            if not changed:
                break
        return depth

    # -- layers ----------------------------------------------------------------------------

    def _new_id(self, prefix: str, taken: Iterable[str]) -> str:
        """The next unused id of the form L7 / C12; ids are never reused within a session."""
        taken = set(taken)
        n = self._next_id.get(prefix, 1)
        while f"{prefix}{n}" in taken:
            n += 1
        self._next_id[prefix] = n + 1
        return f"{prefix}{n}"

    def new_layer_id(self) -> str:
        """An id no layer has, for callers that must know it before adding (a paste)."""
        return self._new_id("L", self.layers)

    def new_connection_id(self) -> str:
        return self._new_id("C", self.connections)

    def unique_name(self, base: str, ignore: str | None = None) -> str:
        taken = {layer.name for lid, layer in self.layers.items() if lid != ignore}
        if base not in taken:
            return base
        for k in itertools.count(2):
            if f"{base} {k}" not in taken:
                return f"{base} {k}"
        raise AssertionError  # pragma: no cover

    def add_layer(self, layer: Layer | None = None, **kwargs: Any) -> Layer:
        """Add a layer (or build one from ``kwargs``); fills in a unique id and name."""
        if layer is None:
            layer = Layer(**kwargs)
        elif kwargs:
            raise TypeError("pass either a Layer or its arguments, not both")
        if layer._network is not None:
            raise ValueError(f"layer '{layer.name}' already belongs to a network")
        lid = layer.id or self._new_id("L", self.layers)
        if lid in self.layers:
            raise ValueError(f"a layer with id '{lid}' already exists")
        default = {"input": "Input", "output": "Output"}.get(layer.role) or _DEFAULT_NAMES.get(layer.kind, "Hidden")
        object.__setattr__(layer, "id", lid)
        object.__setattr__(layer, "name", self.unique_name(layer.name or default))
        layer._network = self
        self.layers[lid] = layer
        self.events.layer_added.emit(layer)
        return layer

    def remove_layer(self, layer_id: str) -> tuple[Layer, list[Connection]]:
        """Remove a layer and its connections; returns both so an undo can put them back."""
        layer = self.layer(layer_id)
        with self.batch():
            removed = [self.disconnect(c.id) for c in self.inbound(layer.id) + self.outbound(layer.id)]
            del self.layers[layer.id]
            layer._network = None
            self.events.layer_removed.emit(layer)
        return layer, removed

    @contextlib.contextmanager
    def batch(self):
        """Several structural changes as one: shapes are brought in step once, at the end."""
        outer = self._syncing
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = outer
            if not outer:
                self.sync_shapes()

    def update_layer(self, layer_id: str, **changes: Any) -> dict[str, Any]:
        """Change a layer's attributes; returns the old values of those that changed.

        A new size keeps the existing weights and biases of the neurons that
        remain and gives new neurons fresh weights from the layer's
        initializer.
        """
        layer = self.layer(layer_id)
        if "name" in changes and isinstance(changes["name"], str):
            other = [lay for lay in self.layers.values() if lay.name == changes["name"].strip() and lay is not layer]
            if other:
                raise ValueError(f"another layer is already called '{changes['name'].strip()}'")
        if "role" in changes and changes["role"] == "input" and self.inbound(layer.id):
            raise ValueError("an input layer cannot have incoming connections: remove them first")
        old_units = layer.units
        # Validate the layer's own change before touching any connection.
        trial = copy.copy(layer)
        object.__setattr__(trial, "_network", None)
        trial._apply(dict(changes))
        new_units = trial.units
        resized: list[tuple[Connection, np.ndarray, np.ndarray | None]] = []
        if new_units != old_units and trial.kind == "dense" and layer.kind == "dense":
            for c in self.inbound(layer.id):
                resized.append((c, *self._resize_matrix(c, c.shape[0], new_units, trial)))
            for c in self.outbound(layer.id):
                target = self.layers[c.target]
                resized.append((c, *self._resize_matrix(c, new_units, c.shape[1], target)))
        old = layer._apply(dict(changes))
        for c, weights, mask in resized:
            c.weights, c.mask = weights, mask
        if old:
            self.events.layer_changed.emit(layer, frozenset(old))
            for c, _, _ in resized:
                self.events.connection_changed.emit(c, frozenset({"weights", "mask"}))
            if set(old) & _SHAPE_FIELDS:
                self.sync_shapes()
        return old

    def downstream(self, layer_id: str) -> list[str]:
        """The layer and every layer its outputs reach, in no particular order (cycles tolerated)."""
        seen, todo = {layer_id}, [layer_id]
        while todo:
            for c in self.outbound(todo.pop()):
                if c.target not in seen:
                    seen.add(c.target)
                    todo.append(c.target)
        return [lid for lid in self.layers if lid in seen]

    def layer_state(self, layer_id: str) -> dict[str, Any]:
        """A copy of a layer, of every connection touching it and of what its shape reaches downstream:
        what an undo of a change of size or kind needs to put back exactly."""
        layer = self.layer(layer_id)
        ids = [layer.id] + [lid for lid in self.downstream(layer.id) if lid != layer.id
                            and (self.layers[lid].kind != "dense" or self._has_windowed_upstream(lid))]
        touching = {c.id: c for lid in ids for c in self.inbound(lid) + self.outbound(lid)}
        return {"layer": layer.get_config(), "layers": [self.layers[lid].get_config() for lid in ids[1:]],
                "connections": [c.get_config() for c in touching.values()]}

    def _has_windowed_upstream(self, layer_id: str) -> bool:
        return any(self.layers[c.source].kind != "dense" for c in self.inbound(layer_id))

    def restore_layer_state(self, state: dict[str, Any]) -> None:
        """Put layers and connections back exactly as :meth:`layer_state` saw them."""
        changed = []
        for config in [state["layer"], *state.get("layers", [])]:
            config = dict(config)
            layer = self.layers.get(config.pop("id"))
            if layer is None:
                continue
            changes = {k: config[k] for k in Layer.FIELDS if k in config}
            if changes.get("alpha") is None:
                changes.pop("alpha", None)
            old = layer._apply(changes)
            changed.append((layer, frozenset(old) | {"bias"}))
        restored = []
        for cc in state["connections"]:
            conn = self.connections.get(cc["id"])
            if conn is None:
                continue
            conn.weights = np.array(cc["weights"], dtype=np.float64)
            conn.mask = None if cc["mask"] is None else np.array(cc["mask"], dtype=bool)
            restored.append(conn)
        for layer, what in changed:
            self.events.layer_changed.emit(layer, what)
        for conn in restored:
            self.events.connection_changed.emit(conn, frozenset({"weights", "mask"}))

    # -- shapes ----------------------------------------------------------------------------

    def shapes(self) -> dict[str, tuple[int, ...] | None]:
        """Each layer's output shape (without the batch): (units,) or height × width × channels; None where
        it cannot be known yet. See :mod:`netbuilder.model.shapes`."""
        return _shapes.shapes(self)

    def sync_shapes(self) -> list[str]:
        """Bring pooling and Flatten sizes and the weights' shapes in step with the graph; returns the ids of
        the layers and connections that changed. Weights that still fit are kept, new ones drawn from the
        target's initializer."""
        changed: list[str] = []
        for _ in range(len(self.layers) + 1):  # a size change can move shapes further down
            shapes = self.shapes()
            moved = False
            for lid, layer in self.layers.items():
                units = _shapes.derived_units(layer, shapes.get(lid))
                if units is not None and units != layer.units:
                    object.__setattr__(layer, "units", units)
                    object.__setattr__(layer, "bias", np.zeros(units))
                    self.events.layer_changed.emit(layer, frozenset({"units", "bias"}))
                    changed.append(lid)
                    moved = True
            for c in self.connections.values():
                want = _shapes.connection_weight_shape(self, c, shapes)
                if want is not None and tuple(want) != c.shape:
                    c.weights, c.mask = self._refit(c, want)
                    self.events.connection_changed.emit(c, frozenset({"weights", "mask"}))
                    changed.append(c.id)
                    moved = True
            if not moved:
                break
        return changed

    def _refit(self, c: Connection, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray | None]:
        """Weights of a new ``shape`` for ``c``: the overlap with the old ones kept, the rest drawn fresh."""
        target = self.layers[c.target]
        if len(shape) == 2 and c.weights.ndim == 2:
            return self._resize_matrix(c, shape[0], shape[1], target)
        fresh = initial_values(target.kernel_initializer, shape, self._rng, dtype=np.float64)
        if fresh.ndim == c.weights.ndim and fresh.size and c.weights.size:
            overlap = tuple(slice(0, min(a, b)) for a, b in zip(fresh.shape, c.weights.shape))
            fresh[overlap] = c.weights[overlap]
        return fresh, None

    def set_positions(self, positions: dict[str, tuple[float, float] | None]) -> dict[str, tuple[float, float] | None]:
        """Move several layers at once (a drag of a selection, an automatic layout); returns the old positions."""
        old = {}
        for lid, pos in positions.items():
            layer = self.layer(lid)
            old[lid] = layer.position
            changed = layer._apply({"position": pos})
            if changed:
                self.events.layer_changed.emit(layer, frozenset({"position"}))
        return old

    def _resize_matrix(self, c: Connection, rows: int, cols: int, target: Layer):
        fresh = initial_values(
            target.kernel_initializer, (rows, cols), self._rng, dtype=np.float64
        )
        r, k = min(rows, c.shape[0]), min(cols, c.shape[1])
        fresh[:r, :k] = c.weights[:r, :k]
        mask = None
        if c.mask is not None:
            mask = np.ones((rows, cols), dtype=bool)
            mask[:r, :k] = c.mask[:r, :k]
            mask = check_mask(mask, (rows, cols))
        return fresh, mask

    # -- connections -----------------------------------------------------------------------

    def connect(
        self,
        source: str,
        target: str,
        weights: Any = None,
        mask: Any = None,
        *,
        id: str | None = None,
    ) -> Connection:
        """Connect every neuron of ``source`` to every neuron of ``target``.

        Without ``weights`` they are drawn from the target layer's
        ``kernel_initializer``. Cycles are allowed here (the document may be
        mid-edit) and reported by validation.
        """
        src, dst = self.layer(source), self.layer(target)
        if src.id == dst.id:
            raise ValueError(f"a layer cannot be connected to itself ('{src.name}')")
        if self.connection_between(src.id, dst.id) is not None:
            raise ValueError(f"'{src.name}' is already connected to '{dst.name}'")
        shape = _shapes.weight_shape(dst, self.shapes().get(src.id))
        if shape is None:  # the source's shape is not known yet (nothing flows into it): size it as it stands
            shape = _shapes.weight_shape(dst, (src.units,)) if dst.kind != "conv2d" else \
                (*dst.kernel_size, src.units, dst.units)
        if weights is None:
            weights = initial_values(dst.kernel_initializer, shape, self._rng)
        weights = check_matrix(weights, shape)
        cid = id or self._new_id("C", self.connections)
        if cid in self.connections:
            raise ValueError(f"a connection with id '{cid}' already exists")
        conn = Connection(src.id, dst.id, weights, check_mask(mask, shape) if len(shape) == 2 else None, id=cid)
        self.connections[cid] = conn
        self.events.connection_added.emit(conn)
        if not self._syncing:
            self.sync_shapes()
        return conn

    def add_connection(self, conn: Connection) -> Connection:
        """Put back a connection object (used by undo and by the file loader)."""
        return self.connect(conn.source, conn.target, conn.weights, conn.mask, id=conn.id)

    def disconnect(self, connection_id: str) -> Connection:
        conn = self.connection(connection_id)
        del self.connections[conn.id]
        self.events.connection_removed.emit(conn)
        if not self._syncing:
            self.sync_shapes()
        return conn

    def set_weights(self, connection_id: str, weights: Any) -> np.ndarray:
        """Replace a whole weight matrix; returns the old one."""
        conn = self.connection(connection_id)
        new = check_matrix(weights, conn.shape)
        old, conn.weights = conn.weights, new
        self.events.connection_changed.emit(conn, frozenset({"weights"}))
        return old

    def set_weight(self, connection_id: str, i: int, j: int, value: float) -> float:
        """Set the weight from neuron ``i`` of the source to neuron ``j`` of the target."""
        conn = self.connection(connection_id)
        _check_index(i, conn.shape[0], "source neuron")
        _check_index(j, conn.shape[1], "target neuron")
        value = _finite(value, "a weight")
        old = float(conn.weights[i, j])
        conn.weights[i, j] = value
        self.events.connection_changed.emit(conn, frozenset({"weights"}))
        return old

    def set_mask(self, connection_id: str, mask: Any) -> np.ndarray | None:
        conn = self.connection(connection_id)
        new = check_mask(mask, conn.shape)
        old, conn.mask = conn.mask, new
        self.events.connection_changed.emit(conn, frozenset({"mask"}))
        return old

    def set_edge_enabled(self, connection_id: str, i: int, j: int, enabled: bool) -> bool:
        """Remove (``False``) or restore (``True``) the single edge i → j; returns the old state."""
        conn = self.connection(connection_id)
        _check_index(i, conn.shape[0], "source neuron")
        _check_index(j, conn.shape[1], "target neuron")
        mask = np.ones(conn.shape, dtype=bool) if conn.mask is None else conn.mask.copy()
        old = bool(mask[i, j])
        mask[i, j] = bool(enabled)
        self.set_mask(conn.id, mask)
        return old

    def set_bias(self, layer_id: str, i: int, value: float) -> float:
        layer = self.layer(layer_id)
        _check_index(i, layer.units, "neuron")
        bias = layer.bias.copy()
        old = float(bias[i])
        bias[i] = _finite(value, "a bias")
        layer.update(bias=bias)
        return old

    # -- parameters in bulk ----------------------------------------------------------------

    def get_parameters(self) -> Parameters:
        return Parameters(
            {cid: c.weights.copy() for cid, c in self.connections.items() if c.has_weights},
            {lid: layer.bias.copy() for lid, layer in self.layers.items()
             if layer.role != "input" and layer.kind not in _shapes.SHAPE_ONLY},
            {lid: layer.alpha.copy() for lid, layer in self.layers.items() if layer.alpha is not None},
        )

    def set_parameters(self, params: Parameters) -> Parameters:
        """Apply many values at once (after training, on undo); returns the previous values.

        Everything is checked before anything changes, and observers hear one
        ``parameters_changed`` event.
        """
        checked_w = {cid: check_matrix(w, self.connection(cid).shape) for cid, w in params.weights.items()}
        checked_b = {lid: check_vector(b, self.layer(lid).units, "the bias") for lid, b in params.biases.items()}
        checked_a = {}
        for lid, a in params.alphas.items():
            if self.layer(lid).alpha is None:
                raise ValueError(f"layer '{self.layer(lid).name}' has no PReLU slopes")
            checked_a[lid] = check_vector(a, self.layer(lid).units, "the PReLU slopes α")
        old = Parameters(
            {cid: self.connections[cid].weights for cid in checked_w},
            {lid: self.layers[lid].bias for lid in checked_b},
            {lid: self.layers[lid].alpha for lid in checked_a},
        )
        for cid, w in checked_w.items():
            self.connections[cid].weights = w
        for lid, b in checked_b.items():
            object.__setattr__(self.layers[lid], "bias", b)
        for lid, a in checked_a.items():
            object.__setattr__(self.layers[lid], "alpha", a)
        self.events.parameters_changed.emit()
        return old

    def reinitialize(self, seed: int | None = None) -> Parameters:
        """Draw fresh weights (each connection from its target's initializer) and biases.

        Connections are visited in document order, so the same seed always
        gives the same network. Returns the previous values.
        """
        rng = np.random.default_rng(seed)
        params = Parameters()
        for cid, c in self.connections.items():
            if c.has_weights:
                params.weights[cid] = initial_values(self.layers[c.target].kernel_initializer, c.shape, rng)
        for lid, layer in self.layers.items():
            if layer.role == "input" or layer.kind in _shapes.SHAPE_ONLY:
                continue
            params.biases[lid] = initial_values(
                layer.bias_initializer, (layer.units,), rng, fan_in=layer.units, fan_out=layer.units
            )
            if layer.alpha is not None:
                params.alphas[lid] = np.full(layer.units, layer.activation.params["alpha"])
        return self.set_parameters(params)

    # -- document-level settings ------------------------------------------------------------

    def set_training(self, **changes: Any) -> TrainingConfig:
        """Change training settings (``learning_rate`` goes into the optimizer); returns the old config."""
        old = self.training
        self.training = old.replace(**changes)
        self.events.settings_changed.emit(frozenset({"training"}))
        return old

    def set_settings(self, **changes: Any) -> dict[str, Any]:
        """Change name, description, dtype, dataset or view; returns the old values."""
        allowed = {"name", "description", "dtype", "dataset", "view", "training"}
        unknown = set(changes) - allowed
        if unknown:
            raise AttributeError(f"a network has no setting {', '.join(sorted(unknown))}")
        if "dtype" in changes:
            changes["dtype"] = _check_dtype(changes["dtype"])
        if "name" in changes and not isinstance(changes["name"], str):
            raise ValueError("a network's name is text")
        if "training" in changes and isinstance(changes["training"], dict):
            changes["training"] = TrainingConfig.from_config(changes["training"])
        old = {k: getattr(self, k) for k in changes}
        for k, v in changes.items():
            setattr(self, k, v)
        self.events.settings_changed.emit(frozenset(changes))
        return old

    def set_history(self, history: TrainingHistory) -> TrainingHistory:
        old, self.history = self.history, history
        self.events.history_changed.emit()
        return old

    # -- whole documents -------------------------------------------------------------------

    def get_config(self) -> dict[str, Any]:
        """The whole document as plain Python values and NumPy arrays (copies)."""
        return {
            "name": self.name,
            "description": self.description,
            "dtype": self.dtype,
            "layers": [layer.get_config() for layer in self.layers.values()],
            "connections": [c.get_config() for c in self.connections.values()],
            "training": self.training.get_config(),
            "dataset": copy.deepcopy(self.dataset),
            "history": self.history.get_config(),
            "view": copy.deepcopy(self.view),
        }

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Network":
        net = cls(
            name=config.get("name", "Untitled"),
            description=config.get("description", ""),
            training=config.get("training"),
            dtype=config.get("dtype", "float64"),
        )
        with net.events.blocked(), net.batch():
            for lc in config.get("layers", []):
                net.add_layer(Layer.from_config(lc))
            for cc in config.get("connections", []):
                net.connect(cc["source"], cc["target"], cc["weights"], cc.get("mask"), id=cc.get("id"))
            net.dataset = copy.deepcopy(config.get("dataset"))
            net.history = TrainingHistory.from_config(config.get("history", []))
            net.view = copy.deepcopy(config.get("view", {}))
        return net

    def copy(self) -> "Network":
        """An independent copy without observers (e.g. for the training worker)."""
        return Network.from_config(self.get_config())

    def replace_with(self, other: "Network") -> None:
        """Take over another document's content in place (keeps observers), then emit ``reset``."""
        with self.events.blocked():
            for name in ("name", "description", "layers", "connections", "training", "dtype", "dataset", "history", "view"):
                setattr(self, name, getattr(other, name))
            for layer in self.layers.values():
                layer._network = self
            self._next_id = {}
        self.events.reset.emit()

    def summary(self) -> str:
        """A table of layers, output shapes and parameter counts, as Keras's ``summary()`` prints it."""
        shapes = self.shapes()
        rows = [("Layer", "Kind", "Output shape", "Activation", "Params")]
        for lid in _order_or_insertion(self):
            layer = self.layers[lid]
            params = layer.parameter_count + sum(c.parameter_count for c in self.inbound(lid))
            kind = "Input" if layer.role == "input" else _shapes.KIND_NAMES[layer.kind]
            shown = _shapes.describe(shapes.get(lid))
            if layer.role == "input" and layer.image_shape is not None:
                shown = f"{layer.units} ({_shapes.describe(layer.image_shape)})"
            rows.append((layer.name, kind, shown,
                         "" if layer.kind in _shapes.SHAPE_ONLY else layer.activation.name, f"{params:,}"))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
        lines.insert(1, "-" * len(lines[0]))
        lines.append(f"Total parameters: {self.parameter_count():,}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Network(name={self.name!r}, layers={len(self.layers)}, connections={len(self.connections)})"


def _order_or_insertion(net: Network) -> list[str]:
    try:
        return net.topological_order()
    except CycleError:
        return list(net.layers)


def _check_dtype(dtype: Any) -> str:
    name = np.dtype(dtype).name if not isinstance(dtype, str) else dtype
    if name not in DTYPES:
        raise ValueError(f"a network computes in float64 or float32, got {dtype!r}")
    return name


def _check_index(i: Any, size: int, what: str) -> None:
    if isinstance(i, bool) or not isinstance(i, (int, np.integer)) or not 0 <= i < size:
        raise IndexError(f"{what} {i!r} does not exist (there are {size})")


def _finite(value: Any, what: str) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number, got {value!r}") from None
    if not np.isfinite(v):
        raise ValueError(f"{what} must be a finite number, got {value!r}")
    return v
