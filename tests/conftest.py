"""Shared fixtures. Tests never reach the internet and never phone home."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "true")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
# Some tests call a task on its own, outside any flow run: its logs stay local.
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
# Keep Prefect's state of this session out of the user's home.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="newsetl-prefect-"))

SERVER_START_TIMEOUT_S = 90


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real Prefect server on 127.0.0.1, one per test session; yields its API URL."""
    home = tmp_path_factory.mktemp("prefect-server-home")
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_UI_ENABLED": "false",
    }
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "prefect"), "server", "start"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        _wait_healthy(api_url, server, home / "server.log")
        yield api_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _wait_healthy(api_url: str, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"Prefect server exited:\n{log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).json() is True:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"Prefect server not healthy after {SERVER_START_TIMEOUT_S}s")


@pytest.fixture(scope="session")
def prefect_api(prefect_server):
    """Point this process's Prefect client at the session's server."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: prefect_server}):
        yield prefect_server
