"""The walkthrough's tables and the chain-rule warm-up are core code: tested without Qt."""

import numpy as np
import pytest

from netbuilder import assets, load
from netbuilder.engine.trace import trace_step
from netbuilder.explain import build_steps
from netbuilder.explain.chain_rule import ChainRuleExample
from netbuilder.explain.steps import Names
from netbuilder.explain.tables import PHASE_TABLES, layer_tables


@pytest.fixture
def worked():
    net = load(assets.example("worked_example"))
    t = trace_step(net, [0.1, 0.2], [1.0])
    return net, t, build_steps(t)


def test_tables_hold_the_traced_values_and_mark_the_step(worked, worked_reference):
    net, t, steps = worked
    hidden = net.layer("Hidden").id
    first = steps[0]  # z₁'s weighted sum
    tables = {tb.key: tb for tb in layer_tables(t, Names(t), hidden, "forward", first)}
    assert [tb.kind for tb in tables.values()] == [k for k in PHASE_TABLES["forward"] if k != "y"]
    np.testing.assert_array_equal(tables["z"].values, [worked_reference["forward"]["z1"]])
    assert tables["z"].column_names == ["z₁", "z₂", "z₃"]
    assert tables["z"].marked == {(0, 0)}
    cid = net.inbound(hidden)[0].id
    assert tables[f"W:{cid}"].marked == {(0, 0), (1, 0)}


def test_the_gradient_table_is_what_the_optimizer_used(worked):
    net, t, _ = worked
    out = net.output_layer.id
    (dw,) = [tb for tb in layer_tables(t, Names(t), out, "backward") if tb.kind == "dW"]
    cid = net.inbound(out)[0].id
    np.testing.assert_array_equal(dw.values, t.backward_of(out).dW_total[cid])


def test_every_table_with_every(worked):
    net, t, _ = worked
    kinds = {tb.kind for tb in layer_tables(t, Names(t), net.output_layer.id, "forward", every=True)}
    assert {"x", "W", "b", "z", "a", "y", "dL_da", "f_prime", "delta", "dW", "db", "W_new", "b_new", "y_hat_new"} <= kinds
    assert layer_tables(t, Names(t), "no such layer", "forward") == []


def test_chain_rule_warm_up():
    ex = ChainRuleExample()
    assert ex.total == pytest.approx(33.0)
    assert ex.d_total_d_price == pytest.approx(2.2)
    assert ex.total_plus_one - ex.total == pytest.approx(ex.d_total_d_price)
    steps = ex.steps(4)
    assert [s.phase for s in steps][0] == "forward" and steps[-1].phase == "check"
    assert any("2.2" in line for s in steps for line in s.lines)
