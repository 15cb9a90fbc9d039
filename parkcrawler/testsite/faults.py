"""A misbehaving www.shcfck.com: the emulator behind a real HTTP server that injects faults.

``serve_faults(emulator, faults)`` runs the same forward proxy as ``serve()`` (loopback only), but any
URL matched by ``faults`` (an exact absolute URL, or a compiled regex matched against it) misbehaves:
HTTP errors, Retry-After, truncated and stalled bodies, connection resets, replaced or re-encoded
bodies, redirects, injected links. Everything else is the emulator's normal answer.

The server logs every request as it arrived (request line, Host header, the fault applied and the time),
so a test can assert what the crawler asked for, and from which host, without trusting the crawler.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from parkcrawler.testsite.site import Response, SiteEmulator

DEFAULT_HOST = "http://www.shcfck.com"


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    at: float  # time.monotonic() on arrival
    method: str
    url: str  # absolute URL (origin-form requests completed with the Host header)
    request_line: str
    host_header: str
    status: int | None  # status sent, None when the fault sent none (reset, stall, ...)
    fault: str | None  # the fault's name, None for a normal answer

    @property
    def hosts(self) -> set[str]:
        """Every host this request named: the URL's and the Host header's (without port)."""
        named = {(urlsplit(self.url).hostname or "").lower()}
        if self.method == "CONNECT":
            named = {self.url.rsplit(":", 1)[0].lower()}
        if self.host_header:
            named.add(self.host_header.rsplit(":", 1)[0].strip("[]").lower())
        return named


# --- faults -------------------------------------------------------------------------------------------
# A fault gets the handler, the URL and the emulator's own answer, and writes whatever it likes.
# It returns the status it sent (None when it sent no status line).


class Fault:
    name = "fault"

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hits = 0

    def applies(self) -> bool:
        """Whether this request misbehaves (counts the hit)."""
        with self.lock:
            self.hits += 1
            return True

    def answer(self, h: _Handler, url: str, normal: Response) -> int | None:
        raise NotImplementedError


def _send(h: _Handler, status: int, headers: dict[str, str], body: bytes, length: int | None = None) -> None:
    h.send_response_only(status)
    for name, value in headers.items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body) if length is None else length))
    h.end_headers()
    if h.command != "HEAD":
        h.wfile.write(body)


class Status(Fault):
    """Answer ``status`` (with extra headers and a small HTML body); only the first ``times`` requests
    when ``times`` is set, then the normal page."""

    def __init__(self, status: int, headers: dict[str, str] | None = None, times: int | None = None):
        super().__init__()
        self.status, self.headers, self.times = status, headers or {}, times
        self.name = f"status {status}"

    def applies(self) -> bool:
        with self.lock:
            self.hits += 1
            return self.times is None or self.hits <= self.times

    def answer(self, h, url, normal):
        body = f"<html><body><h1>{self.status}</h1></body></html>".encode()
        headers = {**normal.headers, "Content-Type": "text/html; charset=utf-8", **self.headers}
        _send(h, self.status, headers, body)
        return self.status


class RetryAfter(Fault):
    """``status`` with ``Retry-After: seconds`` until ``seconds`` have passed since the first request,
    then the normal page: a crawler that honours the header gets the page, one that retries at once
    does not."""

    def __init__(self, status: int, seconds: int):
        super().__init__()
        self.status, self.seconds = status, seconds
        self.first: float | None = None
        self.name = f"{status} Retry-After {seconds}"

    def applies(self) -> bool:
        with self.lock:
            self.hits += 1
            now = time.monotonic()
            self.first = self.first if self.first is not None else now
            return now - self.first < self.seconds

    def answer(self, h, url, normal):
        headers = {**normal.headers, "Content-Type": "text/plain", "Retry-After": str(self.seconds)}
        _send(h, self.status, headers, b"busy, retry later\n")
        return self.status


class Truncate(Fault):
    """The full Content-Length announced, only ``keep`` of the body sent, then the connection closed."""

    name = "truncated body"

    def __init__(self, keep: float = 0.5):
        super().__init__()
        self.keep = keep

    def answer(self, h, url, normal):
        h.send_response_only(normal.status)
        for name, value in normal.headers.items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(normal.body)))
        h.end_headers()
        h.wfile.write(normal.body[: int(len(normal.body) * self.keep)])
        h.wfile.flush()
        h.close_connection = True
        return normal.status


class Stall(Fault):
    """Say nothing (``where="headers"``), or send the headers and part of the body and then nothing
    (``where="body"``), for ``seconds`` or until the server stops; then hang up."""

    def __init__(self, where: str = "body", seconds: float = 30.0):
        super().__init__()
        self.where, self.seconds = where, seconds
        self.name = f"stalled {where}"

    def answer(self, h, url, normal):
        status = None
        if self.where == "body":
            h.send_response_only(normal.status)
            for name, value in normal.headers.items():
                h.send_header(name, value)
            h.send_header("Content-Length", str(len(normal.body)))
            h.end_headers()
            h.wfile.write(normal.body[:100])
            h.wfile.flush()
            status = normal.status
        h.server.stopping.wait(self.seconds)
        h.close_connection = True
        return status


class Reset(Fault):
    """Close the connection with a TCP RST before answering anything."""

    name = "connection reset"

    def answer(self, h, url, normal):
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        return None


class Body(Fault):
    """Answer ``status`` with this body and Content-Type instead of the page."""

    def __init__(
        self,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        name: str = "replaced body",
    ):
        super().__init__()
        self.body, self.content_type, self.status, self.name = body, content_type, status, name

    def answer(self, h, url, normal):
        _send(h, self.status, {**normal.headers, "Content-Type": self.content_type}, self.body)
        return self.status


class Transform(Fault):
    """The normal page, its body passed through ``fn`` (bytes -> bytes), optionally another Content-Type
    and extra headers."""

    def __init__(
        self,
        fn: Callable[[bytes], bytes],
        content_type: str | None = None,
        name: str = "transform",
        headers: dict[str, str] | None = None,
    ):
        super().__init__()
        self.fn, self.content_type, self.name, self.headers = fn, content_type, name, headers or {}

    def answer(self, h, url, normal):
        headers = {**normal.headers, **self.headers}
        if self.content_type is not None:
            headers["Content-Type"] = self.content_type
        _send(h, normal.status, headers, self.fn(normal.body))
        return normal.status


class Redirect(Fault):
    """A redirect to ``location`` (absolute or relative, as given)."""

    def __init__(self, location: str, status: int = 302):
        super().__init__()
        self.location, self.status = location, status
        self.name = f"{status} to {location}"

    def answer(self, h, url, normal):
        _send(h, self.status, {**normal.headers, "Location": self.location}, b"")
        return self.status


class Respond(Fault):
    """Answer whatever ``fn(url, emulator)`` returns (a ``Response``): for traps built from the site."""

    def __init__(self, fn: Callable[[str, SiteEmulator], Response], name: str = "respond"):
        super().__init__()
        self.fn, self.name = fn, name

    def answer(self, h, url, normal):
        response = self.fn(url, h.server.emulator)
        _send(h, response.status, response.headers, response.body)
        return response.status


# --- the server -------------------------------------------------------------------------------------------


@dataclass
class FaultServer:
    """What ``serve_faults()`` yields: the proxy URL and the log of every request received."""

    port: int
    proxy_url: str
    faults: dict
    _log: list[Seen] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def log(self) -> list[Seen]:
        with self._lock:
            return list(self._log)

    @property
    def request_log(self) -> list[tuple[str, str, int | None]]:
        """(method, URL, status) like ``serve()``'s log."""
        return [(s.method, s.url, s.status) for s in self.log]

    def reset_log(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, seen: Seen) -> int:
        with self._lock:
            self._log.append(seen)
            return len(self._log) - 1

    def set_status(self, index: int, status: int | None) -> None:
        """The status a fault sent, on the entry logged before it answered."""
        with self._lock:
            seen = self._log[index]
            self._log[index] = Seen(**{**seen.__dict__, "status": status})

    def fault_for(self, url: str) -> Fault | None:
        fault = self.faults.get(url)
        if fault is None:
            fault = next(
                (f for key, f in self.faults.items() if isinstance(key, re.Pattern) and key.fullmatch(url)),
                None,
            )
        return fault


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _answer(self) -> None:
        url = self.path if self.path.startswith(("http://", "https://")) else DEFAULT_HOST + self.path
        arrived = time.monotonic()
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        running = self.server.running
        fault = running.fault_for(url)
        # The emulator answers first in any case: a page load still counts its views, as on the site.
        normal = self.server.emulator.handle(self.command, url)
        # Logged before answering: a client holding its answer always finds the request logged.
        if fault is not None and fault.applies():
            index = self._log(arrived, url, None, fault.name)
            running.set_status(index, fault.answer(self, url, normal))
            return
        self._log(arrived, url, normal.status, None)
        _send(self, normal.status, normal.headers, normal.body)

    def _log(self, arrived: float, url: str, status: int | None, fault: str | None) -> int:
        host = self.headers.get("Host", "")
        return self.server.running.record(
            Seen(arrived, self.command, url, self.requestline, host, status, fault)
        )

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = _answer

    def do_CONNECT(self) -> None:
        self.server.running.record(
            Seen(
                time.monotonic(),
                "CONNECT",
                self.path,
                self.requestline,
                self.headers.get("Host", ""),
                502,
                None,
            )
        )
        self.send_response_only(502)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the log is on ``FaultServer.log``."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], emulator: SiteEmulator, faults: dict):
        super().__init__(address, _Handler)
        self.emulator = emulator
        self.stopping = threading.Event()
        port = self.server_address[1]
        self.running = FaultServer(port, f"http://{self.server_address[0]}:{port}", faults)

    def handle_error(self, request, client_address) -> None:
        """Crawlers hanging up on a misbehaving server are expected; anything else gets a trace."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve_faults(emulator: SiteEmulator, faults: dict | None = None) -> Iterator[FaultServer]:
    """Run ``emulator`` with ``faults`` on 127.0.0.1 (any free port) for the ``with`` block."""
    httpd = _Server(("127.0.0.1", 0), emulator, dict(faults or {}))
    thread = threading.Thread(target=httpd.serve_forever, name="shcfck-faults", daemon=True)
    thread.start()
    try:
        yield httpd.running
    finally:
        httpd.stopping.set()  # stalled answers give up at once
        httpd.shutdown()
        httpd.server_close()
        thread.join()
