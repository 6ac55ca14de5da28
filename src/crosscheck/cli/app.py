"""The command-line application every command registers on."""

import typer

from .guard import GuardedGroup

app = typer.Typer(
    cls=GuardedGroup,
    add_completion=False,
    no_args_is_help=True,
    help="crosscheck: many news reports on one story in, one sourced, cross-checked account out.",
)
