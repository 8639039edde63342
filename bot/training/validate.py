"""`python -m bot.training.validate [--min-examples 20] [--root DIR]`: the project's own training-data checks.

What `rasa data validate` does not check, each problem printed as `path:line: message` (path relative to the
project root, line 1-based):

1. the facts file (config/hospital.yml) matches its schema (bot/facts);
2. every intent of the domain has at least --min-examples examples in data/nlu and is in a test conversation
   (tests/stories);
3. no example text is given under two different intents (bot.training_data.normalise_example: compared
   without entity annotations, case, extra spaces or final punctuation);
4. no training example and no user text of a test conversation holds what bot.safety flags as sensitive;
   placeholders such as [CONDITION] or [DOB], the redacted form, are allowed;
5. every action of the rules and test conversations exists (a response, form or custom action of the domain,
   or a Rasa default action), and every custom action of the domain is implemented in actions/.

Exits 1 when there is any problem.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rasa.shared.core.constants import DEFAULT_ACTION_NAMES
from rasa.shared.nlu.training_data.entities_parser import replace_entities

from bot.facts.loader import FactsError, _field_path, load_facts
from bot.safety import Finding, assess
from bot.settings import PROJECT_ROOT, child_environment
from bot.training.held_out import DEVELOPMENT_SETS, EVALUATION_SET, PATIENTS_SETS
from bot.training_data import (
    DATA,
    Example,
    Problem,
    block_examples,
    item_line,
    key_line,
    load_yaml,
    normalise_example,
    read_examples,
    text_line,
    yaml_files,
)

DOMAIN = "config/domain.yml"
FACTS = "config/hospital.yml"
NLU = "data/nlu"
TEST_STORIES = "tests/stories"
# Patients' messages scored by `make evaluate`, and the development sets thresholds are chosen on: none may be a
# training example either (a shared message would be scored as unseen), but they are patients' own words, so
# what the safety check makes of them is measured (bench/safety.py), not refused here.
HELD_OUT_SETS = (*PATIENTS_SETS.values(), *DEVELOPMENT_SETS)
EVALUATION = str(Path(EVALUATION_SET).parent)
ACTIONS_PACKAGE = "actions"
MIN_EXAMPLES = 20

# The redacted form of a sensitive detail, as the safety check writes it (bot/channels/guard.py): "[CONDITION]".
# Entity annotations ("[ICU](unit)") are already replaced by their text when this is looked for.
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*\]")


@dataclass(frozen=True)
class Step:
    """One step of a story or rule: its file, line, content and the name of its story or rule."""

    path: str
    line: int
    content: dict
    story: str


# ---------- the domain, stories and rules ----------


def _names(section: Any) -> Iterator[tuple[str, int]]:
    """The names of a domain section with their lines: a list (`- greet`, `- greet: {...}`) or a mapping's keys."""
    if isinstance(section, list):
        for index, item in enumerate(section):
            name = next(iter(item), None) if isinstance(item, dict) else item
            if isinstance(name, str):
                yield name, item_line(section, index)
    elif isinstance(section, dict):
        for key in section:
            yield str(key), key_line(section, key)


def _domain(root: Path) -> tuple[dict, list[Problem]]:
    domain, problems = load_yaml(root, DOMAIN)
    if domain is None and not problems:
        problems = [Problem(DOMAIN, 1, "the domain is empty")]
    elif domain is not None and not isinstance(domain, dict):
        problems = [Problem(DOMAIN, 1, "expected a mapping (intents, entities, slots, ...) at the top")]
    return (domain if isinstance(domain, dict) else {}), problems


def _walk_steps(relative: str, steps: Any, story: str) -> Iterator[Step]:
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        if isinstance(step, dict):
            yield Step(relative, item_line(steps, index), step, story)
            if "or" in step:  # `- or: [- intent: a, - intent: b]`
                yield from _walk_steps(relative, step["or"], story)


