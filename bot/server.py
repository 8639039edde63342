"""Start the Rasa server with the project's channels, endpoints and API token.

Equivalent to `rasa run --enable-api --auth-token ...`, but the token comes from the settings
(the environment or .env) rather than the command line (where `ps` would show it).
Usage: python -m bot.server
"""

from __future__ import annotations

import logging
import sys

from bot.settings import (
    PROJECT_ROOT,
    SERVER_MAX_REQUEST_BYTES,
    SettingsError,
    configure_endpoints,
    configure_sanic,
    load_settings,
)


def main() -> int:
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        return 2
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    configure_endpoints(settings)  # endpoints.yml reads the action server's and the tracker store's URLs

    from bot import log_privacy, rasa_patches
    from bot.secure import keys
    from bot.storage.database import app_database
    from bot.storage.tracker_store import ProtectedSQLTrackerStore  # noqa: F401 - fail here, not fall back

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
    model = str(settings.training.served_model or live_model(settings.model_dir) or settings.model_dir)
    serve_application(
        model_path=model,
        credentials=str(PROJECT_ROOT / "credentials.yml"),
        endpoints=AvailableEndpoints.read_endpoints(str(PROJECT_ROOT / "endpoints.yml")),
        interface=settings.host,
        port=settings.rasa_port,
        auth_token=settings.rasa_auth_token,
        enable_api=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
