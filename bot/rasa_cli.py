"""`python -m bot.rasa_cli <rasa arguments>`: Rasa's command line, with third-party noise filtered
(bot.third_party_noise). Used where the project runs Rasa's CLI itself: training in `make run` / `make train`, the
evaluation's runs, the tests' training."""

from __future__ import annotations

from bot.third_party_noise import quiet_third_party_noise

if __name__ == "__main__":
    quiet_third_party_noise()
    from rasa.__main__ import main

    main()