def _steps(root: Path, folder: str) -> tuple[list[Step], int, list[Problem]]:
    """Every step of the stories and rules in a folder, the number of stories and rules, and YAML problems."""
    steps: list[Step] = []
    problems: list[Problem] = []
    count = 0
    for relative in yaml_files(root, folder):
        data, errors = load_yaml(root, relative)
        problems += errors
        for section in ("stories", "rules"):
            entries = data.get(section) if isinstance(data, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict):
                    count += 1
                    name = str(entry.get("story") or entry.get("rule") or "")
                    steps.extend(_walk_steps(relative, entry.get("steps"), name))
    return steps, count, problems


# ---------- 1. the facts file ----------


def _facts_message(item: dict) -> str:
    # The wording of bot.facts.loader.load_facts, one field at a time.
    message = item["msg"]
    if message == "field required":
        message = "this field is required"
    elif message == "extra fields not permitted":
        message = "unknown field (check the spelling)"
    field = _field_path(item["loc"])
    return f"{field}: {message}" if field else message


def _facts_line(document: Any, location: tuple) -> int:
    """The line of the deepest part of a field's location that is in the file (its parent when it is missing)."""
    node, line = document, 1
    for part in location:
        if part == "__root__":
            continue
        if isinstance(node, dict):
            key = part if part in node else next((key for key in node if str(key) == str(part)), None)
            if key is None:
                break
            line, node = key_line(node, key), node[key]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            line, node = item_line(node, part), node[part]
        else:
            break
    return line


def check_facts(root: Path, relative: str = FACTS) -> list[Problem]:
    """The facts file loads with bot.facts: one problem per failing field, on that field's line."""
    path = root / relative
    try:
        load_facts(path)
    except FactsError as error:
        cause = error.__cause__
        if isinstance(cause, ValidationError):
            document, _ = load_yaml(root, relative)
            return [
                Problem(relative, _facts_line(document, item["loc"]), _facts_message(item)) for item in cause.errors()
            ]
        mark = getattr(cause, "problem_mark", None)
        message = str(error).removeprefix(f"{path}: ")
        return [Problem(relative, mark.line + 1 if mark else 1, " ".join(message.split()))]
    return []


# ---------- 2. examples and test conversations per intent ----------


def check_intent_coverage(root: Path, min_examples: int = MIN_EXAMPLES) -> list[Problem]:
    """Every intent of the domain has at least min_examples examples and is in at least one test conversation."""
    domain, problems = _domain(root)
    examples, errors = read_examples(root)
    steps, _, story_errors = _steps(root, TEST_STORIES)
    counts = Counter(example.intent for example in examples)
    tested = {str(step.content["intent"]) for step in steps if step.content.get("intent")}
    for name, line in _names(domain.get("intents")):
        count = counts[name]
        if count == 0:
            problems.append(Problem(DOMAIN, line, f'intent "{name}" has no examples in {NLU}'))
        elif count < min_examples:
            problems.append(
                Problem(DOMAIN, line, f'intent "{name}" has {count} examples in {NLU}, at least {min_examples} needed')
            )
        if name not in tested:
            problems.append(Problem(DOMAIN, line, f'intent "{name}" is in no test conversation in {TEST_STORIES}'))
    return problems + errors + story_errors


# ---------- 3. one text, two intents ----------


def check_duplicate_examples(root: Path) -> list[Problem]:
    """No example text under two intents: reported where it comes the second time, naming the first place."""
    examples, problems = read_examples(root)
    first_by_intent: dict[str, dict[str, Example]] = {}
    for example in examples:
        key = normalise_example(example.text)
        if not key:
            continue
        owners = first_by_intent.setdefault(key, {})
        if example.intent in owners:
            continue
        other = next(iter(owners.values()), None)
        if other is not None:
            problems.append(
                Problem(
                    example.path,
                    example.line,
                    f'"{key}" appears in two intents: {example.intent} and {other.intent} '
                    f"(also {other.path}:{other.line})",
                )
            )
        owners[example.intent] = example
    return problems


# ---------- 4. nothing sensitive ----------


