"""Configure Rasa's two loggers (stdlib logging and structlog) the way its CLI does.

Until configure_structlog() runs, Rasa's structlog output is unfiltered: debug level, with
the text of every parsed message. Every entry point that loads a model calls this first.
"""

from __future__ import annotations


def configure_rasa_logging(level: int) -> None:
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(level)
    configure_structlog(level)
