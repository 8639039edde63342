"""The model history (models/history.json): every model `make publish` checked, its scores, and
which one is live. The Rasa server starts with the live model (bot.server), so a model trained but
not published never answers patients, also after a restart. `latest_model` is the newest model trained
(what `make train` made last, published or not).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HISTORY_FILE = "history.json"


@dataclass
class History:
    live: str | None = None  # the live model's file name (in the models directory)
    models: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> scores when checked
    events: list[dict[str, Any]] = field(default_factory=list)  # publish | refuse | rollback, oldest first

    def record(self, action: str, model: str, **details: Any) -> None:
        self.events.append({"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "action": action,
                            "model": model, **details})

    def previous_live(self) -> str | None:
        """The model that was live before the current one (what a rollback goes back to)."""
        went_live = [e for e in self.events if e["action"] in ("publish", "rollback")]
        return went_live[-1].get("previous") if went_live else None


def load(model_dir: Path) -> History:
    path = model_dir / HISTORY_FILE
    if not path.exists():
        return History()
    data = json.loads(path.read_text(encoding="utf-8"))
    return History(data.get("live"), data.get("models") or {}, data.get("events") or [])


def save(model_dir: Path, history: History) -> None:
    """Written to a temporary file and renamed: a crash never leaves half a history."""
    model_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"live": history.live, "models": history.models, "events": history.events}, indent=2)
    handle, temporary = tempfile.mkstemp(dir=model_dir, prefix=".history-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(data)
    os.replace(temporary, model_dir / HISTORY_FILE)


def live_model(model_dir: Path) -> Path | None:
    """The published model, if there is one and its file is still there."""
    name = load(model_dir).live
    path = model_dir / name if name else None
    return path if path is not None and path.exists() else None


def latest_model(model_dir: Path) -> Path | None:
    """The newest model file in the models directory (by modification time), published or not."""
    models = sorted(model_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None
