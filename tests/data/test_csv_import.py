"""CSV files: what a learner's spreadsheet export looks like, and every way it can be wrong."""

import numpy as np
import pytest

from netbuilder.data import input_scaler, input_transform, load_dataset, parse_data_argument, read_csv


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


PARTS = "length,width,life\n0.1,0.2,1.0\n0.5,0.3,0.7\n0.9,0.8,0.3\n0.3,0.6,0.8\n"


# -- good files ----------------------------------------------------------------------------------

def test_header_and_default_columns(tmp_path):
    data = read_csv(write(tmp_path, PARTS))
    assert data.feature_names == ["length", "width"] and data.target_names == ["life"]
    assert data.x.tolist()[0] == [0.1, 0.2] and data.y[:, 0].tolist() == [1.0, 0.7, 0.3, 0.8]
    assert data.task == "regression" and not data.has_test and not data.has_validation
    assert data.name == "data"
    assert data.spec["header"] is True and data.spec["delimiter"] == ","
    assert data.spec["feature_columns"] == ["length", "width"] and data.spec["target_columns"] == ["life"]


def test_without_header(tmp_path):
    data = read_csv(write(tmp_path, "0.1,0.2,1.0\n0.5,0.3,0.7\n"))
    assert data.spec["header"] is False and data.n_samples == 2
    assert data.feature_names == ["x1", "x2"] and data.spec["feature_columns"] == ["column 1", "column 2"]
    assert load_dataset(data.spec).x.tolist() == data.x.tolist()


def test_semicolons_with_decimal_commas_and_an_excel_bom(tmp_path):
    path = write(tmp_path, "\ufefflength;width;life\r\n0,1;0,2;1\r\n0,5;0,3;0,7\r\n", encoding="utf-8")
    data = read_csv(path)
    assert data.spec["delimiter"] == ";" and data.feature_names == ["length", "width"]
    assert data.x.tolist() == [[0.1, 0.2], [0.5, 0.3]]


def test_tabs(tmp_path):
    data = read_csv(write(tmp_path, "a\tb\ty\n1\t2\t3\n4\t5\t6\n", name="d.tsv"))
    assert data.spec["delimiter"] == "\t" and data.x.tolist() == [[1, 2], [4, 5]]


def test_quotes_blank_lines_and_trailing_separators(tmp_path):
    text = '"length","width","life"\n\n"0.1",0.2,1.0,\n,,\n0.5,0.3,0.7\n\n'
    data = read_csv(write(tmp_path, text))
    assert data.x.tolist() == [[0.1, 0.2], [0.5, 0.3]]


def test_choosing_columns_by_name_and_number(tmp_path):
    path = write(tmp_path, "id,length,width,life\n1,0.1,0.2,1.0\n2,0.5,0.3,0.7\n3,0.9,0.8,0.3\n")
    by_name = read_csv(path, feature_columns=["length", "width"], target_columns="life")
    by_number = read_csv(path, feature_columns=[1, 2], target_columns=-1)
    assert by_name.x.tolist() == by_number.x.tolist() == [[0.1, 0.2], [0.5, 0.3], [0.9, 0.8]]
    only_target = read_csv(path, target_columns="width")
    assert only_target.feature_names == ["id", "length", "life"]
    case = read_csv(path, feature_columns=["LENGTH"], target_columns="Life")
    assert case.feature_names == ["length"]


def test_text_labels_become_one_hot_classes(tmp_path):
    text = "a,b,species\n1,2,setosa\n3,4,virginica\n5,6,versicolor\n7,8,setosa\n"
    data = read_csv(write(tmp_path, text))
    assert data.task == "multiclass" and data.target_names == ["setosa", "versicolor", "virginica"]
    assert data.y.tolist() == [[1, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0]]
    assert data.spec["classes"] == {"column": "species", "names": ["setosa", "versicolor", "virginica"]}
    assert data.spec["target_kind"] == "classification"


def test_two_classes_are_one_01_column(tmp_path):
    data = read_csv(write(tmp_path, "x1,x2,ok\n0,0,no\n0,1,yes\n1,0,yes\n1,1,no\n"))
    assert data.task == "binary" and data.y[:, 0].tolist() == [0, 1, 1, 0]
    assert data.target_names == ["no", "yes"]


def test_few_whole_numbers_are_classes_sorted_by_value(tmp_path):
    rows = "".join(f"{i},{i % 3 * 5}\n" for i in range(12))
    data = read_csv(write(tmp_path, "x,digit\n" + rows))
    assert data.task == "multiclass" and data.target_names == ["0", "5", "10"]
    assert data.y.argmax(axis=1).tolist() == [i % 3 for i in range(12)]
    forced = read_csv(write(tmp_path, "x,digit\n" + rows), target_kind="regression")
    assert forced.task == "regression" and forced.y[:3, 0].tolist() == [0, 5, 10]


def test_many_distinct_or_fractional_values_are_regression(tmp_path):
    rows = "".join(f"{i},{i * 1.5}\n" for i in range(30))
    assert read_csv(write(tmp_path, "x,y\n" + rows)).task == "regression"


