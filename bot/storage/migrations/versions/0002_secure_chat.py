"""Secure chat: held messages, one-time links, sessions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

# The header above and the revision names below are Alembic's template (../script.py.mako): every migration
# starts alike by design.

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_messages",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "secure_links",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("origin_conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("origin_channel", sa.String(64), nullable=False),
        sa.Column("held_message_id", sa.String(64)),
        sa.Column("carry_over", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("used_at", sa.DateTime(timezone=True)),
        sa.Column("secure_conversation_id", sa.String(255)),
    )
    op.create_table(
        "secure_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("link_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("secure_sessions")
    op.drop_table("secure_links")
    op.drop_table("held_messages")
