"""bot.facts.check: the command that checks a facts file."""

import subprocess
import sys

from tests.conftest import FACTS_PATH, ROOT
from tests.unit.facts.conftest import _write


def test_the_check_command_reports_ok_and_errors(tmp_path):
    def check(path):
        return subprocess.run([sys.executable, "-m", "bot.facts.check", str(path)], cwd=ROOT, capture_output=True,
                              text=True)

    ok = check(FACTS_PATH)
    assert ok.returncode == 0 and "OK" in ok.stdout
    bad = _write(tmp_path, lambda d: d["emergency"].pop("number"))
    failed = check(bad)
    assert failed.returncode == 1 and "emergency.number: this field is required" in failed.stderr
