"""The secure chat: one-time links, encryption at rest, held messages and browser sessions."""

from bot import conversation_ids

SECURE_CONVERSATION_PREFIX = conversation_ids.PREFIXES[conversation_ids.SECURE]
# What the staff queue shows instead of a secure-chat message: its text (even redacted) stays in the encrypted
# tracker store, and staff read it in the transcript.
SECURE_PREVIEW = "(message in the secure chat)"
# Context that follows a patient into the secure chat: names of topics and places, never PHI.
CARRIED_SLOTS = ("topic", "unit", "department", "site")


def is_secure_conversation(conversation_id: str) -> bool:
    """Secure-chat conversations have ids only the secure channel creates (public channels refuse the prefix)."""
    return conversation_ids.channel_of(conversation_id) == conversation_ids.SECURE
