"""Run the emulated www.zjpark-dede.cn by hand, or print its ground truth.

``python -m parkcrawler.testsite.dedecms --port 8001`` then crawl with ``http_proxy=http://127.0.0.1:8001``;
``python -m parkcrawler.testsite.dedecms --truth > tests/fixtures/dedecms/truth.json`` rewrites the truth file
the tests compare the emulator with (after a deliberate change to the corpus).
"""

import argparse
import contextlib
import json
import sys
import threading

from parkcrawler.testsite.dedecms.site import HOST, DedeEmulator
from parkcrawler.testsite.server import serve


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m parkcrawler.testsite.dedecms", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--frozen", action="store_true", help="plus/count.php does not count")
    parser.add_argument("--truth", action="store_true", help="print the per-article ground truth as JSON")
    args = parser.parse_args()
    emulator = DedeEmulator(frozen=args.frozen)
    if args.truth:
        json.dump(emulator.truth(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    with serve(emulator, args.host, args.port) as server:  # type: ignore[arg-type]
        print(f"{HOST} emulator: proxy {server.proxy_url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