def sensitive_findings(text: str) -> tuple[list[Finding], str]:
    """What bot.safety flags in a text (entity annotations replaced by their text), except placeholders such as
    [CONDITION]; and the text with those findings redacted, to show without repeating them."""
    plain = replace_entities(text)
    placeholders = [match.span() for match in PLACEHOLDER.finditer(plain)]
    findings = [
        finding
        for finding in assess(plain).findings
        if not any(start <= finding.start and finding.end <= end for start, end in placeholders)
    ]
    pieces, cursor = [], 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if finding.start < cursor:  # overlaps the previous one, already redacted
            cursor = max(cursor, finding.end)
            continue
        pieces += [plain[cursor : finding.start], f"[{finding.kind.upper()}]"]
        cursor = finding.end
    pieces.append(plain[cursor:])
    return findings, "".join(pieces)


def _sensitive_problem(path: str, line: int, what: str, text: str) -> Problem | None:
    findings, redacted = sensitive_findings(text)
    if not findings:
        return None
    kinds = sorted({finding.kind for finding in findings})
    return Problem(
        path,
        line,
        f'{what} holds sensitive details ({", ".join(kinds)}): "{redacted}"; write placeholders such as '
        f"[{kinds[0].upper()}] instead",
    )


def check_sensitive_examples(root: Path) -> list[Problem]:
    """No intent example and no user text of a test conversation holds what bot.safety flags as sensitive."""
    examples, problems = read_examples(root)
    for example in examples:
        problem = _sensitive_problem(example.path, example.line, f'example of intent "{example.intent}"', example.text)
        if problem:
            problems.append(problem)
    steps, _, errors = _steps(root, TEST_STORIES)
    for step in steps:
        text = step.content.get("user")
        if isinstance(text, str):
            line = text_line(step.content, "user")
            problem = _sensitive_problem(step.path, line, f'user text of test conversation "{step.story}"', text)
            if problem:
                problems.append(problem)
    return problems + errors


# ---------- 4b. the evaluation set stays unseen ----------


def _held_out_key(text: str) -> str:
    """A held-out message as compared with the training examples: entity annotations replaced by their text, lower
    case, single spaces. Unlike normalise_example, final punctuation counts: compared that way, a few held-out
    messages equal a training example today ("PARKING" and "parking?"), and removing them from either side
    changes the measured scores, which is for the data's owners to decide."""
    return " ".join(replace_entities(text).lower().split())


def check_evaluation_set(root: Path, relative: str = EVALUATION_SET, sensitive: bool = True) -> list[Problem]:
    """evaluation/nlu.yml compares models on messages they never saw: none may be a training example,
    each intent must exist, and (`sensitive`) nothing sensitive may be written in it."""
    if not (root / relative).exists():
        return []
    data, problems = load_yaml(root, relative)
    training = {_held_out_key(e.text): e for e in read_examples(root)[0]}
    intents = {name for name, _ in _names((_domain(root)[0] or {}).get("intents"))}
    for item in (data.get("nlu") if isinstance(data, dict) else None) or []:
        if not isinstance(item, dict) or not isinstance(item.get("intent"), str):
            continue
        if item["intent"] not in intents:
            problems.append(Problem(relative, key_line(item, "intent"), f'intent "{item["intent"]}" is not in '
                                    f"{DOMAIN}"))
        for example in block_examples(relative, item):
            seen = training.get(_held_out_key(example.text))
            if seen is not None:
                problems.append(Problem(relative, example.line, f'"{_held_out_key(example.text)}" is also a '
                                        f"training example ({seen.path}:{seen.line}): the evaluation set must be "
                                        "messages the model never saw"))
            problem = sensitive and _sensitive_problem(relative, example.line, "evaluation message", example.text)
            if problem:
                problems.append(problem)
    return problems


# ---------- 5. actions ----------

_LIST_ACTIONS = """
import json, sys
sys.path[:0] = sys.argv[2:]
from rasa_sdk.executor import ActionExecutor
executor = ActionExecutor()
executor.register_package(sys.argv[1])
print(json.dumps(sorted(executor.actions)))
"""


_REGISTERED: dict[str, set[str]] = {}  # action names by the fingerprint of the code they were read from