def test_several_regression_targets(tmp_path):
    data = read_csv(write(tmp_path, PARTS), feature_columns=["length"], target_columns=["width", "life"])
    assert data.task == "regression" and data.y.shape == (4, 2) and data.target_names == ["width", "life"]


def test_one_hot_target_columns(tmp_path):
    text = "x,a,b,c\n1,1,0,0\n2,0,1,0\n3,0,0,1\n"
    data = read_csv(write(tmp_path, text), feature_columns=["x"], target_columns=["a", "b", "c"])
    assert data.task == "multiclass" and data.target_names == ["a", "b", "c"]


# -- splits and scaling ---------------------------------------------------------------------------

def big(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.normal(5, 2, (100, 2))
    y = (x[:, 0] > 5).astype(int)
    lines = ["a,b,label"] + [f"{u:.6f},{v:.6f},{c}" for (u, v), c in zip(x, y)]
    return write(tmp_path, "\n".join(lines) + "\n", name="big.csv")


def test_train_validation_test_split(tmp_path):
    path = big(tmp_path)
    data = read_csv(path, test_fraction=0.2, validation_fraction=0.1, seed=3)
    assert (data.n_samples, len(data.x_val), len(data.x_test)) == (70, 10, 20)
    rows = np.concatenate([data.x, data.x_val, data.x_test])
    assert len(np.unique(rows, axis=0)) == 100
    same = read_csv(path, test_fraction=0.2, validation_fraction=0.1, seed=3)
    other = read_csv(path, test_fraction=0.2, validation_fraction=0.1, seed=4)
    assert np.array_equal(data.x_test, same.x_test) and not np.array_equal(data.x_test, other.x_test)


def test_a_split_that_leaves_no_training_rows(tmp_path):
    with pytest.raises(ValueError, match="leave no training rows"):
        read_csv(write(tmp_path, PARTS), test_fraction=0.5, validation_fraction=0.5)


@pytest.mark.parametrize("method", ["standardize", "minmax"])
def test_scaling_is_learnt_on_the_training_rows_and_saved(tmp_path, method):
    path = big(tmp_path)
    data = read_csv(path, scaling=method, test_fraction=0.3, seed=0)
    if method == "standardize":
        assert np.allclose(data.x.mean(axis=0), 0) and np.allclose(data.x.std(axis=0), 1)
        assert not np.allclose(data.x_test.mean(axis=0), 0, atol=1e-6)
    else:
        assert np.allclose(data.x.min(axis=0), 0) and np.allclose(data.x.max(axis=0), 1)
    scaler = data.spec["scaler"]
    assert scaler["method"] == method and scaler["columns"] == ["a", "b"]
    raw = read_csv(path, test_fraction=0.3, seed=0)
    assert np.allclose(input_scaler(data.spec)(raw.x_test), data.x_test)
    assert np.allclose(input_transform(data.spec)(raw.x_test[0]), data.x_test[0])


def test_a_saved_scaler_is_reused_even_when_the_file_grows(tmp_path):
    path = write(tmp_path, "a,y\n0,1\n10,2\n")
    first = read_csv(path, scaling="minmax")
    path.write_text("a,y\n0,1\n10,2\n20,3\n")
    again = load_dataset(first.spec)
    assert again.x[:, 0].tolist() == [0.0, 1.0, 2.0]
    relearnt = load_dataset({k: v for k, v in first.spec.items() if k != "scaler"})
    assert relearnt.x[:, 0].tolist() == [0.0, 0.5, 1.0]


def test_the_scaler_wants_the_right_number_of_inputs(tmp_path):
    data = read_csv(write(tmp_path, PARTS), scaling="standardize")
    with pytest.raises(ValueError, match=r"needs 2 values \(length, width\), got 3"):
        input_scaler(data.spec)([1, 2, 3])


def test_stored_classes_keep_their_order(tmp_path):
    path = write(tmp_path, "x,c\n1,b\n2,c\n3,a\n")
    first = read_csv(path)
    path.write_text("x,c\n1,c\n2,b\n")  # 'a' is gone: without the stored list 'b' would become class 0
    again = load_dataset(first.spec)
    assert again.y.argmax(axis=1).tolist() == [2, 1] and again.target_names == ["a", "b", "c"]
    path.write_text("x,c\n1,c\n2,d\n")
    with pytest.raises(ValueError, match="line 3, column 'c': 'd' is not one of the classes"):
        load_dataset(first.spec)


def test_spec_round_trip_with_relative_path(tmp_path):
    write(tmp_path, PARTS, name="parts.csv")
    data = load_dataset({"kind": "csv", "path": "parts.csv", "scaling": "minmax", "test_fraction": 0.25},
                        base_dir=tmp_path)
    assert data.spec["path"] == "parts.csv"
    again = load_dataset(data.spec, base_dir=tmp_path)
    assert np.array_equal(again.x, data.x) and np.array_equal(again.x_test, data.x_test)


def test_the_command_line_names_a_csv_file(tmp_path, monkeypatch):
    write(tmp_path, PARTS, name="parts.csv")
    monkeypatch.chdir(tmp_path)
    spec = parse_data_argument("parts.csv")
    assert spec["kind"] == "csv" and spec["path"] == str(tmp_path / "parts.csv")
    assert load_dataset(spec, base_dir="/somewhere/else").n_samples == 4
    assert parse_data_argument("table.TSV")["kind"] == "csv"


def test_features_apply_to_two_column_csv_data(tmp_path):
    spec = {"kind": "csv", "path": str(write(tmp_path, PARTS)), "features": ["x1", "x2", "x1*x2"]}
    data = load_dataset(spec)
    assert data.feature_names == ["length", "width", "length·width"]
    assert np.allclose(data.x[:, 2], data.x[:, 0] * data.x[:, 1])


# -- bad files: the message names the line and the column ------------------------------------------

@pytest.mark.parametrize("text, message", [
    ("a,b,y\n1,2,3\n4,x5,6\n", "line 3, column 'b': 'x5' is not a number"),
    ("a,b,y\n1,2,3\n4,,6\n", "line 3, column 'b': the value is missing"),
    ("a,b,y\n1,2,3\n4,NA,6\n", "line 3, column 'b': the value is missing"),
    ("a,b,y\n1,2,3\n4,inf,6\n", "line 3, column 'b': 'inf' is not a finite number"),
    ("1,2,3\n4,5,6\n7,oops,9\n", "line 3, column 2: 'oops' is not a number"),
    ("a,b,y\n1,2,3\n4,5\n", r"line 3: 2 values but the table has 3 columns \(comma-separated\), so column 'y' is "
                          "missing"),
    ("a,b,y\n1,2,3\n\n4,5,6,7\n", "line 4: 4 values but the table has 3 columns.*column 4 is extra"),
    ("a,b,y\n1,2,3\n4,5,6\n7,8,nine\n", "line 4, column 'y': 'nine' is not a number"),
    ("name,b,y\nann,2,3\nbob,5,6\n", "line 2, column 'name': 'ann' is not a number, and nor is any value"),
    ("a,b,label\n1,2,x\n3,4,\n", "line 3, column 'label': the class label is missing"),
    ('a,b,y\n1,2,3\n"4,5,6\n', "line 3"),
])
def test_bad_rows_name_line_and_column(tmp_path, text, message):
    with pytest.raises(ValueError, match=message) as err:
        read_csv(write(tmp_path, text))
    assert "data.csv" in str(err.value)


def test_nothing_half_loaded(tmp_path):
    path = write(tmp_path, "a,y\n" + "1,2\n" * 500 + "1,x\n")
    with pytest.raises(ValueError, match="line 502"):
        read_csv(path, test_fraction=0.5)


@pytest.mark.parametrize("content, message", [
    (b"", "data.csv is empty"),
    (b"  \n\n", "data.csv is empty"),
    (b"a,b,y\n", "has a header row but no data rows"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ("a,b,y\n1,2,3\ncafé,2,3\n".encode("latin-1"), "line 3: the byte 0xE9 is not UTF-8"),
    (b"just\none\ncolumn\n", "a single column"),
])
def test_files_that_are_not_tables(tmp_path, content, message):
    with pytest.raises(ValueError, match=message):
        read_csv(write(tmp_path, content))


@pytest.mark.parametrize("options, message", [
    ({"feature_columns": ["lenght"]}, "has no column 'lenght'; did you mean 'length'"),
    ({"target_columns": 7}, "no target column number 7: data.csv has 3 columns"),
    ({"feature_columns": ["length"], "target_columns": ["length"]}, "both as an input and as a target"),
    ({"feature_columns": ["length", "width", "life"]}, "leave one for the target"),
    ({"scaling": "normalise"}, "scaling must be one of none, standardize, minmax"),
    ({"target_kind": "labels"}, "target_kind must be one of"),
    ({"test_fraction": 1.5}, "test_fraction must be from 0 to 0.9"),
    ({"delimiter": "|"}, "the delimiter is a comma, a semicolon or a tab"),
    ({"target_kind": "classification", "target_columns": "life"}, None),
])
def test_bad_options(tmp_path, options, message):
    path = write(tmp_path, PARTS)
    if message is None:
        assert read_csv(path, **options).task == "multiclass"
        return
    with pytest.raises(ValueError, match=message):
        read_csv(path, **options)


def test_unknown_spec_settings_and_missing_file(tmp_path):
    with pytest.raises(ValueError, match="no setting 'scale'"):
        load_dataset({"kind": "csv", "path": "x.csv", "scale": "minmax"})
    with pytest.raises(ValueError, match="cannot find the data file"):
        load_dataset({"kind": "csv", "path": "nothing.csv"}, base_dir=tmp_path)
    with pytest.raises(ValueError, match="needs the path"):
        load_dataset({"kind": "csv"})


def test_a_single_class_is_not_a_classification(tmp_path):
    with pytest.raises(ValueError, match="holds only the class 'a'"):
        read_csv(write(tmp_path, "x,c\n1,a\n2,a\n"), target_kind="classification")
