"""Messenger: the events Meta delivered (redeliveries recognised, pending ones kept encrypted).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

# The header above and the revision names below are Alembic's template (../script.py.mako): every migration
# starts alike by design.

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "messenger_events",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sender", sa.String(128), nullable=False),
        sa.Column("occurred_at", TZ, nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(255), nullable=False, server_default=""),
        sa.Column("ciphertext", sa.LargeBinary),
    )
    op.create_index("ix_messenger_events_sender_occurred", "messenger_events", ["sender", "occurred_at"])
    op.create_index("ix_messenger_events_status", "messenger_events", ["status"])


def downgrade() -> None:
    op.drop_table("messenger_events")
