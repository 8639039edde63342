"""The secure chat: one-time links, encryption at rest, held messages and browser sessions."""

SECURE_CONVERSATION_PREFIX = "secure-"


def is_secure_conversation(conversation_id: str) -> bool:
    """Secure-chat conversations have ids only the secure channel creates (public channels refuse the prefix)."""
    return conversation_id.startswith(SECURE_CONVERSATION_PREFIX)
