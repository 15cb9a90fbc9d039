"""``serve()``: a ``SiteEmulator`` behind a real HTTP server that acts as a forward proxy for the site.

Clients configured with ``http_proxy=http://127.0.0.1:PORT`` send absolute-form requests
(``GET http://www.shcfck.com/index.php/post/1.html HTTP/1.1``): they reach the emulated site exactly as
they would reach the real one, without any change to the URLs they crawl. Origin-form requests
(``GET /index.php/post/1.html``, e.g. from a browser pointed at the port) are taken as www.shcfck.com.
Any other host answers 502: the server never contacts the network. HTTPS tunnels (CONNECT) are refused.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from parkcrawler.testsite.site import SiteEmulator

DEFAULT_HOST = "http://www.shcfck.com"


class RunningServer:
    """What ``serve()`` yields: the port, the proxy URL and a log of the requests answered."""

    def __init__(self, httpd: ThreadingHTTPServer):
        self.port: int = httpd.server_address[1]
        host = httpd.server_address[0]
        self.proxy_url = f"http://{host}:{self.port}"
        self._log: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()

    @property
    def request_log(self) -> list[tuple[str, str, int]]:
        """(method, absolute URL, status) of every request answered so far, in order (a copy)."""
        with self._lock:
            return list(self._log)

    def reset_log(self) -> None:
        with self._lock:
            self._log.clear()

    def record(self, method: str, url: str, status: int) -> None:
        with self._lock:
            self._log.append((method, url, status))


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a proxy would offer; every answer has a Content-Length
    server: _Server

    def _answer(self) -> None:
        # Origin-form requests go to the emulator's own site when it names one (``origin``), else shcfck.
        origin = getattr(self.server.emulator, "origin", DEFAULT_HOST)
        url = self.path if self.path.startswith(("http://", "https://")) else origin + self.path
        # Drain a request body (the header's search form POSTs): unread, it would spoil the next
        # request on this keep-alive connection.
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        response = self.server.emulator.handle(self.command, url)
        # Logged before answering: a client holding its answer always finds the request in the log.
        self.server.running.record(self.command, url, response.status)
        # send_response() would add the server's own Date header; the emulator's clock must win.
        self.send_response_only(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = _answer

    def do_CONNECT(self) -> None:
        self.server.running.record(self.command, self.path, 502)
        self.send_response_only(502)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is on ``RunningServer.request_log``."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], emulator: SiteEmulator):
        super().__init__(address, _ProxyHandler)
        self.emulator = emulator
        self.running = RunningServer(self)

    def handle_error(self, request, client_address) -> None:
        """Clients hanging up mid-answer are normal for crawlers; anything else is a bug worth a trace."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(emulator: SiteEmulator, host: str = "127.0.0.1", port: int = 0) -> Iterator[RunningServer]:
    """Run ``emulator`` on ``host:port`` (0: any free port) in a daemon thread for the ``with`` block."""
    httpd = _Server((host, port), emulator)
    thread = threading.Thread(
        target=httpd.serve_forever, name=f"shcfck-emulator:{httpd.running.port}", daemon=True
    )
    thread.start()
    try:
        yield httpd.running
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
