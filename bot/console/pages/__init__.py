"""The console's routes, one blueprint per area; `bot.console.app.create_app` registers them all."""

from __future__ import annotations

from bot.console.pages import analytics, conversation, login, queue, review, staff, supervisor

BLUEPRINTS = (login.bp, queue.bp, conversation.bp, review.bp, staff.bp, supervisor.bp, analytics.bp)
