"""The trainer's review: messages the assistant was unsure of (redacted), and how trainers labelled them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

# The header above and the revision names below are Alembic's template (../script.py.mako): every migration
# starts alike by design.

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("guessed_intent", sa.String(64)),
        sa.Column("confidence", sa.Float),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("label", sa.String(64)),
        sa.Column("label_kind", sa.String(16)),
        sa.Column("labelled_by", sa.String(64)),
        sa.Column("labelled_at", TZ),
    )


def downgrade() -> None:
    op.drop_table("review_items")
