"""Manage staff console accounts from the command line, in the app database of this environment.

    python -m bot.console.users create USERNAME --role ROLE [--name "Display Name"] [--queues billing,pharmacy]
    python -m bot.console.users passwd USERNAME
    python -m bot.console.users disable USERNAME
    python -m bot.console.users enable USERNAME
    python -m bot.console.users list

New passwords are asked for twice (not echoed), or taken from CONSOLE_NEW_PASSWORD when it is set
(for scripts). Bad input exits with status 2 and a message on stderr. A login throttled after failed
attempts is lifted on the console's Staff page (the throttle lives in the console's process).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence

from bot.console import auth
from bot.settings import load_console
from bot.storage.database import app_database


class UsageError(Exception):
    """Bad input: reported on stderr with exit status 2."""


def _new_password() -> str:
    from_env = load_console().new_password
    if from_env:
        password = from_env
    else:
        try:
            password = getpass.getpass("New password: ")
            again = getpass.getpass("Repeat the password: ")
        except (EOFError, KeyboardInterrupt):
            raise UsageError("no password given") from None
        if password != again:
            raise UsageError("the two passwords differ")
    try:
        auth.validate_password(password)
    except ValueError as error:
        raise UsageError(str(error)) from None
    return password


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.console.users", description="Manage staff console accounts.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    create = commands.add_parser("create", help="add an account")
    create.add_argument("username")
    create.add_argument("--role", required=True, choices=auth.ROLES)
    create.add_argument("--name", help="display name (default: the username)")
    create.add_argument("--queues", default="", help="an agent's queues, comma-separated (default: every queue)")
    for name, text in (
        ("passwd", "set a new password (and log the account out everywhere)"),
        ("disable", "disable an account (and log it out everywhere)"),
        ("enable", "enable an account again"),
    ):
        commands.add_parser(name, help=text).add_argument("username")
    commands.add_parser("list", help="list the accounts")
    return parser


def _list() -> None:
    users = auth.list_users(app_database())
    if not users:
        print("No staff users.")
        return
    rows = [("USERNAME", "ROLE", "ACTIVE", "QUEUES", "NAME")]
    for user in users:
        queues = ",".join(user.queues) if user.role == "agent" and user.queues else "all"
        rows.append((user.username, user.role, "yes" if user.active else "no", queues, user.display_name))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1])


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "list":
            _list()
            return 0
        # Checked before asking for a password, so that a typo does not cost a password prompt.
        auth.validate_username(args.username)
        if args.command == "create":
            name = args.name if args.name is not None else args.username
            queues = [queue.strip() for queue in args.queues.split(",") if queue.strip()]
            auth.validate_queues(queues)
            user_id = auth.create_user(app_database(), args.username, name, args.role, _new_password(), queues)
            print(f"Created {args.username} ({args.role}), id {user_id}.")
        elif args.command == "passwd":
            if not any(user.username == args.username for user in auth.list_users(app_database())):
                raise UsageError(f"there is no staff user named {args.username!r}")
            auth.set_password(app_database(), args.username, _new_password())
            print(f"Password of {args.username} changed; its sessions were ended.")
        else:
            auth.set_active(app_database(), args.username, args.command == "enable")
            print(f"{args.username} {args.command}d.")
    except (UsageError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
