"""Keep third-party noise out of the consoles of `make run` and `make test`: what nobody here can act on.

- Deprecation notices: Rasa 3.6 pins libraries whose neighbours have moved on (pkg_resources, distutils, jax,
  SQLAlchemy 1.4's notices about 2.0, pyparsing's old names): dozens of lines per process at start. Python ignores
  DeprecationWarning outside `__main__` by default, but importing Sanic adds a "once" filter for all of them, so they
  print; the filters below go in front of it. Warnings raised by our own code (bot, actions, tests) and every other
  kind of warning stay visible.
- Start-up chatter at INFO: Alembic's plugin set-up (7 lines per process) and rasa_sdk's "Registered function" line
  per action (about 40). Their errors and warnings still show.
"""

from __future__ import annotations

import logging
import warnings

NOT_OURS = r"(?!(?:bot|actions|tests)(?:\.|$))"  # matched against the module a warning is attributed to
NOISE = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)


def _not_a_registration(record: logging.LogRecord) -> bool:
    return not (record.levelno == logging.INFO and str(record.msg).startswith("Registered function"))


def quiet_third_party_noise() -> None:
    """Call first thing in a process (before Rasa, TensorFlow or Sanic's plugins are imported)."""
    import sanic  # noqa: F401 - its import adds the "once" filter; ours must come after it to take precedence

    for category in NOISE:
        warnings.filterwarnings("ignore", category=category, module=NOT_OURS)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    logging.getLogger("rasa_sdk.executor").addFilter(_not_a_registration)
