"""Checks of the training data that Rasa's own validator does not make (`python -m bot.training.validate`)."""
