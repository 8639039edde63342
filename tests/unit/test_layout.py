"""The unit tests mirror the code: tests/unit/<package>/test_<module>.py tests bot/<package>/<module>.py (or a
subpackage as a whole, bot/<package>/<module>/__init__.py), tests/unit/actions/ tests actions/, and a top-level
module's tests (bot/<module>.py, or the actions package as a whole) are in tests/unit/ itself."""

from __future__ import annotations

from pathlib import Path

UNIT = Path(__file__).resolve().parent
ROOT = UNIT.parents[1]

# Tests of no one module: they check data files, or the code base as a whole.
EXCEPTIONS = {
    "test_disclosure_labels.py": "evaluation/disclosure_labels.jsonl labels every evaluation message (a data check)",
    "test_identifier_messages.py": "the identifier evaluation data of tests/data/ (a data check)",
    "test_label_audit.py": "bench/label_audit.jsonl, the blind reader's labels of corpus samples, and the bench's "
    "estimate with them (a data check)",
    "test_import_graph.py": "the import graph of all of bot/",
    "test_layout.py": "this file: the layout of tests/unit/",
    "test_nlu_dev_set.py": "the development sets of tests/data/ stay apart from training data (a data check)",
    "test_routine_disclosures_data.py": "the held-out routine-disclosure file of tests/data/ (a data check)",
    "test_safety_data.py": "the safety detector's labelled data of tests/data/ (a data check)",
}


def _code_folder(folder: Path) -> Path | None:
    """The code folder that a folder of tests/unit/ mirrors: tests/unit/actions/... is actions/..., any other is bot/...
    (tests/unit/ itself: None, it holds the tests of top-level modules)."""
    parts = folder.relative_to(UNIT).parts
    if not parts:
        return None
    return ROOT.joinpath(*parts) if parts[0] == "actions" else ROOT.joinpath("bot", *parts)


def _is_package(path: Path) -> bool:
    return (path / "__init__.py").is_file()


def _tested_names(folder: Path) -> set[str]:
    """What a test file in `folder` may be named after: the modules and subpackages of the code folder it mirrors."""
    code = _code_folder(folder)
    if code is None:
        return _tested_names_in(ROOT / "bot") | {"actions"}
    return _tested_names_in(code) if _is_package(code) else set()


def _tested_names_in(package: Path) -> set[str]:
    modules = {path.stem for path in package.glob("*.py") if not path.name.startswith("__")}
    return modules | {path.name for path in package.iterdir() if path.is_dir() and _is_package(path)}


def _test_files() -> list[Path]:
    return sorted(UNIT.rglob("test_*.py"))


def test_every_unit_test_file_is_named_after_a_module_of_the_package_its_folder_mirrors():
    misplaced = []
    for path in _test_files():
        relative = path.relative_to(UNIT).as_posix()
        if relative in EXCEPTIONS:
            continue
        tested = path.stem.removeprefix("test_")
        if tested not in _tested_names(path.parent):
            code = _code_folder(path.parent)
            where = code.relative_to(ROOT).as_posix() if code else "bot/ (or actions as a whole)"
            misplaced.append(f"{relative}: no module or package {tested!r} in {where}")
    gone = [f"{name}: listed as an exception, but not there" for name in EXCEPTIONS if not (UNIT / name).is_file()]
    assert misplaced + gone == []


def test_every_folder_of_unit_tests_is_a_package():
    """Two test files of the same name in different folders (console/test_review.py, test_review.py) need packages
    to be told apart."""
    folders = {path.parent for path in UNIT.rglob("*.py") if "__pycache__" not in path.parts}
    assert sorted(folder.relative_to(ROOT).as_posix() for folder in folders if not _is_package(folder)) == []
