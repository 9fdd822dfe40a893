"""Convolution and pooling against PyTorch's conv2d, max_pool2d and avg_pool2d (skipped where torch is missing)."""

import numpy as np
import pytest

from netbuilder.engine.compiled import CompiledNetwork
from netbuilder.engine.convolution import Geometry, conv2d_forward, conv2d_input_gradient, conv2d_kernel_gradient
from netbuilder.engine.pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward

from .test_convolution import cnn, data
from .test_gradients import analytic_gradient

torch = pytest.importorskip("torch", reason="PyTorch is optional: only for comparisons")
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _t(a):
    return torch.tensor(np.ascontiguousarray(a), dtype=torch.float64, requires_grad=True)


@pytest.mark.parametrize("seed", range(25))
def test_ops_agree_with_pytorch(seed):
    rng = np.random.default_rng(seed)
    n, h, w, c, f = rng.integers(1, 3), rng.integers(3, 9), rng.integers(3, 9), rng.integers(1, 4), rng.integers(1, 4)
    kh, kw = rng.integers(1, min(h, 4) + 1), rng.integers(1, min(w, 4) + 1)
    stride = (int(rng.integers(1, 3)), int(rng.integers(1, 3)))
    padding = "same" if stride == (1, 1) and rng.random() < 0.5 else "valid"  # PyTorch's 'same' needs stride 1
    x, k = rng.normal(size=(n, h, w, c)), rng.normal(size=(kh, kw, c, f))
    g = Geometry((h, w), (kh, kw), stride, padding)
    z, cols = conv2d_forward(x, k, g)
    xt, kt = _t(x.transpose(0, 3, 1, 2)), _t(k.transpose(3, 2, 0, 1))
    zt = torch.nn.functional.conv2d(xt, kt, stride=stride, padding=padding)
    np.testing.assert_allclose(zt.detach().numpy().transpose(0, 2, 3, 1), z, rtol=1e-12, atol=1e-12)
    d = rng.normal(size=z.shape)
    zt.backward(torch.tensor(np.ascontiguousarray(d.transpose(0, 3, 1, 2))))
    np.testing.assert_allclose(conv2d_kernel_gradient(cols, d, k.shape), kt.grad.numpy().transpose(2, 3, 1, 0),
                               rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(conv2d_input_gradient(d, k, g, c), xt.grad.numpy().transpose(0, 2, 3, 1),
                               rtol=1e-12, atol=1e-12)
    p = (int(rng.integers(1, min(h, 3) + 1)), int(rng.integers(1, min(w, 3) + 1)))
    s = int(rng.integers(1, 3))
    g = Geometry((h, w), p, (s, s), "valid")
    for name, forward in (("max", max_pool_forward), ("avg", avg_pool_forward)):
        xt = _t(x.transpose(0, 3, 1, 2))
        ref = (torch.nn.functional.max_pool2d if name == "max" else torch.nn.functional.avg_pool2d)(xt, p, stride=s)
        out = forward(x, g)
        mine = out[0] if name == "max" else out
        np.testing.assert_allclose(ref.detach().numpy().transpose(0, 2, 3, 1), mine, rtol=1e-12)
        d = rng.normal(size=mine.shape)
        ref.backward(torch.tensor(np.ascontiguousarray(d.transpose(0, 3, 1, 2))))
        back = max_pool_backward(d, out[1], g) if name == "max" else avg_pool_backward(d, g)
        np.testing.assert_allclose(back, xt.grad.numpy().transpose(0, 2, 3, 1), rtol=1e-12, atol=1e-12)


def test_a_whole_cnn_agrees_with_pytorch():
    net = cnn({"kernel_size": 3}, "max", {"pool_size": 2}, act="relu")
    x, y = data(net, n=5)
    c = CompiledNetwork(net)
    grads = analytic_gradient(c, x, y, 0, 0)
    params = net.get_parameters()
    ids = net.topological_order()
    conns = [net.inbound(lid)[0] for lid in ids[1:]]
    xt = torch.tensor(x.reshape(5, 7, 6, 2).transpose(0, 3, 1, 2).copy())
    k1 = _t(params.weights[conns[0].id].transpose(3, 2, 0, 1))
    b1 = _t(params.biases[ids[1]])
    k2 = _t(params.weights[conns[2].id].transpose(3, 2, 0, 1))
    b2 = _t(params.biases[ids[3]])
    w = _t(params.weights[conns[4].id])
    b3 = _t(params.biases[ids[5]])
    h = torch.relu(torch.nn.functional.conv2d(xt, k1, b1))
    h = torch.nn.functional.max_pool2d(h, 2)
    h = torch.relu(torch.nn.functional.conv2d(torch.nn.functional.pad(h, (0, 1, 0, 1)), k2, b2))  # 'same', 2×2
    logits = h.permute(0, 2, 3, 1).reshape(5, -1) @ w + b3  # Keras flattens channels last
    loss = torch.nn.functional.cross_entropy(logits, torch.tensor(y.argmax(1)))
    loss.backward()
    cache = c.forward(x)
    assert c.loss_value(cache, y) == pytest.approx(loss.item(), rel=1e-12)
    mine = c.unflatten(grads)
    np.testing.assert_allclose(mine.weights[conns[0].id], k1.grad.numpy().transpose(2, 3, 1, 0), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(mine.weights[conns[4].id], w.grad.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(mine.biases[ids[1]], b1.grad.numpy(), rtol=1e-10, atol=1e-12)
