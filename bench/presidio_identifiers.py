"""Microsoft Presidio's analyzer on JSON Lines messages; runs inside .venv-presidio (see bench/safety.py).

    .venv-presidio/bin/python bench/presidio_identifiers.py [--passes N] < messages.jsonl > results.jsonl
    .venv-presidio/bin/python bench/presidio_identifiers.py --describe

Input: one JSON object with a string "text" a line. Output: one JSON line per input line, in order:
{"entity_types": [sorted unique Presidio entity types], "entities": [{"type", "start", "end", "score"}, ...],
"latency_ns": [one analyze() time per timed pass]}, or {"error": "..."} for a line that is not such an object.

Set-up: the default recognizer registry with a *blank* spaCy English pipeline (spacy.blank("en") saved to a
temp dir) as NLP engine, because no trained spaCy model can be downloaded here. Pattern, checksum and context
recognizers (US_SSN, PHONE_NUMBER, EMAIL_ADDRESS, DATE_TIME, US_DRIVER_LICENSE, MEDICAL_LICENSE, ...) work as
usual; the blank pipeline has no NER, so the spaCy recognizer (PERSON, LOCATION, NRP, ...) finds nothing and
context words are matched on raw tokens, without lemmas. tldextract (used by the e-mail recognizer) is told
to use the public-suffix snapshot it ships instead of fetching the list from the internet. Every result
counts (Presidio's default score threshold, 0).

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
from typing import Any

LANGUAGE = "en"


def _offline_tldextract() -> None:
    """Make tldextract.extract() use its bundled public-suffix snapshot instead of fetching the list online."""
    import tldextract
    import tldextract.tldextract as implementation

    implementation.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())


def build_analyzer(model_dir: str) -> Any:
    """An AnalyzerEngine with the default recognizers and a blank spaCy English pipeline saved in model_dir."""
    _offline_tldextract()
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    spacy.blank(LANGUAGE).to_disk(model_dir)
    configuration = {"nlp_engine_name": "spacy", "models": [{"lang_code": LANGUAGE, "model_name": model_dir}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[LANGUAGE])


def describe(analyzer: Any) -> dict[str, Any]:
    """Versions, recognizers and entity types of this set-up."""
    versions = {}
    for package in ("presidio-analyzer", "spacy", "phonenumbers", "tldextract"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "python": sys.version.split()[0],
        "versions": versions,
        "nlp_engine": f"spaCy blank('{LANGUAGE}') pipeline (tokenizer only, no NER)",
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
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presidio-blank-en-") as model_dir:
        analyzer = build_analyzer(model_dir)
        if args.describe:
            print(json.dumps(describe(analyzer)))
            return 0
        texts = read_texts([line for line in sys.stdin.read().splitlines() if line.strip()])
        print(f"presidio: {len(texts)} messages", file=sys.stderr, flush=True)
        for result in run(analyzer, texts, max(0, args.passes)):
            sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
