"""Human handoff and the staff console: queue fields on escalations, staff users and sessions,
replies, notes and the audit log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

# The header above and the revision names below are Alembic's template (../script.py.mako): every migration
# starts alike by design.

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("message_flags") as table:
        table.add_column(sa.Column("sentiment", sa.Float))
    with op.batch_alter_table("escalations") as table:
        table.add_column(sa.Column("queue", sa.String(32), nullable=False, server_default="patient_services"))
        table.add_column(sa.Column("mode", sa.String(16), nullable=False, server_default="live"))
        table.add_column(sa.Column("crisis", sa.String(32)))
        table.add_column(sa.Column("sensitive", sa.Boolean, nullable=False, server_default=sa.false()))
        table.add_column(sa.Column("negativity", sa.Float, nullable=False, server_default="0"))
        table.add_column(sa.Column("staff_task_id", sa.Integer))
        table.add_column(sa.Column("claimed_by", sa.Integer))
        table.add_column(sa.Column("claimed_at", TZ))
        table.add_column(sa.Column("resolved_by", sa.Integer))
        table.add_column(sa.Column("resolved_at", TZ))
        table.create_index("ix_escalations_queue", ["queue"])
    # Crisis tickets opened before this revision: their reason is the crisis kind.
    op.execute("UPDATE escalations SET crisis = reason WHERE reason IN ('medical_emergency', 'self_harm')")

    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", TZ),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, nullable=False, index=True),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False, index=True),
        sa.Column("ip", sa.String(64)),
    )
    op.create_table(
        "staff_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("escalation_id", sa.Integer, nullable=False, index=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("author_id", sa.Integer, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("detail", sa.String(255), nullable=False),
        sa.Column("delivered_at", TZ),
    )
    op.create_table(
        "staff_notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("escalation_id", sa.Integer, nullable=False, index=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("author_id", sa.Integer, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False, index=True),
        sa.Column("user_id", sa.Integer),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("conversation_id", sa.String(255), index=True),
        sa.Column("escalation_id", sa.Integer),
        sa.Column("ip", sa.String(64)),
        sa.Column("detail", sa.String(255), nullable=False),
    )


def downgrade() -> None:
    for name in ("audit_log", "staff_notes", "staff_replies", "staff_sessions", "staff_users"):
        op.drop_table(name)
    with op.batch_alter_table("escalations") as table:
        table.drop_index("ix_escalations_queue")
        for column in ("resolved_at", "resolved_by", "claimed_at", "claimed_by", "staff_task_id", "negativity",
                       "sensitive", "crisis", "mode", "queue"):
            table.drop_column(column)
    with op.batch_alter_table("message_flags") as table:
        table.drop_column("sentiment")
