"""Replies to crisis and sensitive messages: decided in bot.replies.plan, worded in bot.replies.render.

    chosen = plan(SafetyFlags.from_metadata(metadata), topic, chat_place(conversation_id))
    link = issue_a_link() if chosen.offers_link else None
    texts = render(chosen, facts, now, answer=routine_answer, link=link)
"""

from bot.replies.plan import Part, Place, Plan, SafetyFlags, chat_place, plan
from bot.replies.render import SecureLink, render, text_of

__all__ = ["Part", "Place", "Plan", "SafetyFlags", "SecureLink", "chat_place", "plan", "render", "text_of"]
