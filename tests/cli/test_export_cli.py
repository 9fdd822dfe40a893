"""`netbuilder export` and `netbuilder import` as a user runs them: files written, one-line errors, status 2."""

import sys

import numpy as np
import pytest

from netbuilder import api, assets, load
from netbuilder.cli import main

XOR = str(assets.example("xor"))
WORKED = str(assets.example("worked_example"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_onnx_runs_like_predict(capsys, tmp_path):
    ort = pytest.importorskip("onnxruntime", reason="needs onnxruntime (pip install '.[test]')")
    out_path = tmp_path / "xor.onnx"
    code, out, err = run(capsys, "export", XOR, "--format", "onnx", "-o", str(out_path))
    assert code == 0, err
    assert out.strip() == f"Written {out_path}"
    session = ort.InferenceSession(str(out_path), providers=["CPUExecutionProvider"])
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    np.testing.assert_allclose(session.run(None, {"input": x})[0], api.predict(load(XOR), x), rtol=1e-9)


def test_export_defaults_to_onnx_beside_the_file(capsys, tmp_path):
    pytest.importorskip("onnx", reason="needs onnx (pip install '.[test]')")
    copy = tmp_path / "worked.nbn"
    copy.write_bytes(open(WORKED, "rb").read())
    code, out, err = run(capsys, "export", str(copy))
    assert code == 0, err
    assert (tmp_path / "worked.onnx").stat().st_size > 0


@pytest.mark.parametrize("fmt", ["pytorch", "keras"])
def test_export_code_writes_the_script_and_its_weights(capsys, tmp_path, fmt):
    out_path = tmp_path / f"xor_{fmt}.py"
    code, out, err = run(capsys, "export", XOR, "--format", fmt, "-o", str(out_path))
    assert code == 0, err
    assert f"Written {out_path} and its weights {out_path.with_suffix('.npz')}" in out
    assert f"python {out_path}" in out
    compile(out_path.read_text(), str(out_path), "exec")
    assert "sample.output" in np.load(out_path.with_suffix(".npz")).files


def test_import_round_trip(capsys, tmp_path):
    pytest.importorskip("onnx", reason="needs onnx (pip install '.[test]')")
    onnx_path, nbn_path = tmp_path / "worked.onnx", tmp_path / "back.nbn"
    assert run(capsys, "export", WORKED, "-o", str(onnx_path))[0] == 0
    code, out, err = run(capsys, "import", str(onnx_path), "-o", str(nbn_path))
    assert code == 0, err
    assert "Imported Worked example: 3 layers (2 → 3 → 1), 13 parameters" in out
    back = load(nbn_path)
    assert [layer.name for layer in back.layers.values()] == ["Input (length, width)", "Hidden", "Output (service life)"]
    code, out, _ = run(capsys, "predict", str(nbn_path), "--input", "0.1,0.2")
    assert code == 0 and out.strip().startswith("0.86")
    np.testing.assert_allclose(api.predict(back, [0.1, 0.2]), api.predict(load(WORKED), [0.1, 0.2]), rtol=1e-12)


def test_import_defaults_to_an_nbn_beside_the_model_and_takes_a_name(capsys, tmp_path):
    pytest.importorskip("onnx", reason="needs onnx (pip install '.[test]')")
    onnx_path = tmp_path / "model.onnx"
    run(capsys, "export", XOR, "-o", str(onnx_path))
    code, out, err = run(capsys, "import", str(onnx_path), "--name", "My XOR")
    assert code == 0, err
    assert load(tmp_path / "model.nbn").name == "My XOR"


def one_line_error(err):
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("netbuilder: error: ") and "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("argv,expected", [
    (["export", "missing.nbn"], "missing.nbn: no such file"),
    (["export", XOR, "--format", "tensorflow"], "invalid choice: 'tensorflow'"),
    (["import", "missing.onnx"], "missing.onnx: no such file"),
    (["import"], "the following arguments are required: file"),
])
def test_mistakes_print_one_line_and_exit_2(capsys, argv, expected):
    pytest.importorskip("onnx", reason="needs onnx (pip install '.[test]')")
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert expected in one_line_error(err)


def test_damaged_and_unsupported_models(capsys, tmp_path):
    onnx = pytest.importorskip("onnx", reason="needs onnx (pip install '.[test]')")
    from onnx import TensorProto, helper

    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x00\xffnot a model at all" * 10)
    code, _, err = run(capsys, "import", str(bad))
    assert code == 2 and "bad.onnx: this is not an ONNX model" in one_line_error(err)

    graph = helper.make_graph(
        [helper.make_node("Conv", ["x", "k"], ["y"], name="conv1")], "cnn",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, 3, 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1, 3, 3])],
        [helper.make_tensor("k", TensorProto.FLOAT, [1, 1, 1, 1], [1.0])],
    )
    cnn = tmp_path / "cnn.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(cnn))
    code, _, err = run(capsys, "import", str(cnn))
    assert code == 2 and "Conv (node 'conv1')" in one_line_error(err)
    assert not (tmp_path / "cnn.nbn").exists()


def test_an_empty_network_and_an_unwritable_place(capsys, tmp_path):
    pytest.importorskip("onnx", reason="needs onnx (pip install '.[test]')")
    from netbuilder import save, templates

    empty = save(templates.empty(), tmp_path / "empty.nbn")
    code, _, err = run(capsys, "export", str(empty))
    assert code == 2 and "cannot be exported: The network is empty" in one_line_error(err)
    code, _, err = run(capsys, "export", XOR, "-o", str(tmp_path / "no" / "such" / "dir" / "x.onnx"))
    assert code == 2 and "cannot write" in one_line_error(err)
    code, _, err = run(capsys, "import", XOR, "-o", str(tmp_path / "x.onnx"))
    assert code == 2 and "not over an ONNX model" in one_line_error(err)


def test_without_the_onnx_package_the_message_says_what_to_install(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx now raises ImportError
    code, _, err = run(capsys, "export", XOR, "-o", str(tmp_path / "x.onnx"))
    assert code == 2 and "pip install onnx" in one_line_error(err)
    bad = tmp_path / "m.onnx"
    bad.write_bytes(b"x")
    code, _, err = run(capsys, "import", str(bad))
    assert code == 2 and "needs the 'onnx' package" in one_line_error(err)
