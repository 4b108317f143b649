"""The typer application, global options and the one-line error policy."""

from __future__ import annotations

import os
import sys
import traceback

import click
import typer
from rich.console import Console
from rich.markup import escape

from newsetl.discover import SourceError
from newsetl.warehouse import WarehouseError

app = typer.Typer(
    name="newsetl",
    help="News ETL for analysts: fetch, extract, dedupe, find entities and events, load DuckDB.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True)
USER_ERRORS = (SourceError, WarehouseError, FileNotFoundError, PermissionError, ValueError)


@app.callback()
def _global_options(
    debug: bool = typer.Option(False, "--debug", help="Show the full trace of an error."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors and results."),
) -> None:
    os.environ["NEWSETL_DEBUG"] = "1" if debug else ""
    if quiet:
        os.environ["NEWSETL_QUIET"] = "1"
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _register_commands() -> None:
    from newsetl.cli import analyst, pipeline

    pipeline.register(app)
    analyst.register(app)


def main() -> None:
    """Console-script entry point: run the app, turning user errors into one line."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "true")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # its temporary server's
    # Prefect's own 20 s is too short for its temporary server on a busy machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    _register_commands()
    try:
        app(standalone_mode=False)
    except (typer.Exit, SystemExit) as done:
        sys.exit(getattr(done, "exit_code", getattr(done, "code", 0)) or 0)
    except click.ClickException as usage:
        usage.show()
        sys.exit(usage.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except Exception as error:  # every failure ends as one clear line
        if os.environ.get("NEWSETL_DEBUG"):
            traceback.print_exc()
        err.print(f"[red]error:[/red] {escape(_one_line(error))}", highlight=False, soft_wrap=True)
        sys.exit(2 if isinstance(error, USER_ERRORS) else 1)


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    message = text[0] if text else type(error).__name__
    return message if isinstance(error, USER_ERRORS) else f"{type(error).__name__}: {message}"
