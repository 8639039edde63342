"""How the out-of-scope gate (bot/scope) generalises: leave one source out, printed as JSON.

    .venv/bin/python bench/scope.py [--corpora ../shared/corpora]      (make bench-scope)

For each public source, the gate is rebuilt by the shipped recipe (bot.scope.train.fit, threshold
re-chosen out of fold) without that source, then scored on it: the share of its lines declined. For an
out-of-scope source (hwu64, banking77, snips) higher is better (requests of kinds the gate never saw);
for an in-scope one (medquad, medical_qa_forums, counsel_chat) lower is better (health questions and
posts wrongly declined). What patients get end to end is `make evaluate` on evaluation/patients.yml.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.scope.train import DEFAULT_CORPORA, SOURCES, fit, load_corpora, load_nlu, source_name  # noqa: E402


def leave_one_source_out(corpora: Path) -> dict[str, dict[str, float]]:
    lines = load_corpora(corpora) + load_nlu()
    result = {}
    for source in SOURCES:
        name = source_name(source.file)
        started = time.perf_counter()
        model = fit([line for line in lines if line.source != name], {})
        left_out = [line.text for line in lines if line.source == name]
        declined = model.probabilities(left_out)[:, 0] >= float(model.thresholds[0])
        result[name] = {
            "lines": len(left_out),
            "out_of_scope": source.out_of_scope,
            "declined": round(float(declined.mean()), 4),
            "seconds": round(time.perf_counter() - started, 1),
        }
        print(f"{name}: {result[name]['declined']:.3f} declined", file=sys.stderr)
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args(argv)
    if not (args.corpora / SOURCES[0].file).exists():
        print(json.dumps({"skipped": f"no corpora in {args.corpora} (SAFETY_CORPORA_DIR)"}))
        return 0
    print(json.dumps({"leave_one_source_out": leave_one_source_out(args.corpora)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
