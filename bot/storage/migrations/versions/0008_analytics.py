"""The supervisors' analytics: counts of patient messages and conversations, first replies, callbacks promised.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

- message_counts: patient messages and conversations started (Rasa sessions) per local hour, channel and fallback;
  intent_counts: messages per local day, channel, intent and (on a fallback) the guessed intent. Counts only, never
  text; kept by the Rasa server's event broker (bot.analytics.recorder), read by bot.analytics.figures.
- escalations.first_reply_at / first_reply_by: when and by whom staff first replied (response times), filled here
  from staff_replies for the items that already have replies.
- escalations.callback_promised: the patient was told staff would follow up later; kept when the item later
  becomes live, so the callbacks promised and done can be counted.
- Indexes: escalations by date with every column the analytics read (a covering index: a period's escalations
  without reading their rows), secure_links by date.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_counts",
        sa.Column("local_day", sa.Date, primary_key=True),
        sa.Column("local_hour", sa.SmallInteger, primary_key=True),
        sa.Column("channel", sa.String(64), primary_key=True),
        sa.Column("fell_back", sa.Boolean, primary_key=True),
        sa.Column("local_weekday", sa.SmallInteger, nullable=False),
        sa.Column("messages", sa.Integer, nullable=False, server_default="0"),
        sa.Column("conversations", sa.Integer, nullable=False, server_default="0"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "intent_counts",
        sa.Column("local_day", sa.Date, primary_key=True),
        sa.Column("channel", sa.String(64), primary_key=True),
        sa.Column("intent", sa.String(64), primary_key=True),
        sa.Column("guessed_intent", sa.String(64), primary_key=True),
        sa.Column("messages", sa.Integer, nullable=False, server_default="0"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("escalations") as table:
        table.add_column(sa.Column("callback_promised", sa.Boolean, nullable=False, server_default=sa.false()))
        table.add_column(sa.Column("first_reply_at", sa.DateTime(timezone=True)))
        table.add_column(sa.Column("first_reply_by", sa.Integer))
    # Items made before this revision: a follow-up the assistant opened (not a crisis the ingress opened); one that
    # was claimed since became "live" and cannot be told apart any more.
    op.execute("UPDATE escalations SET callback_promised = (mode = 'callback' AND grouped_into IS NULL "
               "AND reason NOT IN ('medical_emergency', 'self_harm'))")
    op.execute(
        "UPDATE escalations SET "
        "first_reply_at = (SELECT min(created_at) FROM staff_replies WHERE escalation_id = escalations.id), "
        "first_reply_by = (SELECT author_id FROM staff_replies WHERE escalation_id = escalations.id "
        "ORDER BY created_at, id LIMIT 1)"
    )
    op.create_index("ix_escalations_figures", "escalations",
                    ["created_at", "channel", "queue", "reason", "status", "callback_promised", "claimed_by",
                     "resolved_by", "first_reply_by", "first_reply_at", "resolved_at", "conversation_id"])
    op.create_index("ix_secure_links_created_at", "secure_links", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_secure_links_created_at", "secure_links")
    op.drop_index("ix_escalations_figures", "escalations")
    with op.batch_alter_table("escalations") as table:
        table.drop_column("first_reply_by")
        table.drop_column("first_reply_at")
        table.drop_column("callback_promised")
    op.drop_table("intent_counts")
    op.drop_table("message_counts")
