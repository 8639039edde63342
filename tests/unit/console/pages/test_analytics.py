"""The analytics page: for supervisors and admins, tiles and charts with their data tables and CSV, filters, no
patient text."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta

import pytest

from bot.analytics.recorder import event_row, store
from bot.handoff import queue
from bot.storage.models import StaffUser
from tests.unit.console.conftest import WRONG_ROLE, assert_refused, assert_sent_to_login


def recorded(console, conversation: str, intent: str, days_ago: int = 0, starts: bool = True) -> None:
    """A patient message counted as the Rasa server's event broker counts it (after its conversation's start)."""
    tz = console.app.ctx.console.facts.get().tz
    at = (datetime.now(tz).replace(hour=12, minute=0) - timedelta(days=days_ago)).timestamp()
    events = [{"event": "session_started", "sender_id": conversation, "timestamp": at}] if starts else []
    events.append({"event": "user", "sender_id": conversation, "timestamp": at,
                   "parse_data": {"intent": {"name": intent, "confidence": 0.9}}})
    with console.db.session() as session:
        store(session, [event_row(event, tz) for event in events])


def tile_value(html: str, key: str) -> str:
    return re.search(rf'data-tile="{key}">.*?<strong class="value">([^<]*)</strong>', html, re.S).group(1)


@pytest.mark.parametrize("path", ["/analytics", "/analytics.csv?table=daily"])
def test_analytics_needs_a_session(console, path):
    assert_sent_to_login(console.get(path), path)


@pytest.mark.parametrize("path", ["/analytics", "/analytics.csv?table=daily"])
@pytest.mark.parametrize("role", ["agent", "trainer"])
def test_analytics_is_for_supervisors_and_admins(console, path, role):
    assert_refused(console.get(path, console.staff(role)), WRONG_ROLE)


@pytest.mark.parametrize("role", ["supervisor", "admin"])
def test_the_page_shows_tiles_charts_and_their_tables(console, role):
    recorded(console, "web-" + "a" * 32, "ask_parking")
    recorded(console, "web-" + "a" * 32, "ask_visiting_hours", starts=False)
    recorded(console, "1234567", "ask_parking", days_ago=1)
    recorded(console, "1234567", "ask_parking", days_ago=40)  # before the default 28 days, in no tile of them
    recorded(console, "rest-9", "request_human")
    console.escalate("rest-9", preview="Zebulon Quixworth wants a person")
    reply = console.get("/analytics", console.staff(role))
    assert reply.status_code == 200
    html = reply.text
    assert tile_value(html, "conversations") == "3" and tile_value(html, "messages") == "4"
    assert tile_value(html, "messages_socketio") == "2" and tile_value(html, "messages_messenger") == "1"
    assert tile_value(html, "resolved_alone") == "67%" and tile_value(html, "handoff_rate") == "33%"
    for name in ("daily", "hourly", "intents", "misunderstood"):
        assert f'data-table="{name}"' in html
        assert f'href="/analytics.csv?table={name}&amp;from=' in html
    data = json.loads(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S)
                      .group(1))
    assert data["intents"]["rows"] == [["ask_parking", 2], ["ask_visiting_hours", 1], ["request_human", 1]]
    assert "<th scope=\"row\">ask_parking</th><td>2</td>" in html  # the same numbers for screen readers
    assert 'class="heatmap"' in html and "Per staff member" in html
    assert "Zebulon" not in html  # counts only, never a message


def test_the_filters_come_from_the_query_string_and_bad_ones_are_said(console):
    recorded(console, "web-" + "a" * 32, "ask_parking")
    recorded(console, "1234567", "ask_parking")
    supervisor = console.staff("supervisor")
    messenger = console.get("/analytics?channel=messenger", supervisor).text
    assert tile_value(messenger, "messages") == "1" and '<option value="messenger" selected>' in messenger
    bad = console.get("/analytics?from=yesterday&channel=fax", supervisor).text
    assert "Dates are written YYYY-MM-DD" in bad and tile_value(bad, "messages") == "2"
    swapped = console.get("/analytics?from=2026-03-10&to=2026-03-01", supervisor).text
    assert "swapped" in swapped and 'name="from" value="2026-03-01"' in swapped
    long = console.get("/analytics?from=2020-01-01&to=2026-03-01", supervisor).text
    assert "At most 366 days" in long
    for edge in ("from=0001-01-01&to=0001-01-07", "from=9999-12-25&to=9999-12-31"):  # no calendar overflow
        assert console.get(f"/analytics?{edge}", supervisor).status_code == 200


def test_each_figure_exports_as_csv_and_the_export_is_audited(console):
    recorded(console, "web-" + "a" * 32, "ask_parking")
    supervisor = console.staff("supervisor")
    today = datetime.now(console.app.ctx.console.facts.get().tz).date()
    reply = console.get(f"/analytics.csv?table=intents&from={today}&to={today}", supervisor)
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/csv")
    assert f'filename="analytics-intents-{today}-{today}.csv"' in reply.headers["content-disposition"]
    assert list(csv.reader(io.StringIO(reply.text))) == [["Intent", "Messages"], ["ask_parking", "1"]]
    tiles = list(csv.reader(io.StringIO(console.get("/analytics.csv?table=tiles", supervisor).text)))
    assert tiles[0] == ["Figure", "This period", "Previous period"] and ["Conversations", "1", "0"] in tiles
    assert console.get("/analytics.csv?table=nope", supervisor).status_code == 404
    assert [row[2] for row in console.audit()].count("export_analytics") == 2


def test_text_a_spreadsheet_would_run_is_quoted_in_the_csv(console):
    with console.db.session() as session:
        session.add(StaffUser(username="eve", display_name="=HYPERLINK(\"http://x\")", role="agent",
                              password_hash="-"))
        session.flush()
        agent_id = session.query(StaffUser).filter_by(username="eve").one().id
    item = console.escalate("web-eve")
    queue.claim(console.db, item, agent_id)
    rows = list(csv.reader(io.StringIO(console.get("/analytics.csv?table=agents", console.staff("admin")).text)))
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"


def test_the_chart_library_is_served_from_npm(console):
    reply = console.get("/static/chart.umd.min.js")
    assert reply.status_code == 200 and "Chart.js" in reply.text[:400]
    assert console.get("/static/analytics.js").status_code == 200
