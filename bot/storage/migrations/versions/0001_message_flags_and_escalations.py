"""Message flags and escalations (urgent crisis tickets).

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

# The header above and the revision names below are Alembic's template (../script.py.mako): every migration
# starts alike by design.

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_flags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sensitive", sa.Boolean, nullable=False),
        sa.Column("crisis", sa.String(32)),
        sa.Column("kinds", sa.String(255), nullable=False),
    )
    op.create_table(
        "escalations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("urgent", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_count", sa.Integer, nullable=False),
        sa.Column("redacted_text", sa.Text, nullable=False),
        sa.Column("kinds", sa.String(255), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("escalations")
    op.drop_table("message_flags")
