"""The walkthrough panel: the worked example's every number, stepping, highlighting, apply/undo, export,
other kinds of network, the chain-rule warm-up, and the screenshots of three moments."""

import json
import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from netbuilder import api
from netbuilder.model.builders import Dense, Input, Sequential
from netbuilder.ui.canvas.items import DIM, HIGHLIGHT, NORMAL, EdgeItem
from netbuilder.ui.walkthrough import install_walkthrough
from netbuilder.ui.walkthrough.formula import rich, step_html
from netbuilder.notation import num

from .conftest import open_template
from netbuilder.ui.main_window import dock_content


ROOT = Path(__file__).resolve().parents[2]
REFERENCE = json.loads((ROOT / "tests" / "reference" / "worked_example.json").read_text())
SHARED = ROOT.parent / "shared" / "reference" / "worked_example.json"


def reference_numbers(ref=REFERENCE):
    """Every number of the reference file, with where it comes from."""
    out = []

    def walk(value, path):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{path}[{i}]")
        elif isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
            out.append((path, float(value)))

    for key in ("input", "target", "initial_parameters", "forward", "backward", "updated_parameters", "after_update"):
        walk(ref[key], key)
    return out


def settle():
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def panel(window, qtbot):
    p = install_walkthrough(window)
    open_template(window, "worked_example")
    window.act_walkthrough.trigger()
    settle()
    p.model.flush()
    assert p.model.trace is not None, p.model.error
    return p


def layer_ids(window):
    net = window.doc.network
    return net.layer("Input (length, width)").id, net.layer("Hidden").id, net.layer("Output (service life)").id


def snapshot(p):
    """What the panel shows now: the step, its values, the tables' texts and numbers, the canvas labels."""
    step = p.model.current
    return (p.model.index, step.title, list(step.lines), dict(step.values), p.matrices.shown_texts(),
            p.matrices.shown_values(), p.formula.toPlainText(), canvas_state(p.scene))


def canvas_state(scene):
    layers = {lid: (item.emphasis, dict(item.neuron_emphasis), dict(item.neuron_labels))
              for lid, item in scene.layer_items.items()}
    edges = {(i.connection_id, i.i, i.j): (i.emphasis, i.label_text)
             for items in scene.connection_items.values() for i in items if isinstance(i, EdgeItem)}
    return layers, edges


# -- the dock and its action -------------------------------------------------------------------------------


def test_install_adds_a_dock_an_action_and_a_panels_entry(window):
    panel = install_walkthrough(window)
    dock = window.findChild(QDockWidget, "walkthroughDock")
    assert dock is window.walkthrough_dock and dock_content(dock) is panel
    assert dock.isHidden()
    assert window.act_walkthrough.shortcut().toString() == "F6"
    assert not window.act_walkthrough.icon().isNull()
    assert window.act_walkthrough in window.view_menu.actions()
    assert dock.toggleViewAction() in window.panels_menu.actions()
    window.act_walkthrough.trigger()
    settle()
    assert dock.isVisible() and panel.shown
    window.act_walkthrough.trigger()
    settle()
    assert dock.isHidden() and not panel.shown


# -- the worked example, number by number -----------------------------------------------------------------


def test_reference_copies_agree():
    if SHARED.exists():
        assert json.loads(SHARED.read_text()) == REFERENCE


def test_every_reference_number_is_shown(panel):
    model = panel.model
    assert model.count > 30
    held, texts = [], []
    model.restart()
    while True:
        step = model.current
        held += list(step.values.values()) + panel.matrices.shown_values()
        texts += panel.formula.plain_lines() + panel.matrices.shown_texts()
        if not panel.next():
            break
    assert model.at_end and model.current.phase == "check"
    text = "\n".join(texts)
    held = np.array(held)
    for path, value in reference_numbers():
        assert np.min(np.abs(held - value)) <= 1e-12, f"{path} = {value!r} is not among the panel's values"
        assert num(value, 4) in text, f"{path} = {value!r} is not shown as {num(value, 4)}"


def test_the_tutorial_formulas_appear_as_written(panel):
    lines = [line for s in panel.model.steps for line in s.lines]
    assert "z₁ = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19" in lines
    assert any(line.endswith("σ(0.19) = 0.5474") and line.startswith("a₁ = σ(") for line in lines)
    assert "L = (0.867 − 1)² = 0.01768" in lines
    assert "w(a₁→ŷ) ← 0.4 − 0.5 × (−0.01678) = 0.4084" in lines


