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


class RestartableRedis:
    """A redis-server with append-only persistence that a test can kill (SIGKILL) and start again on the
    same port and directory: what survives is what the AOF kept (docs/scaling.md, "Redis settings")."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        import redis

        binary = redis_server_binary()
        if binary is None:
            raise RuntimeError("redis-server is not installed (scripts/ci-system-deps.sh installs it)")
        self.workdir.mkdir(parents=True, exist_ok=True)
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.workdir), "--save", ""]
        args += ["--appendonly", "yes", "--appendfsync", "always", "--protected-mode", "yes"]
        self.process = subprocess.Popen(
            [binary, *args],
            stdout=open(self.workdir / f"redis-{time.monotonic_ns()}.log", "w"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
        )
        client = redis.Redis(host="127.0.0.1", port=self.port)
        try:
            for _ in range(200):
                if self.process.poll() is not None:
                    raise RuntimeError(f"redis-server exited (see {self.workdir})")
                try:
                    if client.ping() and not client.info("persistence").get("loading"):
                        return
                except redis.ConnectionError:
                    pass
                except redis.BusyLoadingError:
                    pass
                time.sleep(0.05)
            raise RuntimeError(f"redis-server did not start (see {self.workdir})")
        finally:
            client.close()

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
