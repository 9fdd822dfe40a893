"""A few hundred damaged and hostile network files, made from the example networks by seeded mutations
(tools/fuzz_files.py makes them; run it for 10 000 cases through train, predict and walkthrough as well):
each loads cleanly, saves again and reads back the same, or is one NetworkFileError of one line; and
``netbuilder info`` says the same, status 0 or 2 with one line ``netbuilder: error: …``, never a traceback."""

import importlib.util
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = 500


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("fuzz_files", ROOT / "tools" / "fuzz_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cases_are_reproducible(fuzz):
    assert fuzz.make_case(0, 17) == fuzz.make_case(0, 17)
    assert fuzz.make_case(0, 17) != fuzz.make_case(1, 17)


def test_damaged_and_hostile_files_load_cleanly_or_give_one_message(fuzz, tmp_path):
    start = time.perf_counter()
    outcomes = {"loaded": 0, "refused": 0}
    failures = []
    mutations = set()
    for index in range(CASES):
        name, data, done = fuzz.make_case(0, index)
        mutations.update(what.split(" ")[0] for what in done)
        try:
            outcomes[fuzz.check_in_process(data, tmp_path / str(index), commands=("load", "info"))] += 1
        except fuzz.Failure as exc:
            failures.append(f"case {index} from {name} ({'; '.join(done)}): {exc.kind}: {exc.detail}")
    assert not failures, "\n\n".join(failures[:5])
    assert outcomes["loaded"] >= CASES // 10 and outcomes["refused"] >= CASES // 2, outcomes
    assert {"cut", "bytes", "replace", "repeat", "delete", "add", "nest", "wrong", "swap", "plausible",
            "free-form"} <= mutations, mutations
    assert time.perf_counter() - start < 60
