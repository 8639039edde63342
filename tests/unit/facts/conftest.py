"""Shared by the facts' tests: a copy of the real facts file with one mistake made in it."""

import yaml

from tests.conftest import FACTS_PATH


def _write(tmp_path, mutate):
    data = yaml.safe_load(FACTS_PATH.read_text())
    mutate(data)
    path = tmp_path / "hospital.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path
