"""Start the Rasa server with the project's channels, endpoints and API token, and its background jobs.

Equivalent to `rasa run --enable-api --auth-token ...`, but the token comes from the settings
(the environment or .env) rather than the command line (where `ps` would show it).
Background jobs (`background_jobs`): the retention purge (bot.retention) every SECURE_PURGE_INTERVAL_MINUTES, run
by one worker per round when several share REDIS_URL.
Usage: python -m bot.server
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from typing import Any

from bot.settings import (
    PROJECT_ROOT,
    SERVER_MAX_REQUEST_BYTES,
    Settings,
    SettingsError,
    configure_endpoints,
    configure_sanic,
    load_settings,
)
from bot.third_party_noise import quiet_third_party_noise


def background_jobs(settings: Settings) -> list[tuple[Callable[..., Any], str]]:
    """Sanic listeners that start what the server runs besides answering: the retention purge, now and then every
    SECURE_PURGE_INTERVAL_MINUTES, so held messages and old secure conversations go even where no cron job runs
    `make purge`; and the warm-ups of the safety detector and of the model."""
    from bot import retention
    from bot.cluster.turns import turn_taker
    from bot.storage.database import app_database

    async def start_purging(app: Any, _: Any) -> None:
        db, tracker_store_url = app_database(), settings.databases.tracker_store_url
        interval = retention.purge_interval()
        our_turn = turn_taker(settings.databases.redis_url, "retention-purge", interval)  # one worker per round
        app.add_task(retention.purge_every(interval, lambda: retention.purge(db, tracker_store_url), our_turn))

    async def warm_up_safety(app: Any, _: Any) -> None:
        # The deny-by-default allow-list (bot.safety.allowlist) is built on the first flagged message, about 2 s:
        # built here, off the event loop, so no patient waits for it after a restart.
        from bot.safety import screen

        await asyncio.get_running_loop().run_in_executor(None, screen, SAFETY_WARM_UP_MESSAGE)

    async def warm_up_model(app: Any, _: Any) -> None:
        # A worker's first parse traces DIET's TensorFlow graph: seconds of CPU on the event loop, during which the
        # conversation lock it holds cannot be renewed (bot/cluster/lock_store.py). Done here: no patient pays it.
        agent = getattr(app.ctx, "agent", None)
        if agent is not None and agent.is_ready():
            await agent.parse_message(MODEL_WARM_UP_MESSAGE)

    return [(start_purging, "after_server_start"), (warm_up_safety, "after_server_start"),
            (warm_up_model, "after_server_start")]


SAFETY_WARM_UP_MESSAGE = "I have asthma, what are the visiting hours?"  # flagged sensitive: masked with the allow-list
MODEL_WARM_UP_MESSAGE = "what are the visiting hours?"  # NLU only: no conversation, no tracker


def main() -> int:
    quiet_third_party_noise()
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        return 2
    settings.paths.var_dir.mkdir(parents=True, exist_ok=True)
    configure_endpoints(settings)  # endpoints.yml reads the action server's and the tracker store's URLs

    from bot import log_privacy, rasa_patches
    from bot.secure import keys
    from bot.storage.database import app_database
    from bot.tracker_store import ProtectedSQLTrackerStore  # noqa: F401 - fail here, not fall back

    try:
        keys.check()
    except keys.SecretsError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        return 2
    log_privacy.install()
    rasa_patches.apply()
    configure_sanic(SERVER_MAX_REQUEST_BYTES)
    # Rasa silently falls back to an in-memory tracker store when endpoints.yml names a class it
    # cannot import; the import above makes that a start-up error instead.
    app_database().ensure_schema()
    from rasa.core.run import serve_application
    from rasa.core.utils import AvailableEndpoints

    from bot.logging_setup import configure_rasa_logging

    configure_rasa_logging(logging.getLevelName(settings.servers.log_level))
    from bot.training.history import live_model

    # The published model (make publish); before the first publish, the newest in the models directory.
    training = settings.training
    model = str(training.served_model or live_model(training.model_dir) or training.model_dir)
    serve_application(
        model_path=model,
        credentials=str(PROJECT_ROOT / "credentials.yml"),
        endpoints=AvailableEndpoints.read_endpoints(str(PROJECT_ROOT / "endpoints.yml")),
        interface=settings.servers.host,
        port=settings.servers.rasa_port,
        auth_token=settings.secrets.rasa_auth_token,
        enable_api=True,
        server_listeners=background_jobs(settings),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
