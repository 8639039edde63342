"""Start the action server (rasa_sdk) with the log filter that keeps message text out of its logs.

Usage: python -m bot.action_server --actions actions --port 5055 (rasa_sdk's own arguments).
"""

from __future__ import annotations

from bot import log_privacy
from bot.settings import configure_sanic
from bot.third_party_noise import quiet_third_party_noise

if __name__ == "__main__":
    quiet_third_party_noise()
    log_privacy.install()
    configure_sanic()
    from rasa_sdk.__main__ import main as rasa_sdk_main

    rasa_sdk_main()