def test_formula_view_uses_real_subscripts_and_full_precision_on_hover(panel):
    panel.model.go(1)  # a₁ = σ(z₁) = σ(0.19) = 0.5474
    html = panel.formula.toHtml()
    assert "vertical-align:sub" in html, "subscripts are set as rich text, not as Unicode digits"
    assert "0.5473576181430894" in panel.formula.tips.values()
    z = float(panel.model.trace.forward[0].z[0, 0])
    assert repr(z) in panel.formula.tips.values(), "z₁ as the engine computed it, every digit"
    assert abs(z - REFERENCE["forward"]["z1"][0]) <= 1e-15
    assert "1.0" not in panel.formula.tips.values(), "constants such as the 1 of 1 − a carry no hover text"
    # hovering an anchor gives its tip
    doc_tips = dict(panel.formula.tips)
    assert len(doc_tips) >= 2
    assert rich("z⁽²⁾₁ = aᵀ·δ") == "z<sup>(2)</sup><sub>1</sub> = a<sup>T</sup>·δ"
    html, tips = step_html(panel.model.steps[0], panel.model.full_steps[0], 0, 1, "Forward pass")
    assert 'href="n0"' in html and tips["n0"] == "0.1"


def test_precision_setting(panel):
    panel.digits_spin.setValue(6)
    panel.model.go(1)
    settle()
    assert any("σ(0.19) = 0.547358" in line for line in panel.model.steps[1].lines)
    assert "0.547358" in panel.matrices.shown_texts()
    panel.digits_spin.setValue(4)
    assert any("σ(0.19) = 0.5474" in line for line in panel.model.steps[1].lines)


def test_matrix_cells_show_4_digits_and_hold_full_precision(panel):
    panel.model.go(1)
    settle()
    box = next(b for b in panel.matrices.boxes if b.model.table.kind == "a")
    index = box.model.index(0, 0)
    assert box.model.data(index) == "0.5474"
    assert box.model.data(index, Qt.ItemDataRole.ToolTipRole) == "0.5473576181430894"
    assert box.model.data(index, Qt.ItemDataRole.UserRole) == REFERENCE["forward"]["a1"][0]
    assert box.model.is_marked(0, 0) and not box.model.is_marked(0, 1)


# -- stepping --------------------------------------------------------------------------------------------


def test_forward_then_back_lands_on_the_same_values(panel):
    model = panel.model
    seen = []
    model.restart()
    while True:
        seen.append(snapshot(panel))
        if not panel.next_button.isEnabled():
            break
        panel.next_button.click()
    assert len(seen) == model.count
    for expected in reversed(seen[:-1]):
        panel.prev_button.click()
        assert snapshot(panel) == expected
    assert model.at_start and not panel.prev_button.isEnabled()


