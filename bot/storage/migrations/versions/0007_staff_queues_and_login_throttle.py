"""Agents work in their queues; failed logins are throttled, no longer counted per account; crisis bursts grouped.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

- staff_users.queues: the queues an agent works (comma-separated names); NULL = every queue, which is what
  accounts made before this revision keep.
- staff_users.failed_logins and locked_until are dropped: an account-wide lock let anyone keep an account
  (the first admin's) locked by trying wrong passwords, and only existing usernames could be locked. Failed
  logins are now throttled per address and per username alike (bot.console.auth.LoginThrottle).
- escalations.grouped_crises / grouped_into: in a burst of crises from one client address, only the first few
  open an urgent item; the others open an item that is not urgent, grouped under the address's urgent item
  (grouped_into), which counts them (grouped_crises) (bot.channels.limits).
"""

import sqlalchemy as sa
from alembic import op

# The header above and the revision names below are Alembic's template (../script.py.mako): every migration
# starts alike by design.

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("escalations") as table:
        table.add_column(sa.Column("grouped_crises", sa.Integer, nullable=False, server_default="0"))
        table.add_column(sa.Column("grouped_into", sa.Integer))
    with op.batch_alter_table("staff_users") as table:
        table.add_column(sa.Column("queues", sa.String(255)))
        table.drop_column("failed_logins")
        table.drop_column("locked_until")


def downgrade() -> None:
    with op.batch_alter_table("escalations") as table:
        table.drop_column("grouped_into")
        table.drop_column("grouped_crises")
    with op.batch_alter_table("staff_users") as table:
        table.drop_column("queues")
        table.add_column(sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"))
        table.add_column(sa.Column("locked_until", sa.DateTime(timezone=True)))
