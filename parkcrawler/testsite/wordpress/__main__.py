"""Run the emulated WordPress park site by hand: ``python -m parkcrawler.testsite.wordpress --port 8001``.

Then crawl through it with ``http_proxy=http://127.0.0.1:8001`` or browse http://127.0.0.1:8001/.
"""

import argparse
import contextlib
import threading

from parkcrawler.testsite.server import serve
from parkcrawler.testsite.wordpress.corpus import HOST
from parkcrawler.testsite.wordpress.site import WordPressEmulator


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m parkcrawler.testsite.wordpress", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--sitemap-max-urls", type=int, default=2000, help="URLs per sub-sitemap")
    parser.add_argument(
        "--empty-date-archive-status",
        type=int,
        default=200,
        help="200 keeps the calendar trap open; 404 is core",
    )
    args = parser.parse_args()
    emulator = WordPressEmulator(
        sitemap_max_urls=args.sitemap_max_urls, empty_date_archive_status=args.empty_date_archive_status
    )
    with serve(emulator, args.host, args.port) as server:
        print(f"{HOST} emulator: proxy {server.proxy_url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
