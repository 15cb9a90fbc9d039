"""Run the emulated www.shcfck.com by hand: ``python -m parkcrawler.testsite --port 8000``.

Then crawl through it with ``http_proxy=http://127.0.0.1:8000`` or browse http://127.0.0.1:8000/.
"""

import argparse
import contextlib
import threading

from parkcrawler.testsite.server import serve
from parkcrawler.testsite.site import SiteEmulator


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m parkcrawler.testsite", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--reference", action="store_true", help="serve only the 13 reference posts")
    parser.add_argument("--frozen", action="store_true", help="no view counting, fixed related lists")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random related lists")
    parser.add_argument(
        "--sitemap-lag", type=int, default=0, help="leave the N newest posts out of sitemap.xml"
    )
    parser.add_argument(
        "--posts", type=int, default=0, help="a site of N posts (the corpus's bodies cycled), for benchmarks"
    )
    args = parser.parse_args()
    options = {"frozen": args.frozen, "seed": args.seed, "sitemap_lag": args.sitemap_lag}
    if args.posts:
        emulator = SiteEmulator.sized(args.posts, **options)
    else:
        factory = SiteEmulator.reference if args.reference else SiteEmulator.default
        emulator = factory(**options)
    with serve(emulator, args.host, args.port) as server:
        print(f"www.shcfck.com emulator: proxy {server.proxy_url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
