"""Third-party deprecation notices and start-up chatter are filtered; our own warnings and every other kind stay."""

from __future__ import annotations

import logging
import warnings

from bot.third_party_noise import quiet_third_party_noise


def _shown(category: type[Warning], module: str) -> bool:
    with warnings.catch_warnings(record=True) as caught:
        warnings.resetwarnings()
        warnings.simplefilter("once")  # what importing Sanic does for DeprecationWarning
        quiet_third_party_noise()
        warnings.warn_explicit("old API", category, filename=f"{module}.py", lineno=1, module=module)
    return bool(caught)


def test_a_librarys_deprecation_notice_is_not_shown_but_ours_are():
    assert not _shown(DeprecationWarning, "pkg_resources")
    assert not _shown(FutureWarning, "tensorflow.python.util")
    assert _shown(DeprecationWarning, "bot.safety.health")
    assert _shown(DeprecationWarning, "actions.answers")
    assert _shown(UserWarning, "rasa.shared.utils.io")  # other kinds of warning still show


def test_rasa_sdks_registration_lines_are_dropped_and_its_other_lines_kept(caplog):
    quiet_third_party_noise()
    executor = logging.getLogger("rasa_sdk.executor")
    with caplog.at_level(logging.INFO, logger="rasa_sdk.executor"):
        executor.info("Registered function for 'action_answer_parking'.")
        executor.info("Received request to run 'action_answer_parking'")
        executor.warning("Registered function for 'x' twice")
    assert [r.getMessage() for r in caplog.records] == ["Received request to run 'action_answer_parking'",
                                                        "Registered function for 'x' twice"]