def test_jump_to_phase_restart_arrow_keys_and_play(panel, qtbot):
    model = panel.model
    starts = model.phase_starts()
    for phase in ("loss", "backward", "update", "check", "forward"):
        panel.phase_buttons[phase].click()
        assert model.index == starts[phase] and model.current.phase == phase
        assert panel.phase_buttons[phase].isChecked()
    panel.jump("update")
    panel.restart_button.click()
    assert model.index == 0

    panel.window().activateWindow()
    panel.setFocus()
    qtbot.waitUntil(lambda: panel.hasFocus() or panel.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert model.index == 2
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert model.index == 1

    panel.pace.setValue(0.2)
    panel.play_button.click()
    assert panel.playing
    qtbot.waitUntil(lambda: model.index >= 3, timeout=5000)
    panel.play_button.click()
    assert not panel.playing
    stopped = model.index
    qtbot.wait(300)
    assert model.index == stopped
    model.go(model.count - 2)
    panel.play(True)
    qtbot.waitUntil(lambda: not panel.playing, timeout=5000)
    assert model.at_end


# -- the canvas ------------------------------------------------------------------------------------------


def test_highlighting_follows_the_step(panel, window):
    scene = window.scene
    inp, hidden, out = layer_ids(window)
    c1 = window.doc.network.inbound(hidden)[0].id
    c2 = window.doc.network.inbound(out)[0].id
    model = panel.model

    model.go(0)  # z₁
    h = scene.layer_items[hidden]
    assert h.neuron_emphasis == {0: HIGHLIGHT, 1: DIM, 2: DIM}
    assert h.neuron_labels == {0: "z=0.19"}
    assert scene.layer_items[inp].neuron_emphasis == {0: HIGHLIGHT, 1: HIGHLIGHT}
    assert scene.layer_items[inp].neuron_labels == {0: "x=0.1", 1: "x=0.2"}
    assert scene.layer_items[out].emphasis == DIM
    assert scene.edge_item(c1, 0, 0).emphasis == HIGHLIGHT and scene.edge_item(c1, 0, 0).label_text == "0.1"
    assert scene.edge_item(c1, 1, 0).emphasis == HIGHLIGHT and scene.edge_item(c1, 1, 0).label_text == "0.4"
    assert scene.edge_item(c1, 0, 1).emphasis == DIM
    assert scene.edge_item(c2, 0, 0).emphasis == DIM

    panel.next()  # a₁
    assert h.neuron_labels == {0: "a=0.5474"}

    panel.jump("backward")  # dL/dŷ at the output
    o = scene.layer_items[out]
    assert o.neuron_emphasis == {0: HIGHLIGHT} and o.neuron_labels == {0: "dL/dŷ=−0.2659"}
    assert h.emphasis == DIM
    panel.next()  # δₒ
    assert o.neuron_labels == {0: "δ=−0.03066"}
    panel.next()  # dL/dw(a₁→ŷ)
    edge = scene.edge_item(c2, 0, 0)
    assert edge.emphasis == HIGHLIGHT and edge.label_text == "dL/dw=−0.01678"
    assert scene.edge_item(c2, 1, 0).emphasis == DIM

    panel.jump("update")
    assert scene.edge_item(c1, 0, 0).label_text == "0.1002"

    # closing the panel clears the canvas; showing it again brings the step back
    window.walkthrough_dock.hide()
    settle()
    assert all(i.emphasis == NORMAL and not i.neuron_labels for i in scene.layer_items.values())
    assert all(i.emphasis == NORMAL and i.label_text is None for items in scene.connection_items.values()
               for i in items if isinstance(i, EdgeItem))
    window.walkthrough_dock.show()
    settle()
    assert scene.edge_item(c1, 0, 0).label_text == "0.1002"

    # another network: the old highlight goes, the new network's first step is shown
    open_template(window, "xor")
    panel.model.flush()
    settle()
    assert panel.model.index == 0 and panel.model.current.phase == "forward"
    for lid, j in panel.model.current.neurons:
        assert scene.layer_items[lid].neuron_emphasis.get(j) == HIGHLIGHT


def test_editing_the_network_traces_the_step_again(panel, window):
    model = panel.model
    inp, hidden, out = layer_ids(window)
    c1 = window.doc.network.inbound(hidden)[0].id
    model.go(1)
    window.editor.set_weight(c1, 0, 0, 0.3)  # an undoable edit underneath
    model.flush()
    settle()
    assert model.index == 1, "same shape: the learner stays where they were"
    assert "z₁ = 0.1×0.3 + 0.2×0.4 + 0.1 = 0.21" in model.steps[0].lines
    assert window.scene.layer_items[hidden].neuron_labels == {0: "a=0.5523"}
    window.act_undo.trigger()
    model.flush()
    assert "z₁ = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19" in model.steps[0].lines
    # a change of shape starts again
    from netbuilder.ui import commands as C

    window.doc.push(C.UpdateLayer(window.doc.network, hidden, {"units": 4}))
    model.flush()
    settle()
    assert model.index == 0 and model.trace.forward_of(hidden).z.shape == (1, 4)
    assert set(window.scene.layer_items[hidden].neuron_emphasis) == {0, 1, 2, 3}


def test_a_network_that_cannot_be_traced_says_why(panel, window):
    window.new_from_template("empty")
    panel.model.flush()
    settle()
    assert panel.model.trace is None and panel.model.count == 0
    assert panel.model.error
    assert not panel.next_button.isEnabled() and not panel.apply_button.isEnabled()
    assert all(i.emphasis == NORMAL for i in window.scene.layer_items.values())


# -- apply and undo ----------------------------------------------------------------------------------------


def test_apply_then_undo_restores_the_parameters_exactly(panel, window):
    net = window.doc.network
    before = net.get_parameters()
    trace = panel.model.trace
    panel.jump("update")
    panel.apply_button.click()
    after = net.get_parameters()
    assert after.equals(trace.after)
    _, hidden, out = layer_ids(window)
    ref = REFERENCE["updated_parameters"]
    assert np.allclose(after.weights[net.inbound(hidden)[0].id], ref["W1"], rtol=0, atol=1e-12)
    assert np.allclose(after.biases[out], ref["b2"], rtol=0, atol=1e-12)
    assert "Apply walkthrough update" in window.act_undo.text()
    # the walkthrough now starts from the new parameters
    assert panel.model.index == 0
    assert panel.model.trace.loss == pytest.approx(REFERENCE["after_update"]["loss"], abs=1e-12)

    window.act_undo.trigger()
    assert net.get_parameters().equals(before)
    panel.model.flush()
    assert panel.model.trace.loss == pytest.approx(REFERENCE["forward"]["loss"], abs=1e-15)
    window.act_redo.trigger()
    assert net.get_parameters().equals(trace.after)


def test_discard_leaves_the_network_alone(panel, window):
    before = window.doc.network.get_parameters()
    panel.jump("update")
    panel.discard_button.click()
    assert window.doc.network.get_parameters().equals(before)
    assert panel.model.index == 0 and not window.doc.modified


def test_apply_is_refused_while_the_document_is_locked(panel, window):
    window.doc.set_locked("Training is running: stop it to edit")
    settle()
    assert not panel.apply_button.isEnabled()
    before = window.doc.network.get_parameters()
    assert panel.model.apply_update() is False
    assert window.doc.network.get_parameters().equals(before)
    window.doc.set_locked(None)
    assert panel.apply_button.isEnabled()


# -- export ----------------------------------------------------------------------------------------------


def test_export_writes_markdown_and_html_matching_the_trace(panel, window, tmp_path):
    md = panel.export(tmp_path / "step.md")
    page = panel.export(tmp_path / "step.html")
    md_text, html_text = md.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")
    # the same content as `netbuilder walkthrough --format markdown`
    net = window.doc.network
    assert md_text == api.walkthrough(net, fmt="markdown")
    assert html_text == api.walkthrough(net, fmt="html")
    assert html_text.startswith("<!DOCTYPE html>") and "z₁ = 0.1×0.1 + 0.2×0.4 + 0.1 = 0.19" in html_text
    t = panel.model.trace
    for value in [t.loss, t.loss_after, *t.y_hat.ravel(), *t.dL_dy_hat.ravel(),
                  *[v for r in t.forward for v in r.z.ravel()], *[v for r in t.forward for v in r.a.ravel()],
                  *[v for r in t.backward for v in r.delta.ravel()],
                  *[v for r in t.backward for g in r.dW.values() for v in g.ravel()],
                  *[v for w in t.after.weights.values() for v in w.ravel()],
                  *[v for b in t.after.biases.values() for v in b.ravel()]]:
        assert num(value, 4) in md_text and num(value, 4) in html_text, value


# -- the setup: samples, loss, learning rate ------------------------------------------------------------------


def test_samples_loss_and_learning_rate_are_the_learners_choice(panel, window):
    open_template(window, "xor")
    model = panel.model
    model.flush()
    assert panel.sample_of.text() == "of 4"
    panel.sample_spin.setValue(3)
    assert model.trace.x.tolist() == [[1.0, 0.0]] and model.trace.y.tolist() == [[1.0]]
    assert panel.inputs_edit.text() == "1.0, 0.0" and panel.inputs_edit.isReadOnly()

    panel.loss_box.setCurrentIndex(panel.loss_box.findData("mse"))
    panel.lr_edit.setText("0.25")
    panel.lr_edit.editingFinished.emit()
    t = model.trace
    assert (t.loss_name, t.learning_rate) == ("mse", 0.25)
    assert any("η = 0.25" in line for s in model.steps for line in s.lines)
    assert window.doc.network.training.learning_rate == 0.05, "the network's own settings are untouched"
    panel.lr_edit.setText("")
    panel.lr_edit.editingFinished.emit()
    panel.loss_box.setCurrentIndex(0)
    assert (model.trace.loss_name, model.trace.learning_rate) == ("binary_crossentropy", 0.05)

    # typed by hand, two samples at once
    panel.source_box.setCurrentIndex(panel.source_box.findData("manual"))
    assert not panel.inputs_edit.isReadOnly()
    panel.inputs_edit.setText("0.1, 0.2; 0.3 0.1")
    panel.targets_edit.setText("1; 0")
    panel.targets_edit.editingFinished.emit()
    assert model.trace.x.tolist() == [[0.1, 0.2], [0.3, 0.1]] and model.trace.y.tolist() == [[1.0], [0.0]]
    panel.inputs_edit.setText("0.1, oops")
    panel.inputs_edit.editingFinished.emit()
    assert "“oops” is not a number" in panel.problem_label.text()
    assert model.trace.batch_size == 2, "a typing mistake changes nothing"


# -- other networks ----------------------------------------------------------------------------------------


def _softmax_net():
    net = Sequential([Input(2), Dense(3, "relu"), Dense(3, "softmax")], loss="categorical_crossentropy", seed=1)
    return net, "0.5, -0.2", "0, 1, 0"


def _relu_net():
    net = Sequential([Input(3), Dense(4, "relu"), Dense(2, "relu"), Dense(1, "linear")], loss="mse", seed=3)
    return net, "0.3, -0.7, 0.2", "0.5"


def _skip_net():
    net = Sequential([Input(2), Dense(3, "tanh"), Dense(2, "relu"), Dense(1, "sigmoid")], loss="mse", seed=2)
    ids = list(net.layers)
    net.connect(ids[0], ids[3])
    return net, "0.3, 0.7", "1"


def _masked_net():
    net = Sequential([Input(2), Dense(3, "sigmoid"), Dense(1, "sigmoid")], loss="mse", seed=4)
    first = next(iter(net.connections))
    net.set_edge_enabled(first, 0, 1, False)
    return net, "0.1, 0.2", "1"


def step_through_everything(panel):
    model = panel.model
    assert model.trace is not None, model.error
    model.restart()
    for _ in range(model.count):
        assert panel.formula.plain_lines() == model.current.lines
        panel.matrices.refresh()
        assert panel.matrices.tables, model.current.title
        if not model.next():
            break
    assert model.at_end and model.current.phase == "check"


@pytest.mark.parametrize("make", [_softmax_net, _relu_net, _skip_net, _masked_net],
                         ids=["softmax-crossentropy", "relu", "skip-connection", "masked-connection"])
def test_other_networks_step_through(panel, window, make):
    net, x, y = make()
    window.set_network(net)
    panel.source_box.setCurrentIndex(panel.source_box.findData("manual"))
    panel.inputs_edit.setText(x)
    panel.targets_edit.setText(y)
    panel.inputs_edit.editingFinished.emit()
    panel.model.flush()
    assert panel.model.source == "manual"
    assert panel.model.trace.x.tolist() == [[float(v) for v in x.split(",")]]
    step_through_everything(panel)
    text = "\n".join(line for s in panel.model.steps for line in s.lines)
    if make is _softmax_net:
        assert "δₒ₂ = ŷ₂ − y" in text
    if make is _masked_net:
        first = next(iter(net.connections))
        assert all((first, 0, 1) not in s.edges for s in panel.model.steps)
        panel.model.go(0)
        w = next(t for t in panel.model.tables(every=True) if t.kind == "W")
        box_texts = panel.matrices.shown_texts()
        assert w.mask is not None and w.mask[0, 1] == 0 and "—" in box_texts
    if make is _skip_net:
        out = net.output_layer.id
        kinds = [t.key for t in panel.model.tables(out, "forward")]
        assert sum(k.startswith("W:") for k in kinds) == 2, "both inbound weight matrices"


def test_mini_batch_of_four_shows_averaged_gradients_and_each_samples_part(panel, window):
    open_template(window, "xor")
    panel.model.flush()
    panel.batch_spin.setValue(4)
    panel.model.flush()
    t = panel.model.trace
    assert t.batch_size == 4
    assert panel.shown_spin.isVisibleTo(panel)
    step_through_everything(panel)
    net = window.doc.network
    hidden, out = net.layer("Hidden").id, net.output_layer.id
    cid = net.inbound(hidden)[0].id
    panel.jump("backward")  # dL/dŷ at the output
    parts = []
    for k in range(4):
        panel.shown_spin.setValue(k + 1)
        tables = {tb.key: tb for tb in panel.model.tables(hidden, "backward")}
        parts.append(tables[f"dWs:{cid}"].values)
        assert tables[f"dW:{cid}"].note  # "summed over the batch (δ holds the 1/n)"
        assert {tb.key: tb for tb in panel.model.tables(out, "backward")}["delta"].marked == {(k, 0)}
    total = tables[f"dW:{cid}"].values
    assert np.allclose(sum(parts), total, atol=1e-15)
    assert any("Values shown for sample 4 of 4" in s.note for s in panel.model.steps)
    md = panel.model.render("markdown")
    assert "A mini-batch of 4 samples" in md


def test_large_layers_show_matrices_and_follow_a_chosen_neuron(panel, window):
    net = Sequential([Input(20), Dense(12, "relu", name="Wide"), Dense(3, "softmax")],
                     loss="categorical_crossentropy", seed=5)
    window.set_network(net)
    panel.model.set_manual(np.linspace(-1, 1, 20)[None, :], [[0, 0, 1]])
    panel.model.flush()
    wide = net.layer("Wide").id
    titles = [s.title for s in panel.model.steps]
    assert any("The other neurons of" in t for t in titles)
    assert not any("z₁₀" in t for t in titles)
    panel.model.go(0)
    settle()
    assert panel.matrices.follow_spin.isVisibleTo(panel)
    panel.matrices.follow_spin.setValue(10)  # neuron 10
    assert panel.model.follow == {wide: 9}
    assert any("z₁₀" in s.title for s in panel.model.steps)
    w = next(b for b in panel.matrices.boxes if b.model.table.kind == "W")
    assert w.model.table.values.shape == (20, 12)


# -- the chain-rule warm-up ----------------------------------------------------------------------------------


def test_chain_rule_warm_up_gives_33_and_2_2(panel, window):
    panel.mode_box.setCurrentIndex(panel.mode_box.findData("chain"))
    assert panel.mode == "chain" and panel.stack.currentWidget() is panel.graph
    chain = panel.chain
    ex = chain.example
    assert ex.total == pytest.approx(33.0, abs=1e-12)
    assert ex.d_total_d_price == pytest.approx(2.2, abs=1e-12)
    assert all(i.emphasis == NORMAL for i in window.scene.layer_items.values()), "the canvas is not part of it"
    lines, highlighted = [], []
    chain.restart()
    while True:
        lines += panel.formula.plain_lines()
        highlighted.append(panel.graph.highlighted_nodes())
        if not panel.next():
            break
    text = "\n".join(lines)
    assert "total = 1.1 × 30 = 33" in text
    assert "d(total)/d(price) = 2 × 1.1 = 2.2" in text
    assert highlighted[0] == {"price", "cars", "tax"} and {"total"} in highlighted
    values = [v for s in chain.steps for v in s.values.values()]
    assert any(abs(v - 33) < 1e-12 for v in values) and any(abs(v - 2.2) < 1e-12 for v in values)
    assert not panel.phase_buttons["loss"].isEnabled() and panel.phase_buttons["backward"].isEnabled()
    panel.set_mode("network")
    assert any(i.emphasis != NORMAL for i in window.scene.layer_items.values()), "back on the canvas"


# -- screenshots -----------------------------------------------------------------------------------------------

MOMENTS = {
    "walkthrough-forward": lambda m: m.go(6),  # zₒ = a₁·w + a₂·w + a₃·w + b
    "walkthrough-backward": lambda m: m.go(next(i for i, s in enumerate(m.steps) if s.title == "Gradient of w(a₃→ŷ)")),
    "walkthrough-update": lambda m: m.go(next(i for i, s in enumerate(m.steps)
                                              if s.phase == "update" and s.layer_id == m.trace.output_id)),
}


def test_screenshots_of_three_moments(panel, window, tmp_path, qtbot):
    """Writes docs/screenshots/walkthrough-*.png when NETBUILDER_SCREENSHOTS is set, else into a temp folder."""
    out = ROOT / "docs" / "screenshots" if os.environ.get("NETBUILDER_SCREENSHOTS") else tmp_path
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    if "trainingDock" in docks and "inspectorDock" in docks:
        window.tabifyDockWidget(docks["inspectorDock"], docks["trainingDock"])
        docks["inspectorDock"].raise_()
    qtbot.wait(100)
    window.resize(1400, 900)
    qtbot.wait(100)
    window.resizeDocks([window.walkthrough_dock], [310], Qt.Orientation.Vertical)
    qtbot.wait(200)
    window.view.fit()
    qtbot.wait(200)
    for name, go in MOMENTS.items():
        go(panel.model)
        qtbot.wait(150)
        image = window.grab().toImage()
        least = window.minimumSizeHint()
        assert (image.width(), image.height()) == (max(1400, least.width()), max(900, least.height()))
        path = out / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(path))
        assert path.stat().st_size > 10_000
