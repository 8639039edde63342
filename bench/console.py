"""Staff console at scale: the analytics page and the queue with 100,000 conversations and 5,000 waiting items.

Seeds an app database (SQLite, then PostgreSQL unless --sqlite-only) with 100,000 conversations over 90 days
(about 3 messages each, five channels, intents and fallbacks), 15,000 of them handed off (5,000 still waiting or
claimed, the others resolved with staff replies), crises, secure links and 20 agents; starts the real console
(`python -m bot.console`) on it, and times over HTTP, as a browser's request: /analytics (28 and 90 days, one
channel), /queue (first page, a filter, a search), /queue/updates with nothing changed; and /login, a page that
reads nothing, as the baseline of the same run (a ratio, since this machine is noisy).

Aims (issue 18): analytics under 300 ms, queue under 200 ms (p95 of REPEATS requests after a warm-up).

Usage: python bench/console.py [--conversations N] [--waiting N] [--sqlite-only]
Prints one JSON document (progress on stderr) and writes bench/out/console.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import requests
import run as base  # bench/run.py: processes, percentiles
import sqlalchemy as sa
import yaml

ROOT = base.ROOT
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from faker import Faker  # noqa: E402

from bot.analytics.recorder import event_row, store  # noqa: E402
from bot.cluster.services import start_postgres  # noqa: E402
from bot.console import auth  # noqa: E402
from bot.facts import facts_source  # noqa: E402
from bot.handoff import QUEUES, REASONS  # noqa: E402
from bot.nlu_quality import FALLBACK_INTENT  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.storage.database import Database  # noqa: E402
from bot.storage.models import Escalation, SecureLink, StaffReply  # noqa: E402

OUT_FILE = base.BENCH_DIR / "out" / "console.json"
DAYS = 90
REPEATS = 30
BATCH = 5000
ANALYTICS_AIM_MS = 300
QUEUE_AIM_MS = 200
CHANNEL_SHARES = (("web", 0.45), ("messenger", 0.35), ("comment", 0.05), ("secure", 0.05), ("rest", 0.10))
PASSWORD = "bench-console-password"


def conversation_id(kind: str, number: int) -> str:
    return {"web": f"web-{number:032x}", "messenger": f"{10**9 + number}", "comment": f"fbcomment-{number}",
            "secure": f"secure-{number:032x}", "rest": f"rest-{number}"}[kind]


def intents() -> list[str]:
    domain = yaml.safe_load((ROOT / "config" / "domain.yml").read_text(encoding="utf-8"))
    return [name for name in domain["intents"] if isinstance(name, str)]


def seed(db: Database, conversations: int, waiting: int, rng: random.Random) -> dict[str, int]:
    """The app database of a busy hospital (see the module's docstring); how many rows of each."""
    tz = facts_source(load_settings().paths.facts_path).get().tz
    now = datetime.now(timezone.utc)
    names = intents()
    fake = Faker()
    Faker.seed(7)
    kinds = [kind for kind, _ in CHANNEL_SHARES]
    weights = [share for _, share in CHANNEL_SHARES]
    agents = [auth.create_user(db, f"agent{number}", fake.name(), "agent", PASSWORD) for number in range(20)]
    handed_off = conversations * 15 // 100
    counts = {"conversations": conversations, "messages": 0, "escalations": 0, "waiting": 0, "replies": 0,
              "secure_links": 0}
    messages: list[dict[str, Any]] = []
    escalations: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def flush(force: bool = False) -> None:
        with db.session() as session:
            if messages and (force or len(messages) >= BATCH):
                store(session, messages)  # as the Rasa server's event broker records them
                messages.clear()
            for rows, model in ((escalations, Escalation), (links, SecureLink)):
                if rows and (force or len(rows) >= BATCH):
                    session.execute(sa.insert(model), rows)
                    rows.clear()

    for number in range(conversations):
        kind = rng.choices(kinds, weights)[0]
        conversation = conversation_id(kind, number)
        still_waiting = number < waiting
        if still_waiting:  # the waiting ones are today's
            started = now - timedelta(minutes=5 + rng.random() * 600)
        else:  # busier by day: a local hour drawn around the early afternoon
            started = now - timedelta(days=rng.random() * DAYS, hours=rng.gauss(0, 5))
        messages.append(event_row({"event": "session_started", "sender_id": conversation,
                                   "timestamp": started.timestamp()}, tz))
        for turn in range(rng.choice((1, 2, 3, 3, 4, 5))):
            fell_back = rng.random() < 0.08
            intent = rng.choice(names)
            event = {"event": "user", "sender_id": conversation,
                     "timestamp": (started + timedelta(minutes=2 * turn)).timestamp(),
                     "parse_data": {"intent": {"name": FALLBACK_INTENT if fell_back else intent, "confidence": 0.8},
                                    "intent_ranking": [{"name": FALLBACK_INTENT}, {"name": intent}]}}
            messages.append(event_row(event, tz))
            counts["messages"] += 1
        if number < handed_off:
            reason = rng.choice(list(REASONS))
            opened = started + timedelta(minutes=1)
            claimed = rng.random() < (0.2 if still_waiting else 0.95)
            agent = rng.choice(agents)
            escalations.append({
                "conversation_id": conversation, "channel": conversation_channel(conversation), "reason": reason,
                "urgent": reason in ("medical_emergency", "self_harm"),
                "status": ("claimed" if claimed else "open") if still_waiting else "resolved",
                "created_at": opened, "updated_at": opened, "message_count": rng.randint(1, 8),
                "redacted_text": fake.paragraph(nb_sentences=rng.randint(1, 6)), "kinds": "",
                "queue": rng.choice(list(QUEUES)), "mode": rng.choice(("live", "callback")),
                "callback_promised": rng.random() < 0.2,
                "crisis": reason if reason in ("medical_emergency", "self_harm") else None,
                "sensitive": rng.random() < 0.1, "negativity": max(0.0, rng.gauss(0, 0.3)),
                "grouped_crises": 0, "claimed_by": agent if claimed else None,
                "claimed_at": opened + timedelta(minutes=3) if claimed else None,
                "resolved_by": None if still_waiting else agent,
                "resolved_at": None if still_waiting else opened + timedelta(minutes=rng.randint(5, 600)),
            })
            counts["escalations"] += 1
            counts["waiting"] += still_waiting
        if kind in ("web", "messenger") and rng.random() < 0.04:
            links.append({"id": uuid.uuid4().hex, "origin_conversation_id": conversation,
                          "origin_channel": conversation_channel(conversation), "carry_over": "{}",
                          "created_at": started, "expires_at": started + timedelta(days=1),
                          "used_at": started + timedelta(minutes=5) if rng.random() < 0.6 else None})
            counts["secure_links"] += 1
        flush()
    flush(force=True)
    with db.session() as session:  # one to three replies on most claimed items; the first kept on the item
        replies = [
            {"escalation_id": escalation_id, "conversation_id": conversation, "author_id": claimed_by,
             "ciphertext": b"-", "created_at": claimed_at + timedelta(minutes=2 * reply), "status": "delivered",
             "detail": ""}
            for escalation_id, conversation, claimed_by, claimed_at in session.execute(
                sa.select(Escalation.id, Escalation.conversation_id, Escalation.claimed_by, Escalation.claimed_at)
                .where(Escalation.claimed_by.is_not(None)))
            for reply in range(1 + escalation_id % 3)
        ]
        for start in range(0, len(replies), BATCH):
            session.execute(sa.insert(StaffReply), replies[start:start + BATCH])
        counts["replies"] = len(replies)
        session.execute(sa.update(Escalation).where(Escalation.claimed_by.is_not(None)).values(
            first_reply_at=Escalation.claimed_at, first_reply_by=Escalation.claimed_by))
    return counts


def conversation_channel(conversation: str) -> str:
    from bot.conversation_ids import channel_of

    return channel_of(conversation)


def timed(session: requests.Session, url: str, repeats: int) -> dict[str, Any]:
    for _ in range(3):  # warm-up: the first requests pay for imports, caches and the database's pages
        session.get(url, timeout=60).raise_for_status()
    times = []
    size = 0
    for _ in range(repeats):
        started = time.perf_counter()
        reply = session.get(url, timeout=60)
        times.append((time.perf_counter() - started) * 1000)
        reply.raise_for_status()
        size = len(reply.content)
    return {"p50_ms": base.rounded(base.percentile(times, 0.5)), "p95_ms": base.rounded(base.percentile(times, 0.95)),
            "bytes": size}


def measure(db_url: str, workdir: Path, repeats: int) -> dict[str, Any]:
    """Start the console on the seeded database and time its pages."""
    port = base.free_port()
    db = Database(db_url)
    supervisor = auth.create_user(db, f"supervisor-{uuid.uuid4().hex[:6]}", "Sam Supervisor", "supervisor", PASSWORD)
    token, _ = auth.start_session(db, supervisor, "127.0.0.1")
    env = base.child_env({"APP_DATABASE_URL": db_url, "CONSOLE_PORT": str(port), "BIND_HOST": "127.0.0.1",
                          "VAR_DIR": str(workdir)})
    process = base.start_process([sys.executable, "-m", "bot.console"], ROOT, env, workdir / "console.log")
    try:
        site = f"http://127.0.0.1:{port}"
        base.wait_until(lambda: requests.get(f"{site}/login", timeout=2).status_code == 200, "the console",
                        {"console": process})
        session = requests.Session()
        session.headers["Cookie"] = f"rb_console={token}"
        today = datetime.now(facts_source(load_settings().paths.facts_path).get().tz).date()
        pages = {
            "login_baseline": "/login",
            "analytics_28_days": "/analytics",
            "analytics_90_days": f"/analytics?from={today - timedelta(days=DAYS - 1)}&to={today}",
            "analytics_28_days_messenger": "/analytics?channel=messenger",
            "queue_first_page": "/queue",
            "queue_sensitive_in_billing": "/queue?queue=billing&tier=sensitive",
            "queue_search": "/queue?search=web-0000",
            "queue_last_page": "/queue?page=100",
        }
        results = {name: timed(session, site + path, repeats) for name, path in pages.items()}
        first = session.get(f"{site}/queue/updates", timeout=60).json()
        known = ",".join(f"{row_id}:{version}" for row_id, version in _versions(first["rows"]).items())
        results["queue_updates_unchanged"] = timed(session, f"{site}/queue/updates?known={known}", repeats)
        baseline = results["login_baseline"]["p50_ms"] or 1
        for result in results.values():
            result["p50_vs_login"] = base.rounded(result["p50_ms"] / baseline, 2)
        return results
    finally:
        base.stop_process(process)


def _versions(rows: dict[str, str]) -> dict[str, str]:
    import re

    return dict(re.findall(r'data-id="(\d+)" data-version="([^"]+)"', "".join(rows.values())))


def aims(results: dict[str, Any]) -> dict[str, Any]:
    analytics = max(results[name]["p95_ms"] for name in results if name.startswith("analytics"))
    queue = max(results[name]["p95_ms"] for name in results if name.startswith("queue"))
    return {"analytics_p95_ms": analytics, "analytics_met": analytics < ANALYTICS_AIM_MS,
            "queue_p95_ms": queue, "queue_met": queue < QUEUE_AIM_MS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--waiting", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--sqlite-only", action="store_true", help="skip PostgreSQL")
    options = parser.parse_args()
    report: dict[str, Any] = {"machine": base.machine(), "aims_ms": {"analytics": ANALYTICS_AIM_MS,
                                                                     "queue": QUEUE_AIM_MS}}
    with contextlib.ExitStack() as stack:
        workdir = Path(tempfile.mkdtemp(prefix="bench-console-"))
        stack.callback(shutil.rmtree, workdir, True)
        databases = {"sqlite": f"sqlite:///{workdir / 'app.db'}"}
        if not options.sqlite_only:
            folder = ROOT / "var" / "bench" / f"console-{uuid.uuid4().hex[:6]}"  # postgres must enter it
            folder.mkdir(parents=True)
            stack.callback(shutil.rmtree, folder, True)
            postgres = start_postgres(folder / "postgres", base.free_port(), uuid.uuid4().hex, databases=("app",))
            stack.callback(postgres.stop)
            databases["postgresql"] = postgres.url.rsplit("/", 1)[0] + "/app"
        for name, url in databases.items():
            db = Database(url)
            db.ensure_schema()
            base.log(f"{name}: seeding {options.conversations:,} conversations, {options.waiting:,} waiting")
            started = time.monotonic()
            counts = seed(db, options.conversations, options.waiting, random.Random(18))
            base.log(f"{name}: seeded in {time.monotonic() - started:.0f} s: {counts}")
            results = measure(url, workdir, options.repeats)
            report[name] = {"seeded": counts, "pages": results, "aims": aims(results)}
            base.log(f"{name}: {report[name]['aims']}")
    OUT_FILE.parent.mkdir(parents=True, exist_ok=True)
    OUT_FILE.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
