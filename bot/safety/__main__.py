"""Command line: JSON Lines {"text": ...} on stdin, one JSON assessment per line on stdout."""

from __future__ import annotations

import json
import sys
from typing import BinaryIO, TextIO

from bot.safety import assess, redact


def process_line(raw: bytes) -> dict:
    """Assessment of one input line, or {"error": ...} when the line is not a JSON object with a string "text"."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return {"error": f"invalid JSON line: {error}"}
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return {"error": 'expected a JSON object with a string "text" field'}
    text = record["text"]
    assessment = assess(text)
    return {
        "sensitive": assessment.sensitive,
        "crisis": assessment.crisis,
        "kinds": assessment.kinds,
        "redacted": redact(text),
    }


def main(stdin: BinaryIO | None = None, stdout: TextIO | None = None) -> int:
    """Process every line of stdin; malformed lines give an error object and processing continues."""
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout
    for raw in stdin:
        try:
            result = process_line(raw.rstrip(b"\r\n"))
        except Exception as error:  # noqa: BLE001 - one bad message must not stop the stream
            result = {"error": f"internal error: {type(error).__name__}"}
        stdout.write(json.dumps(result) + "\n")
        stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
