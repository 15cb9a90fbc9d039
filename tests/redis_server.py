"""A real redis-server (Debian's package) on a free loopback port with its own temp dir, for the cluster
tests and the scaling benchmark. Never a mock: the frontier's Lua scripts and BLMOVE must really run."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path


def redis_server_binary() -> str | None:
    return shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def redis_server(workdir: Path, *extra: str):
    """Yield the URL of a fresh redis-server; stopped (and its files left in workdir) afterwards."""
    import redis

    binary = redis_server_binary()
    if binary is None:
        raise RuntimeError("redis-server is not installed (scripts/ci-system-deps.sh installs it)")
    workdir.mkdir(parents=True, exist_ok=True)
    for _attempt in range(5):  # a port found free may be taken before redis binds it: try another
        port = _free_port()
        process = subprocess.Popen(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(workdir),
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "yes",
                *extra,
            ],
            stdout=open(workdir / f"redis-{port}.log", "w"),  # noqa: SIM115 - closed with the process
            stderr=subprocess.STDOUT,
        )
        client = redis.Redis(host="127.0.0.1", port=port)
        for _ in range(100):
            if process.poll() is not None:
                break
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        if process.poll() is None:
            break
    else:
        raise RuntimeError(f"redis-server did not start (see {workdir})")
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def require_redis() -> None:
    """Skip without redis-server on a developer's machine; in CI (CI=true) its absence is a failure."""
    import pytest

    if redis_server_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server missing: scripts/ci-system-deps.sh must install it")
        pytest.skip("redis-server is not installed (scripts/ci-system-deps.sh installs it)")
