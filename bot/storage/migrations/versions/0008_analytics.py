"""The supervisors' analytics: one row per understood patient message, callbacks promised, indexes by date.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

- message_events: what the assistant understood of each patient message (intent, confidence, whether it fell
  back), its channel and the hospital's local day, hour and weekday; counts only, never text
  (bot.analytics.recorder writes it, bot.analytics.figures reads it).
- escalations.callback_promised: the patient was told staff would follow up later; kept when the item later
  becomes live, so the callbacks promised and done can be counted.
- Indexes on escalations.created_at and secure_links.created_at: the analytics select them by date.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("intent", sa.String(64)),
        sa.Column("confidence", sa.Float),
        sa.Column("fell_back", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("guessed_intent", sa.String(64)),
        sa.Column("local_day", sa.Date, nullable=False),
        sa.Column("local_hour", sa.SmallInteger, nullable=False),
        sa.Column("local_weekday", sa.SmallInteger, nullable=False),
    )
    op.create_index("ix_message_events_day_channel", "message_events", ["local_day", "channel", "conversation_id"])
    op.create_index("ix_message_events_day_intent", "message_events",
                    ["local_day", "intent", "fell_back", "guessed_intent"])
    op.create_index("ix_message_events_conversation", "message_events", ["conversation_id"])
    with op.batch_alter_table("escalations") as table:
        table.add_column(sa.Column("callback_promised", sa.Boolean, nullable=False, server_default=sa.false()))
    op.execute("UPDATE escalations SET callback_promised = (mode = 'callback' AND urgent = false)")
    op.create_index("ix_escalations_created_at", "escalations", ["created_at"])
    op.create_index("ix_secure_links_created_at", "secure_links", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_secure_links_created_at", "secure_links")
    op.drop_index("ix_escalations_created_at", "escalations")
    with op.batch_alter_table("escalations") as table:
        table.drop_column("callback_promised")
    op.drop_table("message_events")