def _code_fingerprint(root: Path, package: str) -> str:
    digest = hashlib.sha256(package.encode())
    for folder in (root / package, root / "bot" if (root / "bot").is_dir() else PROJECT_ROOT / "bot"):
        for path in sorted(folder.rglob("*.py")):
            digest.update(str(path.relative_to(folder.parent)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def implemented_actions(root: Path, package: str = ACTIONS_PACKAGE) -> tuple[set[str], str | None]:
    """The names of the actions the action server would register from root's actions package (as
    `rasa run actions` does, in a separate process so that root's package is the one imported), or an error.
    Read once per version of the code in a process."""
    fingerprint = _code_fingerprint(root, package)
    if fingerprint in _REGISTERED:
        return _REGISTERED[fingerprint], None
    result = subprocess.run(
        [sys.executable, "-c", _LIST_ACTIONS, package, str(root), str(PROJECT_ROOT)],
        cwd=root,
        env=child_environment(PYTHONDONTWRITEBYTECODE="1"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        return set(), lines[-1].strip() if lines else f"exit status {result.returncode}"
    try:
        names = set(json.loads(result.stdout.strip().splitlines()[-1]))
    except (IndexError, ValueError):
        return set(), "the list of actions could not be read"
    _REGISTERED[fingerprint] = names
    return names, None


def check_actions(root: Path) -> list[Problem]:
    """Every action of the rules and test conversations exists; every custom action of the domain is implemented."""
    domain, problems = _domain(root)
    responses = {name for name, _ in _names(domain.get("responses"))}
    forms = {name for name, _ in _names(domain.get("forms"))}
    actions = list(_names(domain.get("actions")))
    known = responses | forms | {name for name, _ in actions} | set(DEFAULT_ACTION_NAMES)
    for folder in (DATA, TEST_STORIES):
        steps, _, errors = _steps(root, folder)
        problems += errors
        for step in steps:
            name = step.content.get("action")
            if isinstance(name, str) and name not in known:
                problems.append(
                    Problem(
                        step.path,
                        step.line,
                        f'action "{name}" is not in the domain (not a response, form, custom action '
                        "or Rasa default action)",
                    )
                )
    custom = [(name, line) for name, line in actions if name not in responses]
    if custom:
        implemented, error = implemented_actions(root)
        if error:
            problems.append(Problem(f"{ACTIONS_PACKAGE}/__init__.py", 1, f"cannot load the custom actions: {error}"))
        else:
            problems += [
                Problem(
                    DOMAIN,
                    line,
                    f'custom action "{name}" is not implemented in {ACTIONS_PACKAGE}/ '
                    "(no Action subclass whose name() returns it)",
                )
                for name, line in custom
                if name not in implemented
            ]
    return problems


# ---------- all checks ----------


def run_checks(root: Path, min_examples: int = MIN_EXAMPLES) -> list[Problem]:
    """Every check's problems, each once, in file and line order."""
    problems = [
        *check_facts(root),
        *check_intent_coverage(root, min_examples),
        *check_duplicate_examples(root),
        *check_sensitive_examples(root),
        *check_evaluation_set(root),
        *(problem for relative in HELD_OUT_SETS for problem in check_evaluation_set(root, relative, sensitive=False)),
        *check_actions(root),
    ]
    return sorted(dict.fromkeys(problems), key=lambda p: (p.path, p.line, p.message))


def summary(root: Path) -> str:
    domain, _ = _domain(root)
    examples, _ = read_examples(root)
    _, stories, _ = _steps(root, TEST_STORIES)
    intents = len(list(_names(domain.get("intents"))))
    return f"Training data checks passed: {intents} intents, {len(examples)} examples, {stories} test conversations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.training.validate", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min-examples", type=int, default=MIN_EXAMPLES, help=f"examples each intent needs (default {MIN_EXAMPLES})"
    )
    parser.add_argument("--root", type=Path, default=PROJECT_ROOT, help="project root (default: this project)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    problems = run_checks(root, args.min_examples)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem{'' if len(problems) == 1 else 's'}")
        return 1
    print(summary(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
