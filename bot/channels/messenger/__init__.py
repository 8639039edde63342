"""Facebook Messenger and page comments: the project's own channel (Rasa's facebook connector checks
signatures with sha1 and ==, answers only the first event of a batch, crashes on handover events and
sends with blocking calls). See docs/MESSENGER.md.

- `config.py`      its settings, from bot.settings (tokens, Graph API address and version, comment policy)
- `webhook.py`     signature check and the parsing of Meta's payloads into events
- `graph.py`       the async Graph API client: timeouts, retries with backoff, the 24-hour window
- `inbox.py`       events persisted on receipt: redeliveries recognised, pending ones kept encrypted
- `channel.py`     the Rasa input channel: acknowledge at once, handle each sender's events in order
- `delivery.py`    staff messages from the console, sent within Messenger's windows or as a comment's private reply
"""
