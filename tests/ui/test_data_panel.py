"""The data panel as a learner uses it: choosing data, switching on features, drawing points, importing files."""

import gzip
import struct

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from netbuilder.api import dataset_for
from netbuilder.assets import resource
from netbuilder.ui.data import CsvImportDialog, install_data_panel
from netbuilder.ui.data.scatter import CLASS_COLOURS

from .conftest import open_template, send_mouse
from netbuilder.ui.main_window import dock_content


@pytest.fixture
def panel(window):
    panel = install_data_panel(window)
    window.data_dock.show()
    window.data_dock.raise_()
    # room for the whole panel: in a dock smaller than the panel it scrolls, and Qt delivers the synthetic
    # mouse events of these tests to the scrolled viewport differently from a real pointer
    window.resizeDocks([window.data_dock], [420], Qt.Orientation.Vertical)
    QApplication.processEvents()
    return panel


def pick(panel, entry):
    """Choose an entry of the dataset chooser as a user does ("builtin:spiral", "own")."""
    index = panel.chooser.findData(entry)
    assert index >= 0, entry
    panel.chooser.setCurrentIndex(index)
    panel.chooser.activated.emit(index)
    QApplication.processEvents()


def toggle(box):
    """Click a check box on its box (a click in the empty part of a wide check box does nothing)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    QApplication.processEvents()


def status(window):
    return window.statusBar().currentMessage()


def sizes(net):
    return net.input_layer.units, net.output_layer.units, net.output_layer.activation.name


# -- choosing a built-in dataset --------------------------------------------------------------------


def test_the_dock_and_the_data_menu(window, panel):
    assert window.data_dock.objectName() == "dataDock"
    assert dock_content(window.data_dock) is panel
    assert window.data_dock.toggleViewAction() in window.panels_menu.actions()
    texts = [a.text().replace("&", "") for a in window.data_menu.actions()]
    assert "Choose Dataset…" in texts and "Import CSV…" in texts
    window.data_dock.hide()
    window.act_choose_data.trigger()
    assert window.data_dock.isVisible()


def test_choose_spiral_and_see_its_points(window, panel):
    open_template(window, "xor")
    net = window.doc.network
    pick(panel, "builtin:spiral")
    assert net.dataset["kind"] == "builtin" and net.dataset["name"] == "spiral"
    assert net.dataset["params"]["n"] == 500  # every setting recorded, defaults included
    assert panel.stack.currentWidget() is not panel.empty
    train_pos = panel.scatter.train_item.getData()
    test_pos = panel.scatter.test_item.getData()
    assert len(train_pos[0]) == 250 and len(test_pos[0]) == 250
    # What the panel shows is exactly what training reads.
    data = dataset_for(net)
    assert np.allclose(np.column_stack(train_pos), data.x)
    # Class colours: the colour-blind-safe orange and blue.
    brushes = panel.scatter.train_item.data["brush"]
    labels = data.labels()
    assert {brushes[i].color().name() for i in np.flatnonzero(labels == 0)} == {CLASS_COLOURS[0].lower()}
    assert {brushes[i].color().name() for i in np.flatnonzero(labels == 1)} == {CLASS_COLOURS[1].lower()}
    assert "Spiral" in status(window)
    assert "Spiral" in panel.summary.text()

    panel.param_boxes["n"].setValue(200)
    panel.param_boxes["noise"].setValue(0.3)
    panel.apply_settings()
    assert net.dataset["params"]["n"] == 200 and net.dataset["params"]["noise"] == pytest.approx(0.3)
    assert len(panel.scatter.train_item.getData()[0]) == 100

    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert net.dataset == {"kind": "builtin", "name": "xor", "params": {}}
    assert panel.chooser.currentData() == "builtin:xor"


def test_regression_data_is_coloured_by_its_target(window, panel):
    open_template(window, "worked_example")
    pick(panel, "builtin:service_life")
    assert panel.scatter.classes is None
    assert panel.scatter.colour_bar is not None
    colours = {b.color().name() for b in panel.scatter.train_item.data["brush"]}
    assert len(colours) > 10, "a colour scale, not class colours"


def test_choosing_a_dataset_resizes_the_network_and_undo_restores_it(window, panel):
    open_template(window, "xor")
    net = window.doc.network
    hidden = [c for c in net.connections.values() if c.source == net.input_layer.id][0]
    weights = hidden.weights.copy()
    pick(panel, "builtin:spiral")
    panel.param_boxes["classes"].setValue(3)
    panel.apply_settings()
    assert sizes(net) == (2, 3, "softmax")
    assert "resized from 1 to 3" in status(window)
    window.doc.undo_stack.undo()
    assert sizes(net) == (2, 1, "sigmoid")
    assert np.array_equal(net.connections[hidden.id].weights, weights)
    window.doc.undo_stack.redo()
    assert sizes(net) == (2, 3, "softmax")


def test_a_locked_document_is_not_changed(window, panel):
    open_template(window, "xor")
    window.doc.set_locked("Training is running: stop it to edit.")
    pick(panel, "builtin:moons")
    assert window.doc.network.dataset["name"] == "xor"
    assert panel.chooser.currentData() == "builtin:xor"
    assert "Training is running" in status(window)
    window.doc.set_locked(None)


# -- feature transforms ---------------------------------------------------------------------------


def test_feature_transforms_resize_the_input_layer_and_undo_restores(window, panel):
    open_template(window, "xor")
    net = window.doc.network
    pick(panel, "builtin:circles")
    assert panel.features_box.isVisible()
    assert panel.feature_checks["x1"].isChecked() and not panel.feature_checks["x1^2"].isChecked()
    toggle(panel.feature_checks["x1^2"])
    toggle(panel.feature_checks["x2^2"])
    assert net.input_layer.units == 4
    assert net.dataset["features"] == ["x1", "x2", "x1^2", "x2^2"]
    data = dataset_for(net)
    assert data.n_features == 4 and np.allclose(data.x[:, 2], data.x[:, 0] ** 2)
    assert "resized from 3 to 4" in status(window)
    toggle(panel.feature_checks["x1"])
    toggle(panel.feature_checks["x2"])
    assert net.input_layer.units == 2 and net.dataset["features"] == ["x1^2", "x2^2"]
    # The plane still shows the raw points.
    assert len(panel.scatter.train_item.getData()[0]) == 250

    for _ in range(3):
        window.doc.undo_stack.undo()
    assert net.input_layer.units == 3 and net.dataset["features"] == ["x1", "x2", "x1^2"]
    assert panel.feature_checks["x1^2"].isChecked() and not panel.feature_checks["x2^2"].isChecked()
    window.doc.undo_stack.undo()
    assert net.input_layer.units == 2 and "features" not in net.dataset
    assert not panel.feature_checks["x1^2"].isChecked()


def test_the_last_feature_cannot_be_switched_off(window, panel):
    open_template(window, "xor")
    pick(panel, "builtin:sine")  # one input
    assert not panel.feature_checks["x2"].isEnabled()
    toggle(panel.feature_checks["x1"])
    assert panel.feature_checks["x1"].isChecked()
    assert "at least one" in status(window)


# -- drawing your own data ----------------------------------------------------------------------------


def vp_point(panel, x1, x2):
    return QPointF(panel.scatter.view_pos(x1, x2))


def click(panel, x1, x2, button=Qt.MouseButton.LeftButton):
    vp = panel.scatter.viewport()
    pos = vp_point(panel, x1, x2)
    send_mouse(vp, QEvent.Type.MouseButtonPress, pos, button=button)
    send_mouse(vp, QEvent.Type.MouseButtonRelease, pos, button=button)
    QApplication.processEvents()


def drag_point(qtbot, panel, start, end, steps=6):
    vp = panel.scatter.viewport()
    a, b = vp_point(panel, *start), vp_point(panel, *end)
    send_mouse(vp, QEvent.Type.MouseButtonPress, a)
    for k in range(1, steps + 1):
        qtbot.wait(15)  # pyqtgraph ignores mouse moves that come faster than 100 a second
        send_mouse(vp, QEvent.Type.MouseMove, a + (b - a) * (k / steps), button=Qt.MouseButton.NoButton,
                   buttons=Qt.MouseButton.LeftButton)
    send_mouse(vp, QEvent.Type.MouseButtonRelease, b)
    QApplication.processEvents()


def own_points(window):
    data = dataset_for(window.doc.network)
    return data.x, data.labels()


def test_click_to_add_points_drag_them_and_delete_them(window, panel, qtbot):
    open_template(window, "xor")
    net = window.doc.network
    pick(panel, "own")
    assert net.dataset["kind"] == "inline"
    assert panel.draw_tools.isVisible() and panel.samples_table.isVisible()
    x, labels = own_points(window)
    assert len(x) == 2
    steps = window.doc.undo_stack.count()

    panel.class_choice.setCurrentIndex(1)
    click(panel, 0.0, 1.0)
    x, labels = own_points(window)
    assert len(x) == 3 and labels[-1] == 1
    assert np.allclose(x[-1], [0.0, 1.0], atol=0.1)
    panel.class_choice.setCurrentIndex(0)
    click(panel, 1.0, -1.0)
    x, labels = own_points(window)
    assert len(x) == 4 and labels[-1] == 0
    assert panel.samples_table.rowCount() == 4
    assert window.doc.undo_stack.count() == steps + 2

    drag_point(qtbot, panel, (0.0, 1.0), (-1.0, 0.5))
    x, _ = own_points(window)
    assert np.allclose(x[2], [-1.0, 0.5], atol=0.15), x
    assert window.doc.undo_stack.count() == steps + 3, "one undo step for the whole drag"

    click(panel, -1.0, 0.5, Qt.MouseButton.RightButton)
    x, labels = own_points(window)
    assert len(x) == 3 and not np.any(np.all(np.isclose(x, [-1.0, 0.5], atol=0.15), axis=1))

    click(panel, 1.0, -1.0)  # select the point
    assert panel.scatter.selected == 2
    panel.scatter.setFocus()
    QTest.keyClick(panel.scatter, Qt.Key.Key_Delete)
    x, _ = own_points(window)
    assert len(x) == 2
    assert len(net.layers) == 3, "Delete removed the point, not the selected layers"

    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    x, _ = own_points(window)
    assert len(x) == 4 and np.allclose(x[2], [-1.0, 0.5], atol=0.15)
    assert len(panel.scatter.train_item.getData()[0]) == 4


def test_type_samples_into_the_table(window, panel):
    open_template(window, "xor")
    pick(panel, "own")
    table = panel.samples_table
    table.item(0, 0).setText("1.5")
    x, _ = own_points(window)
    assert x[0, 0] == 1.5
    panel.add_row_button.click()
    assert table.rowCount() == 3
    table.item(2, 1).setText("-0,25")  # a decimal comma is fine
    table.item(2, 2).setText("1")
    x, labels = own_points(window)
    assert x[2, 1] == -0.25 and labels[2] == 1

    before = window.doc.network.dataset["x"].copy()
    table.item(1, 0).setText("abc")
    assert "not a number" in status(window)
    table.item(1, 2).setText("5")
    assert "class" in status(window)
    assert np.array_equal(window.doc.network.dataset["x"], before)
    assert table.item(1, 0).text() != "abc", "the table shows the data again"

    table.selectRow(1)
    panel.delete_rows_button.click()
    assert table.rowCount() == 2


def test_the_data_menu_starts_own_points_once(window, panel):
    open_template(window, "xor")
    net = window.doc.network
    window.act_own_data.trigger()
    assert net.dataset["kind"] == "inline" and len(net.dataset["x"]) == 2
    assert panel.chooser.currentData() == "own" and panel.draw_tools.isVisible()
    steps = window.doc.undo_stack.count()
    window.act_own_data.trigger()  # already own points: nothing is replaced
    assert window.doc.undo_stack.count() == steps and not panel.choose_own()


def test_more_classes_and_editing_a_built_in_set(window, panel):
    open_template(window, "xor")
    net = window.doc.network
    pick(panel, "own")
    panel.class_count.setValue(3)
    assert sizes(net) == (2, 3, "softmax")
    panel.class_choice.setCurrentIndex(2)
    click(panel, 0.0, 0.0)
    assert own_points(window)[1][-1] == 2

    pick(panel, "builtin:xor")
    assert panel.edit_button.isVisible()
    panel.edit_button.click()
    assert net.dataset["kind"] == "inline"
    x, labels = own_points(window)
    assert len(x) == 4 and list(labels) == [0, 1, 1, 0]


# -- CSV import ----------------------------------------------------------------------------------------


GOOD_CSV = "length,width,kind\n" + "".join(
    f"{1 + i % 7},{2 + (i * 3) % 5}.5,{'abc'[i % 3]}\n" for i in range(30))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(monkeypatch, panel, path, setup=None):
    """Data → Import CSV… with the dialog filled in as a user would, without a modal loop."""
    seen = {}

    def exec_(dialog):
        dialog.set_path(path)
        if setup:
            setup(dialog)
        dialog.accept()
        seen["dialog"] = dialog
        return dialog.result()

    monkeypatch.setattr(CsvImportDialog, "exec", exec_)
    return panel.import_csv(), seen["dialog"]


def test_import_a_good_csv_file(window, panel, tmp_path, monkeypatch):
    open_template(window, "xor")
    net = window.doc.network
    path = write(tmp_path, "parts.csv", GOOD_CSV)

    def setup(dialog):
        assert dialog.table.columns == ["length", "width", "kind"]
        assert dialog.chosen("target") == ["kind"]
        dialog.scaling.setCurrentIndex(dialog.scaling.findData("standardize"))
        dialog.test.setValue(0.2)
        dialog.validation.setValue(0.1)

    ok, dialog = run_import(monkeypatch, panel, path, setup)
    assert ok and dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.error.isVisible()
    spec = net.dataset
    assert spec["kind"] == "csv" and spec["path"] == str(path) and spec["scaling"] == "standardize"
    assert spec["classes"]["names"] == ["a", "b", "c"] and "scaler" in spec
    assert sizes(net) == (2, 3, "softmax")
    data = dataset_for(net)
    assert (data.n_samples, len(data.x_test), len(data.x_val)) == (21, 6, 3)
    assert abs(data.x.mean()) < 1e-9, "standardised on the training rows"
    # The panel shows the file's first rows with its column names.
    assert panel.stack.currentWidget() is panel.table
    headers = [panel.table.horizontalHeaderItem(j).text() for j in range(panel.table.columnCount())]
    assert headers == ["length (input)", "width (input)", "kind (target)"]
    assert panel.table.rowCount() == 30 and panel.table.item(0, 2).text() == "a"
    assert "parts" in panel.chooser.currentText()
    assert "resized" in status(window)
    window.doc.undo_stack.undo()
    assert net.dataset == {"kind": "builtin", "name": "xor", "params": {}} and sizes(net) == (2, 1, "sigmoid")


def test_choose_columns_and_a_regression_target(window, panel, tmp_path, monkeypatch):
    open_template(window, "xor")
    path = write(tmp_path, "life.csv", "id;length;width;life\n" + "".join(
        f"{i};{i % 5},5;{i % 3};{10 + i * 0.5}\n" for i in range(12)))

    def setup(dialog):
        assert dialog.table.delimiter == ";"
        dialog.set_role("id", "unused")
        dialog.target_kind.setCurrentIndex(dialog.target_kind.findData("regression"))
        dialog.scaling.setCurrentIndex(dialog.scaling.findData("minmax"))

    ok, _ = run_import(monkeypatch, panel, path, setup)
    assert ok
    data = dataset_for(window.doc.network)
    assert data.task == "regression" and data.feature_names == ["length", "width"]
    assert data.x.min() == 0.0 and data.x.max() == 1.0


BAD_CSV = {
    "not_a_number": ("length,width,kind\n1,2,a\n3,wide,b\n5,6,a\n", ["line 3", "width", "'wide' is not a number"]),
    "missing_value": ("length,width,kind\n1,2,a\n3,,b\n5,6,a\n", ["line 3", "width", "missing"]),
    "ragged_row": ("length,width,kind\n1,2,a\n3,4\n5,6,a\n", ["line 3", "kind", "missing"]),
    "extra_value": ("length,width,kind\n1,2,a\n3,4,b,9\n5,6,a\n", ["line 3", "extra"]),
    "one_class": ("length,width,kind\n1,2,a\n3,4,a\n", ["only the class 'a'"]),
    "empty": ("", ["empty"]),
}


@pytest.mark.parametrize("case", sorted(BAD_CSV))
def test_a_bad_csv_file_is_refused_with_its_line_and_column(window, panel, tmp_path, monkeypatch, case):
    open_template(window, "xor")
    net = window.doc.network
    before = (net.dataset, sizes(net), window.doc.undo_stack.count())
    text, expected = BAD_CSV[case]
    path = write(tmp_path, f"{case}.csv", text)
    ok, dialog = run_import(monkeypatch, panel, path)
    assert not ok
    assert dialog.result() != QDialog.DialogCode.Accepted, "the dialog stays open"
    assert dialog.dataset is None
    assert not dialog.error.isHidden()
    for words in expected:
        assert words in dialog.error.text(), dialog.error.text()
    assert (net.dataset, sizes(net), window.doc.undo_stack.count()) == before


def test_the_dialog_asks_for_a_target(qtbot, tmp_path):
    dialog = CsvImportDialog()
    qtbot.addWidget(dialog)
    dialog.set_path(write(tmp_path, "t.csv", GOOD_CSV))
    dialog.set_role("kind", "input")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "target" in dialog.error.text()
    dialog.set_role("width", "target")
    dialog.set_role("kind", "unused")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.dataset.task in ("multiclass", "regression")


# -- images -------------------------------------------------------------------------------------------


def test_mnist_shows_an_image_grid(window, panel):
    window.open_example(resource("examples", "mnist_mlp.nbn"))
    QApplication.processEvents()
    assert panel.stack.currentWidget() is panel.images
    assert len(panel.images.pixmaps) == 40
    assert panel.images.labels[:8] == ["5", "0", "4", "1", "9", "2", "1", "3"]  # the first MNIST digits
    assert panel.images.pixmaps[0].width() == 28
    assert not panel.features_box.isVisible() and not panel.edit_button.isVisible()
    assert "60000 samples" in panel.summary.text()
    assert panel.chooser.currentData() == "builtin:mnist"


def test_choosing_mnist_fits_the_network_and_undo_restores(window, panel):
    open_template(window, "xor")
    net = window.doc.network
    pick(panel, "builtin:mnist")
    assert sizes(net) == (784, 10, "softmax")
    assert tuple(net.input_layer.image_shape) == (28, 28)
    assert panel.stack.currentWidget() is panel.images
    window.doc.undo_stack.undo()
    assert sizes(net) == (2, 1, "sigmoid") and net.input_layer.image_shape is None
    assert panel.stack.currentWidget() is not panel.images


def write_idx(path, array):
    codes = {np.dtype(np.uint8): 0x08}
    header = struct.pack(">BBBB", 0, 0, codes[array.dtype], array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    with gzip.open(path, "wb") as f:
        f.write(header + array.tobytes())


def test_open_idx_files_like_fashion_mnist(window, panel, tmp_path, monkeypatch):
    open_template(window, "xor")
    net = window.doc.network
    folder = tmp_path / "fashion"
    folder.mkdir()
    rng = np.random.default_rng(0)
    write_idx(folder / "train-images-idx3-ubyte.gz", rng.integers(0, 256, (30, 6, 5), dtype=np.uint8))
    write_idx(folder / "train-labels-idx1-ubyte.gz", (np.arange(30) % 3).astype(np.uint8))
    write_idx(folder / "t10k-images-idx3-ubyte.gz", rng.integers(0, 256, (9, 6, 5), dtype=np.uint8))
    write_idx(folder / "t10k-labels-idx1-ubyte.gz", (np.arange(9) % 3).astype(np.uint8))
    monkeypatch.setattr("netbuilder.ui.data.files.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(folder / "train-images-idx3-ubyte.gz"), ""))
    window.act_open_idx.trigger()
    assert net.dataset["kind"] == "idx" and net.dataset["test_images"].endswith("t10k-images-idx3-ubyte.gz")
    assert sizes(net) == (30, 3, "softmax")
    assert panel.stack.currentWidget() is panel.images and len(panel.images.pixmaps) == 30
    assert panel.images.labels[:4] == ["0", "1", "2", "0"]
    assert "IDX" in panel.chooser.currentText()

    (folder / "train-labels-idx1-ubyte.gz").write_bytes(b"not gzip at all")
    before = (dict(net.dataset), sizes(net))
    assert not panel.open_idx_file(folder / "train-images-idx3-ubyte.gz")
    assert "train-labels" in panel.problem.text()
    assert (net.dataset, sizes(net)) == before


def test_own_regression_samples_and_the_file_keeps_them(window, panel, tmp_path):
    import netbuilder as nb

    open_template(window, "worked_example")  # its one sample (length 0.1, width 0.2 -> 1) is carried by the file
    net = window.doc.network
    assert panel.chooser.currentData() == "own"
    assert panel.value_choice.isVisible() and not panel.class_choice.isVisible()
    assert panel.scatter.classes is None
    panel.value_choice.setValue(0.25)
    assert panel.add_point(0.5, 0.7)
    data = dataset_for(net)
    assert data.task == "regression" and data.feature_names == ["length", "width"]
    assert np.allclose(data.x[-1], [0.5, 0.7]) and data.y[-1, 0] == 0.25
    assert panel.delete_point(0) and len(dataset_for(net).x) == 1
    assert not panel.delete_point(0), "the last sample stays"
    assert "at least one sample" in status(window)
    toggle(panel.feature_checks["x1*x2"])
    assert net.input_layer.units == 3

    path = tmp_path / "mine.nbn"
    nb.save(net, path)
    again = dataset_for(nb.load(path))
    assert np.array_equal(again.x, dataset_for(net).x) and again.feature_names[-1] == "length·width"


# -- the loader cache -----------------------------------------------------------------------------------


def test_the_cache_keeps_the_last_datasets_and_notices_a_changed_file(tmp_path):
    from netbuilder.ui.data.cache import DatasetCache, spec_key

    cache = DatasetCache(size=2)
    xor = {"kind": "builtin", "name": "xor", "params": {}}
    data, raw = cache.load(xor)
    assert data is raw and cache.load(xor)[1] is raw, "loaded once"
    featured, same_raw = cache.load(dict(xor, features=["x1", "x2", "x1*x2"]))
    assert same_raw is raw and featured.n_features == 3 and len(cache) == 1, "features are added to the kept data"
    cache.load({"kind": "builtin", "name": "circles", "params": {}})
    cache.load({"kind": "builtin", "name": "moons", "params": {}})
    assert len(cache) == 2 and cache.load(xor)[1] is not raw, "the oldest was let go"

    path = write(tmp_path, "parts.csv", GOOD_CSV)
    spec = {"kind": "csv", "path": "parts.csv"}
    before = spec_key(spec, tmp_path)
    assert spec_key(dict(spec), tmp_path) == before
    path.write_text(GOOD_CSV + "8,9.5,a\n", encoding="utf-8")
    assert spec_key(spec, tmp_path) != before, "a changed file is other data"
