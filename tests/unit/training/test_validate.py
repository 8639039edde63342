"""bot.training.validate: each check finds one planted mistake, with its file and line, in a copy of the project."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.safety import assess
from bot.training import validate
from bot.training.validate import (
    DOMAIN,
    FACTS,
    Problem,
    check_actions,
    check_duplicate_examples,
    check_facts,
    check_intent_coverage,
    check_sensitive_examples,
    main,
    sensitive_findings,
)

ROOT = validate.PROJECT_ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's training data, domain, facts, test conversations and actions."""
    for folder in ("data", "config", "tests/stories", "actions", "evaluation"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def edit(root: Path, relative: str, old: str, new: str) -> int:
    """Replace the one occurrence of `old` in a file; the 1-based line where `new` starts."""
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not exactly once in {relative}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def append(root: Path, relative: str, text: str) -> int:
    """Append lines to a file; the 1-based line of the first appended line."""
    path = root / relative
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current and not current.endswith("\n"):
        current += "\n"
    path.write_text(current + text, encoding="utf-8")
    return current.count("\n") + 1


def line_of(root: Path, relative: str, text: str) -> int:
    lines = (root / relative).read_text(encoding="utf-8").splitlines()
    matches = [number for number, line in enumerate(lines, 1) if line.strip() == text]
    assert len(matches) == 1, f"{text!r} is not exactly once in {relative}"
    return matches[0]


# ---------- 1. facts ----------


def test_facts_misspelled_field_is_reported_on_its_line(project: Path) -> None:
    line = edit(project, FACTS, "  short_name: Riverbend\n", "  shortname: Riverbend\n")
    problems = check_facts(project)
    assert Problem(FACTS, line, "hospital.shortname: unknown field (check the spelling)") in problems
    hospital_line = line_of(project, FACTS, "hospital:")
    assert Problem(FACTS, hospital_line, "hospital.short_name: this field is required") in problems
    assert len(problems) == 2


def test_facts_yaml_error_is_reported_on_its_line(project: Path) -> None:
    line = edit(project, FACTS, "  short_name: Riverbend\n", "  short_name: [Riverbend\n")
    problems = check_facts(project)
    assert len(problems) == 1
    assert problems[0].path == FACTS and problems[0].message.startswith("not valid YAML")
    assert line <= problems[0].line <= line + 2  # the parser names where it noticed the unclosed list
    assert "\n" not in problems[0].message


def test_real_facts_pass() -> None:
    assert check_facts(ROOT) == []


# ---------- 2. examples and test conversations per intent ----------


def test_intent_with_few_examples_and_no_test_conversation(project: Path) -> None:
    line = edit(project, DOMAIN, "  - inform\n", "  - inform\n  - ask_wifi\n") + 1
    append(project, "data/nlu/wifi.yml", 'version: "3.1"\nnlu:\n- intent: ask_wifi\n  examples: |\n')
    append(project, "data/nlu/wifi.yml", "".join(f"    - is there wifi on floor {n}\n" for n in range(3)))
    problems = check_intent_coverage(project)
    assert problems == [
        Problem(DOMAIN, line, 'intent "ask_wifi" has 3 examples in data/nlu, at least 20 needed'),
        Problem(DOMAIN, line, 'intent "ask_wifi" is in no test conversation in tests/stories'),
    ]
    assert check_intent_coverage(project, min_examples=3) == problems[1:]


def test_intent_without_examples(project: Path) -> None:
    line = edit(project, DOMAIN, "  - inform\n", "  - inform\n  - ask_wifi\n") + 1
    story = 'version: "3.1"\nstories:\n- story: wifi\n  steps:\n  - intent: ask_wifi\n'
    append(project, "tests/stories/wifi.yml", story)
    assert check_intent_coverage(project) == [Problem(DOMAIN, line, 'intent "ask_wifi" has no examples in data/nlu')]


def test_minimum_is_a_parameter() -> None:
    assert check_intent_coverage(ROOT) == []
    problems = check_intent_coverage(ROOT, min_examples=10_000)
    assert problems and all("at least 10000 needed" in problem.message for problem in problems)


# ---------- 3. one text, two intents ----------


def test_same_text_under_two_intents_names_both_places(project: Path) -> None:
    first = line_of(project, "data/nlu/hours.yml", "- when is [the hospital](site) open")
    block = '- intent: ask_visiting_hours\n  examples: |\n    - When is  [the Hospital]{"entity": "site"} open\n'
    line = edit(project, "data/nlu/visiting.yml", "- intent: ask_visiting_hours\n  examples: |\n", block) + 2
    assert check_duplicate_examples(project) == [
        Problem(
            "data/nlu/visiting.yml",
            line,
            '"when is the hospital open" appears in two intents: ask_visiting_hours and ask_opening_hours '
            f"(also data/nlu/hours.yml:{first})",
        )
    ]


def test_same_text_twice_in_one_intent_is_not_this_check(project: Path) -> None:
    edit(project, "data/nlu/hours.yml", "    - are you open on [sunday](day)\n", "    - are you open on sunday\n" * 2)
    assert check_duplicate_examples(project) == []


# ---------- 4. nothing sensitive ----------


def test_sensitive_example_is_reported_redacted(project: Path) -> None:
    before = set(check_sensitive_examples(project))
    block = "- intent: ask_visiting_hours\n  examples: |\n    - my DOB is 04/12/1985, can i visit [ICU](unit)\n"
    line = append(project, "data/nlu/visiting.yml", block) + 2  # at the end: today's problems keep their lines
    added = set(check_sensitive_examples(project)) - before
    assert added == {
        Problem(
            "data/nlu/visiting.yml",
            line,
            'example of intent "ask_visiting_hours" holds sensitive details (dob): '
            '"my DOB is [DOB], can i visit ICU"; write placeholders such as [DOB] instead',
        )
    }
    assert "04/12/1985" not in str(added)


def test_sensitive_text_inside_an_entity_annotation_is_found() -> None:
    findings, redacted = sensitive_findings("visiting hours for my wife, she has [diabetes](condition)")
    assert [finding.kind for finding in findings] == ["condition"]
    assert redacted == "visiting hours for my wife, she has [CONDITION]"


@pytest.mark.parametrize(
    "text",
    [
        "I'm [PREGNANCY], can I visit my husband in [ICU](unit)",
        "my DOB is [DOB], when can i visit",
        "i take [MEDICATION], when are visiting hours",
        "my name is [PERSON_NAME] and i have [CONDITION]",
    ],
)
def test_placeholders_are_allowed(text: str) -> None:
    assert sensitive_findings(text)[0] == []


def test_placeholder_that_the_detector_would_flag_is_allowed(project: Path) -> None:
    text = "I'm [PREGNANCY], is there a cafe"
    assert assess(text).sensitive  # the placeholder's word alone is flagged by bot.safety ...
    before = set(check_sensitive_examples(project))
    append(project, "data/nlu/amenities.yml", f"- intent: ask_amenities\n  examples: |\n    - {text}\n")
    assert set(check_sensitive_examples(project)) == before  # ... but not in training data


def test_sensitive_user_text_in_a_test_conversation(project: Path) -> None:
    before = set(check_sensitive_examples(project))
    stories = "tests/stories/test_conversations.yml"
    line = edit(project, stories, "      hi there\n", "      hi there, my SSN is 123-45-6789\n")
    added = set(check_sensitive_examples(project)) - before
    assert [(problem.path, problem.line) for problem in added] == [("tests/stories/test_conversations.yml", line)]
    (problem,) = added
    assert 'user text of test conversation "greeting" holds sensitive details (ssn)' in problem.message
    assert "123-45-6789" not in problem.message


# ---------- 5. actions ----------


def test_unknown_actions_in_rules_and_test_conversations(project: Path) -> None:
    rule_line = edit(
        project, "data/rules/answers.yml", "  - action: action_answer_greet\n", "  - action: action_answer_greeting\n"
    )
    story_line = edit(
        project,
        "tests/stories/test_conversations.yml",
        "  - action: action_answer_goodbye\n",
        "  - action: utter_goodbye\n",
    )
    problems = check_actions(project)
    assert problems == [
        Problem(
            "data/rules/answers.yml",
            rule_line,
            'action "action_answer_greeting" is not in the domain (not a response, form, custom action or Rasa '
            "default action)",
        ),
        Problem(
            "tests/stories/test_conversations.yml",
            story_line,
            'action "utter_goodbye" is not in the domain (not a response, form, custom action or Rasa default action)',
        ),
    ]


def test_responses_forms_and_default_actions_exist(project: Path) -> None:
    edit(project, DOMAIN, "forms:\n", 'responses:\n  utter_goodbye:\n  - text: "Bye"\n\nforms:\n')
    append(
        project,
        "tests/stories/extra.yml",
        'version: "3.1"\nstories:\n- story: extra\n  steps:\n  - intent: goodbye\n  - action: utter_goodbye\n'
        "  - action: records_request_form\n  - action: action_restart\n  - action: action_deactivate_loop\n",
    )
    assert check_actions(project) == []


def test_custom_action_without_implementation(project: Path) -> None:
    line = edit(project, DOMAIN, "  - action_finish_request\n", "  - action_finish_request\n  - action_send_map\n") + 1
    assert check_actions(project) == [
        Problem(
            DOMAIN,
            line,
            'custom action "action_send_map" is not implemented in actions/ '
            "(no Action subclass whose name() returns it)",
        )
    ]


def test_actions_package_that_does_not_import(project: Path) -> None:
    append(project, "actions/broken.py", "import no_such_module_here\n")
    problems = check_actions(project)
    assert len(problems) == 1
    assert problems[0].path == "actions/__init__.py" and "no_such_module_here" in problems[0].message


# ---------- the command ----------


def test_the_evaluation_set_holds_no_training_example_and_only_known_intents(project: Path) -> None:
    from bot.training.validate import check_evaluation_set

    assert check_evaluation_set(project) == []
    path = project / "evaluation" / "nlu.yml"
    path.write_text(path.read_text(encoding="utf-8") + "- intent: ask_parking\n  examples: |\n"
                    "    - Where can I  park\n- intent: ask_teleport\n  examples: |\n    - beam me up\n",
                    encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = [str(p) for p in check_evaluation_set(project)]
    copied = lines.index("    - Where can I  park") + 1  # a training example, written differently
    assert any(p.startswith(f'evaluation/nlu.yml:{copied}: "where can i park" is also a training example')
               for p in problems), problems
    unknown = lines.index("- intent: ask_teleport") + 1
    assert f'evaluation/nlu.yml:{unknown}: intent "ask_teleport" is not in config/domain.yml' in problems


def test_a_training_example_copied_into_a_patients_file_is_reported(project: Path) -> None:
    """The patients' files and the development sets are scored as unseen: a message that is also a training
    example (written independently or copied) would make the score in-sample."""
    from bot.training.validate import HELD_OUT_SETS, check_evaluation_set

    assert "evaluation/patients2.yml" in HELD_OUT_SETS
    assert check_evaluation_set(project, "evaluation/patients2.yml", sensitive=False) == []
    path = project / "evaluation" / "patients2.yml"
    path.write_text(path.read_text(encoding="utf-8") + "- intent: ask_parking\n  examples: |\n"
                    "    - Where can I  park\n", encoding="utf-8")
    problems = [str(p) for p in check_evaluation_set(project, "evaluation/patients2.yml", sensitive=False)]
    assert len(problems) == 1 and '"where can i park" is also a training example' in problems[0]


def test_the_real_project_passes(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--root", str(ROOT)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0 and lines[-1].startswith("Training data checks passed:"), "\n".join(lines)



def test_command_on_a_clean_copy_passes_with_a_summary(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Remove today's problems (see test_real_project) from the copy, last lines first.
    for problem in sorted(check_sensitive_examples(project), key=lambda p: p.line, reverse=True):
        path = project / problem.path
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        del lines[problem.line - 1]
        path.write_text("".join(lines), encoding="utf-8")
    assert main(["--root", str(project)]) == 0
    out = capsys.readouterr().out.strip()
    assert re.fullmatch(r"Training data checks passed: \d+ intents, \d+ examples, \d+ test conversations", out), out


def test_command_prints_problems_and_fails(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = edit(project, FACTS, "  short_name: Riverbend\n", "  shortname: Riverbend\n")
    assert main(["--root", str(project), "--min-examples", "20"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{FACTS}:{line}: hospital.shortname: unknown field (check the spelling)" in out
    assert out[-1].endswith(" problems")
