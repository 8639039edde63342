"""`python -m bot.facts.check [path]`: validate the facts file; exit 1 with the field named."""

from __future__ import annotations

import sys

from bot.facts.loader import FactsError, load_facts
from bot.settings import load_settings


def main(argv: list[str]) -> int:
    path = argv[0] if argv else str(load_settings().paths.facts_path)
    try:
        facts = load_facts(path)
    except FactsError as error:
        print(f"Facts file error: {error}", file=sys.stderr)
        return 1
    print(
        f"{path}: OK ({len(facts.sites)} sites, {len(facts.units)} units, "
        f"{len(facts.departments)} departments, {len(facts.amenities)} amenities)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
