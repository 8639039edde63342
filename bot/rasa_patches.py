"""Small, documented fixes to Rasa 3.6 internals, applied by bot.server before it starts.

- RemoteAction._validate_action_result calls jsonschema.validate() on every action-server
  response, which re-checks the (large) events schema against the meta-schema each time:
  ~20 ms of CPU per message, a third of a message's cost here. The same validation with a
  validator built once costs ~2 ms. Behaviour (what is accepted, the error raised) is unchanged.
- rasa.server.requires_auth accepts the API token only as `?token=` (where proxies and access logs keep
  it) and compares it with `==`. Wrapped so that `Authorization: Bearer <token>` is accepted too,
  compared in constant time; anything else (the query parameter, JWT) goes to Rasa's own check.
- DialogueStateTracker.update is wrapped to hand every text an applied event carries (a message,
  a reply, a slot value, an entity value) to bot.log_privacy.also_hide: Rasa's debug lines print
  events and slots, and in the secure chat those hold the patient's own words whole. So is
  MessageProcessor._log_action_on_tracker, which prints an action's events before applying them.
  Rasa applies every event of a tracker again for each copy it makes (several a message, each as long as
  the conversation), so an event's texts are worked out once per message (bot.log_privacy.also_hide_from).
- Event.resolve_by_type walks every subclass of Event (and asks inspect.isabstract of each) for every
  event it reads back: a stored conversation was read whole on each message (now only its new rows are
  decrypted, bot.tracker_store, but every event is still parsed), so this grew with the conversation (a
  tenth of the server's CPU in a 30-message bench conversation). The classes are looked up in a table
  built once from the same walk, in the same order; a name not in it goes to Rasa's walk, which finds
  classes defined later and raises as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache, wraps
from inspect import isawaitable
from typing import Any

import rasa.server
import rasa.shared.utils.common
from jsonschema import ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.events import BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import log_privacy
from bot.web_security import bearer_token_ok


@lru_cache(maxsize=1)
def _action_response_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    try:
        _action_response_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise


def _with_bearer_token(rasa_requires_auth: Callable[..., Any]) -> Callable[..., Any]:
    def requires_auth(app: Any, token: str | None = None) -> Callable[[Any], Any]:
        rasa_decorator = rasa_requires_auth(app, token)

        def decorator(handler: Any) -> Any:
            rasa_checked = rasa_decorator(handler)

            @wraps(handler)
            async def decorated(request: Any, *args: Any, **kwargs: Any) -> Any:
                if bearer_token_ok(request.headers.get("Authorization"), token):
                    result = handler(request, *args, **kwargs)
                    return await result if isawaitable(result) else result
                return await rasa_checked(request, *args, **kwargs)

            return decorated

        return decorator

    requires_auth.bearer_aware = True  # type: ignore[attr-defined]
    return requires_auth


@cache
def _carries_text(event_class: type[Event]) -> bool:
    """Decided once per class: Event is an ABC, and isinstance checks through its metaclass, for every event of
    every replay of a tracker (several a message), added up."""
    return issubclass(event_class, (UserUttered, BotUttered, SlotSet))


def event_texts(event: Event) -> list[str]:
    """The patient's or the assistant's words an event carries, as Rasa may print them."""
    if not _carries_text(type(event)):
        return []
    if isinstance(event, (UserUttered, BotUttered)):
        entities = event.entities if isinstance(event, UserUttered) else []
        return [event.text or "", *(str(entity.get("value", "")) for entity in entities)]
    if isinstance(event, SlotSet) and event.key != REQUESTED_SLOT:  # that one's value is a slot's name
        values = event.value if isinstance(event.value, list) else [event.value]
        return [value for value in values if isinstance(value, str)]
    return []


def _update_hiding_texts(update: Callable[..., None]) -> Callable[..., None]:
    @wraps(update)
    def updated(self: DialogueStateTracker, event: Event, domain: Any = None) -> None:
        log_privacy.also_hide_from(event, event_texts)
        update(self, event, domain)

    updated.hides_texts = True  # type: ignore[attr-defined]
    return updated


def _log_action_hiding_texts(log_action: Callable[..., None]) -> Callable[..., None]:
    @wraps(log_action)
    def logged(self: MessageProcessor, tracker: DialogueStateTracker, action: Any, events: Any,
               *args: Any, **kwargs: Any) -> None:
        log_privacy.also_hide(text for event in events or () for text in event_texts(event))
        log_action(self, tracker, action, events, *args, **kwargs)

    logged.hides_texts = True  # type: ignore[attr-defined]
    return logged


@lru_cache(maxsize=1)
def _event_classes() -> dict[str, type[Event]]:
    classes: dict[str, type[Event]] = {}
    for cls in rasa.shared.utils.common.all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)  # the first, as Rasa's loop returns it
    return classes


def _resolve_from_table(resolve: Callable[..., type[Event] | None]) -> Callable[..., type[Event] | None]:
    @wraps(resolve)
    def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
        found = _event_classes().get(type_name)
        return found if found is not None else resolve(type_name, default)

    resolve_by_type.from_table = True  # type: ignore[attr-defined]
    return resolve_by_type


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    if not getattr(Event.resolve_by_type, "from_table", False):
        Event.resolve_by_type = staticmethod(_resolve_from_table(Event.resolve_by_type))  # type: ignore[method-assign]
    if not getattr(DialogueStateTracker.update, "hides_texts", False):
        DialogueStateTracker.update = _update_hiding_texts(DialogueStateTracker.update)  # type: ignore[method-assign]
    if not getattr(MessageProcessor._log_action_on_tracker, "hides_texts", False):
        MessageProcessor._log_action_on_tracker = _log_action_hiding_texts(  # type: ignore[method-assign]
            MessageProcessor._log_action_on_tracker)
    if not getattr(rasa.server.requires_auth, "bearer_aware", False):  # applied once, whatever the callers
        rasa.server.requires_auth = _with_bearer_token(rasa.server.requires_auth)
