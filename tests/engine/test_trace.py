"""The step trace of the shipped worked example equals the reference numbers, value by value."""

import numpy as np
import pytest

from netbuilder import assets, load
from netbuilder.engine.trace import trace_step
from netbuilder.engine import NotTrainableError
from netbuilder.model.builders import Dense, Input, Sequential

EXACT = dict(rtol=1e-13, atol=1e-16)


@pytest.fixture
def worked_trace(worked_reference):
    net = load(assets.example("worked_example"))
    return trace_step(net, worked_reference["input"], worked_reference["target"])


def test_worked_example_file_holds_the_reference_parameters(worked_reference):
    net = load(assets.example("worked_example"))
    p = worked_reference["initial_parameters"]
    (c1, w1), (c2, w2) = [(c.id, c.weights) for c in net.connections.values()]
    np.testing.assert_array_equal(w1, p["W1"])
    np.testing.assert_array_equal(w2, p["W2"])
    hidden, out = [layer for layer in net.layers.values() if layer.role != "input"]
    np.testing.assert_array_equal(hidden.bias, p["b1"])
    np.testing.assert_array_equal(out.bias, p["b2"])
    assert net.training.loss.name == "mse" and net.training.learning_rate == 0.5
    np.testing.assert_array_equal(net.dataset["x"], [worked_reference["input"]])


def test_forward_pass(worked_trace, worked_reference):
    f = worked_reference["forward"]
    hidden, out = worked_trace.forward
    np.testing.assert_allclose(hidden.z[0], f["z1"], **EXACT)
    np.testing.assert_allclose(hidden.a[0], f["a1"], **EXACT)
    np.testing.assert_allclose(out.z[0], f["z2"], **EXACT)
    np.testing.assert_allclose(worked_trace.y_hat[0], f["y_hat"], **EXACT)
    assert worked_trace.loss == pytest.approx(f["loss"], rel=1e-13)


def test_backward_pass(worked_trace, worked_reference):
    b = worked_reference["backward"]
    out, hidden = worked_trace.backward
    np.testing.assert_allclose(worked_trace.dL_dy_hat[0], b["dL_dy_hat"], **EXACT)
    np.testing.assert_allclose(out.f_prime[0], b["sigmoid_prime_z2"], **EXACT)
    np.testing.assert_allclose(out.delta[0], b["delta2"], **EXACT)
    (c2,) = out.dW
    np.testing.assert_allclose(out.dW[c2], b["dW2"], **EXACT)
    np.testing.assert_allclose(out.db, b["db2"], **EXACT)
    np.testing.assert_allclose(hidden.dL_da[0], b["dL_da1"], **EXACT)
    np.testing.assert_allclose(hidden.delta[0], b["delta1"], **EXACT)
    (c1,) = hidden.dW
    np.testing.assert_allclose(hidden.dW[c1], b["dW1"], **EXACT)
    np.testing.assert_allclose(hidden.db, b["db1"], **EXACT)


def test_update_and_lower_loss(worked_trace, worked_reference):
    u = worked_reference["updated_parameters"]
    c1, c2 = list(worked_trace.after.weights)
    np.testing.assert_allclose(worked_trace.after.weights[c1], u["W1"], **EXACT)
    np.testing.assert_allclose(worked_trace.after.weights[c2], u["W2"], **EXACT)
    hidden, out = (r.layer_id for r in worked_trace.forward)
    np.testing.assert_allclose(worked_trace.after.biases[hidden], u["b1"], **EXACT)
    np.testing.assert_allclose(worked_trace.after.biases[out], u["b2"], **EXACT)
    after = worked_reference["after_update"]
    np.testing.assert_allclose(worked_trace.y_hat_after[0], after["y_hat"], **EXACT)
    assert worked_trace.loss_after == pytest.approx(after["loss"], rel=1e-13)
    assert worked_trace.loss_after < worked_trace.loss


def test_trace_does_not_change_the_network(worked_reference):
    net = load(assets.example("worked_example"))
    before = net.get_parameters()
    trace_step(net, worked_reference["input"], worked_reference["target"])
    assert net.get_parameters().equals(before)


def test_trace_json_is_plain_data(worked_trace):
    import json

    doc = json.loads(json.dumps(worked_trace.to_dict()))
    # Plain nested lists of floats; the last bit may differ with the BLAS's summation order.
    z = doc["forward"][0]["z"]
    assert isinstance(z, list) and all(type(v) is float for v in z[0])
    np.testing.assert_allclose(z, [[0.19, 0.32, 0.45]], rtol=1e-14)
    assert doc["after_update"]["loss"] < doc["loss"]


def test_bad_inputs_are_explained():
    net = Sequential([Input(2), Dense(1, "sigmoid")])
    with pytest.raises(ValueError, match="input has 3 values but the input layer has 2"):
        trace_step(net, [1, 2, 3], [1])
    with pytest.raises(ValueError, match="target has 2 values"):
        trace_step(net, [1, 2], [1, 0])
    with pytest.raises(ValueError, match="learning rate"):
        trace_step(net, [1, 2], [1], learning_rate=-1)
    with pytest.raises(ValueError, match="finite"):
        trace_step(net, [1, float("nan")], [1])
    broken = Sequential([Input(2), Dense(1, "sigmoid")])
    broken.disconnect(next(iter(broken.connections)))
    with pytest.raises(NotTrainableError, match="not connected"):
        trace_step(broken, [1, 2], [1])
