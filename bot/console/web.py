"""What every console route shares: the context made once per app (kept on `app.ctx.console`), page
rendering, redirects that carry a notice, and running blocking work off the event loop."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import conversation_ids
from bot.console.auth import LoginThrottle
from bot.facts import FactsSource, facts_source
from bot.handoff import QUEUES
from bot.handoff.client import HandoffClient
from bot.handoff.priority import TIERS, sentiment_label
from bot.handoff.rasa_api import MAX_STAFF_MESSAGE_CHARS
from bot.settings import Settings
from bot.storage.database import Database

HERE = Path(__file__).parent
POLL_SECONDS = 2
PREVIEW_CHARS = 160  # a queue row's preview: about two lines (the CSS clamps it to two)
T = TypeVar("T")


@dataclass(frozen=True)
class ConsoleContext:
    """Everything the routes share, made once per app by `create`."""

    settings: Settings
    db: Database
    facts: FactsSource
    client: HandoffClient  # the Rasa server's handoff API (the unit tests give a fake with the same methods)
    templates: Environment
    throttle: LoginThrottle  # failed logins; in memory, so one per console process

    @classmethod
    def create(cls, settings: Settings, db: Database, client: HandoffClient | None = None) -> ConsoleContext:
        facts = facts_source(settings.paths.facts_path)
        return cls(settings=settings, db=db, facts=facts,
                   client=client or HandoffClient(settings.servers.rasa_url, settings.secrets.rasa_auth_token),
                   templates=page_templates(facts), throttle=LoginThrottle())


def console_of(request: Request) -> ConsoleContext:
    return request.app.ctx.console


def waited_words(delta: timedelta | None) -> str:
    if delta is None:
        return "-"
    minutes = int(delta.total_seconds() // 60)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60} min"


def local_time(moment: datetime | float | None, facts: FactsSource) -> str:
    """A moment (a datetime, or a Unix time as transcripts give it) in the hospital's time zone."""
    if moment is None:
        return ""
    if isinstance(moment, (int, float)):
        moment = datetime.fromtimestamp(moment, tz=facts.get().tz)
    return moment.astimezone(facts.get().tz).strftime("%d %b %H:%M")


def page_templates(facts: FactsSource) -> Environment:
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    templates.globals.update(QUEUES=QUEUES, CHANNELS=conversation_ids.LABELS, TIERS=TIERS,
                             PREVIEW_CHARS=PREVIEW_CHARS, POLL_SECONDS=POLL_SECONDS, sentiment_label=sentiment_label,
                             waited=waited_words, MAX_STAFF_MESSAGE_CHARS=MAX_STAFF_MESSAGE_CHARS)
    templates.filters["local"] = functools.partial(local_time, facts=facts)
    templates.filters["queue_name"] = lambda key: QUEUES.get(key, key)
    return templates


def rendered(request: Request, template: str, **context: Any) -> str:
    """A template's text (a whole page or a fragment); every one is told the hospital's name."""
    console = console_of(request)
    return console.templates.get_template(template).render(hospital=console.facts.get().hospital.name, **context)


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTTPResponse:
    """A rendered template as the response."""
    return response.html(rendered(request, template, **context), status=status)


def with_notice(path: str, notice: str = "") -> HTTPResponse:
    """After a form: back to a page (303), with a notice for the person when there is one."""
    return response.redirect(f"{path}?notice={quote(notice)}" if notice else path, status=303)


async def in_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Blocking work (the database, argon2, files) in a worker thread, so the event loop keeps serving."""
    return await asyncio.to_thread(function, *args, **kwargs)
