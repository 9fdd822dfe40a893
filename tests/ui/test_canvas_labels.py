"""The weights' value labels on the canvas: readable, none on top of another, above every line."""

from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from netbuilder.assets import resource
from netbuilder.io import load
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.ui.canvas.items import EdgeItem, EdgeLabel

from .conftest import answer_next_dialog, double_click, view_point


def _open(window, net):
    window.resize(1280, 720)
    window.set_network(net)
    QApplication.processEvents()
    window.view.fit()
    QApplication.processEvents()


def _labels(window):
    return [(e, e._label.sceneBoundingRect()) for items in window.scene.connection_items.values() for e in items
            if isinstance(e, EdgeItem) and e._label.isVisible() and e._label.text]


def _overlapping(labels):
    return [((a.connection_id, a.i, a.j), (b.connection_id, b.i, b.j))
            for k, (a, ra) in enumerate(labels) for b, rb in labels[k + 1:] if ra.intersects(rb)]


def _on_plates(window, labels):
    """Labels covering a neuron, its bias tag or a value plate."""
    plates = [rect for item in window.scene.layer_items.values() for rect in item.plate_rects()]
    return [(e.connection_id, e.i, e.j) for e, rect in labels if any(rect.intersects(p) for p in plates)]


def net_2441():
    return Sequential([Input(2, name="Input"), Dense(4, "tanh", name="H1"), Dense(4, "relu", name="H2"),
                       Dense(1, "sigmoid", name="Output")], name="2-4-4-1", loss="binary_crossentropy", seed=3)


def test_no_two_weight_labels_overlap(window):
    for net, count in [(load(resource("examples", "worked_example.nbn")), 9),
                       (load(resource("examples", "xor.nbn")), 12), (net_2441(), 28)]:
        _open(window, net)
        labels = _labels(window)
        assert len(labels) == count, net.name
        assert _overlapping(labels) == [], net.name
        assert _on_plates(window, labels) == [], net.name


def test_labels_stay_apart_after_a_layer_moves(window):
    _open(window, net_2441())
    (inp,) = window.doc.network.layers_with_role("input")
    item = window.scene.layer_items[inp.id]
    item.setPos(item.pos().x() + 60, item.pos().y() + 25)  # as a drag does: the edges follow
    QApplication.processEvents()
    labels = _labels(window)
    assert len(labels) == 28 and _overlapping(labels) == []


def test_labels_do_not_move_while_a_run_changes_their_digits(window):
    _open(window, load(resource("examples", "xor.nbn")))
    before = {(e.connection_id, e.i, e.j): e._label.pos() for e, _ in _labels(window)}
    net = window.doc.network
    live = SimpleNamespace()  # what a running training reports: other weights and biases, other digits
    live.weights = {cid: c.weights * -1.37 for cid, c in net.connections.items()}
    live.biases = {lid: layer.bias * 3 + 0.123 for lid, layer in net.layers.items() if layer.role != "input"}
    window.scene.show_live_parameters(live)
    labels = _labels(window)
    assert {(e.connection_id, e.i, e.j): e._label.pos() for e, _ in labels} == before
    assert _overlapping(labels) == []


def test_labels_are_drawn_above_every_edge_and_stand_for_their_edge(window, qtbot):
    _open(window, load(resource("examples", "worked_example.nbn")))
    edges = [e for e, _ in _labels(window)]
    top_edge = max(e.zValue() for items in window.scene.connection_items.values() for e in items)
    for edge in edges:
        assert edge._label.parentItem() is None and edge._label.zValue() > top_edge
    edge = edges[0]
    opened = []
    window.scene.edgeDoubleClicked.connect(lambda *key: opened.append(key))
    centre = edge._label.sceneBoundingRect().center()
    assert any(isinstance(item, EdgeLabel) for item in window.scene.items(centre))
    answer_next_dialog(lambda dialog: dialog.reject())  # the weight's editor opens: close it
    double_click(window.view.viewport(), view_point(window, centre))
    assert opened == [(edge.connection_id, edge.i, edge.j)]


def test_a_removed_connection_takes_its_labels_with_it(window):
    _open(window, load(resource("examples", "worked_example.nbn")))
    n = sum(isinstance(i, EdgeLabel) for i in window.scene.items())
    assert n == 9
    window.set_network(load(resource("examples", "xor.nbn")))
    QApplication.processEvents()
    assert sum(isinstance(i, EdgeLabel) for i in window.scene.items()) == 12


def test_every_weight_shown_on_a_wider_network_overlaps_far_less(window):
    """View → Show Values (presentation) on a 2-8-8-1 network: 64 labels between the hidden layers cannot all
    find a clear place along their edges, but far fewer overlap than where they would sit unarranged."""
    net = Sequential([Input(2, name="Input"), Dense(8, "tanh", name="H1"), Dense(8, "tanh", name="H2"),
                      Dense(1, "sigmoid", name="Output")], name="2-8-8-1", loss="binary_crossentropy", seed=4)
    _open(window, net)
    window.scene.set_show_values(True)
    labels = _labels(window)
    assert len(labels) == 16 + 64 + 8
    arranged = len(_overlapping(labels))
    for edge, _ in labels:
        edge.label_t = None
        edge._place_label()
    unarranged = len(_overlapping(_labels(window)))
    assert arranged * 4 <= unarranged
