"""The secure chat: one-time links, encryption at rest, held messages and browser sessions."""

SECURE_CONVERSATION_PREFIX = "secure-"
# Context that follows a patient into the secure chat: names of topics and places, never PHI.
CARRIED_SLOTS = ("topic", "unit", "department", "site")


def is_secure_conversation(conversation_id: str) -> bool:
    """Secure-chat conversations have ids only the secure channel creates (public channels refuse the prefix)."""
    return conversation_id.startswith(SECURE_CONVERSATION_PREFIX)
