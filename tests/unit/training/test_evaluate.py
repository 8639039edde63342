"""`make evaluate` keeps the model of its 80% split and trains it again only when what it depends on changed."""

from pathlib import Path

from bot.training.evaluate import training_fingerprint

EXAMPLES = """version: "3.1"
nlu:
- intent: ask_parking
  examples: |
    - where can I park
    - is there parking
"""


def test_the_same_split_gives_the_same_fingerprint_and_another_split_another(tmp_path: Path):
    split = tmp_path / "training_data.yml"
    split.write_text(EXAMPLES)
    first = training_fingerprint(split)
    assert training_fingerprint(split) == first
    split.write_text(EXAMPLES + "    - parking garage hours\n")
    assert training_fingerprint(split) != first


def test_the_fingerprint_covers_the_configuration_and_the_projects_components(tmp_path: Path, monkeypatch):
    import bot.training.evaluate as evaluate

    project = tmp_path / "project"
    (project / "config").mkdir(parents=True)
    (project / "bot" / "scope" / "model").mkdir(parents=True)
    (project / "config" / "config.yml").write_text(
        "pipeline:\n- name: bot.tokenizer.CJKWhitespaceTokenizer\n- name: bot.scope.component.ScopeGate\n"
        "- name: DIETClassifier\n  epochs: 15\n")
    (project / "bot" / "tokenizer.py").write_text("# tokenizer\n")
    (project / "bot" / "scope" / "component.py").write_text("# gate\n")
    (project / "bot" / "scope" / "model" / "scope.npz").write_bytes(b"weights")
    split = tmp_path / "training_data.yml"
    split.write_text(EXAMPLES)
    monkeypatch.setattr(evaluate, "PROJECT_ROOT", project)

    seen = {training_fingerprint(split)}
    for path, content in [("config/config.yml", "pipeline:\n- name: DIETClassifier\n  epochs: 16\n"
                           "- name: bot.tokenizer.CJKWhitespaceTokenizer\n- name: bot.scope.component.ScopeGate\n"),
                          ("bot/tokenizer.py", "# tokenizer, changed\n"),
                          ("bot/scope/model/scope.npz", "new weights")]:
        (project / path).write_text(content)
        seen.add(training_fingerprint(split))
    assert len(seen) == 4
    (project / "bot" / "scope" / "__pycache__").mkdir()
    (project / "bot" / "scope" / "__pycache__" / "component.cpython-310.pyc").write_bytes(b"compiled")
    assert training_fingerprint(split) in seen  # Python's caches are not a change
