"""Start the staff console: python -m bot.console (CONSOLE_PORT, default 5080, on BIND_HOST).

On first start with no staff accounts, the first admin is created from CONSOLE_ADMIN_USERNAME /
CONSOLE_ADMIN_PASSWORD (`make run` generates the password into .env); more accounts are added on
the console's Staff page or with `python -m bot.console.users create`.
"""

from __future__ import annotations

import sys

from bot.settings import SettingsError, load_settings
from bot.third_party_noise import quiet_third_party_noise


def main() -> int:
    quiet_third_party_noise()
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        return 2
    from bot import log_privacy
    from bot.console import auth
    from bot.console.app import create_app
    from bot.secure import keys
    from bot.storage.database import app_database

    try:
        keys.check()
    except keys.SecretsError as error:
        print(f"Not starting: {error}", file=sys.stderr)
        return 2
    log_privacy.install()
    db = app_database()
    db.ensure_schema()
    try:
        created = auth.ensure_first_admin(db)
    except ValueError as error:
        print(f"Not starting: CONSOLE_ADMIN_PASSWORD / CONSOLE_ADMIN_USERNAME: {error}", file=sys.stderr)
        return 2
    if created:
        print(f"Created the first admin account, {created!r} (password: CONSOLE_ADMIN_PASSWORD).", flush=True)
    app = create_app(settings, db)
    app.run(host=settings.servers.host, port=settings.servers.console_port, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
