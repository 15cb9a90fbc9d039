"""magic-html as a baseline from a Python that can install it (magic-html is published for Python >= 3.12).

Run by benchmarks/generic_bench.py under the interpreter named by MAGIC_HTML_PYTHON (e.g. a venv made with
`python3.12 -m venv .venv-magic && .venv-magic/bin/pip install 'magic-html>=0.1.8,<0.2'`): one JSON object
per line in ({"html": ..., "url": ...}), one out ({"text": ...}), so one process serves every page.
"""

from __future__ import annotations

import json
import sys

import lxml.html
from magic_html import GeneralExtractor


def main() -> None:
    extractor = GeneralExtractor()
    for line in sys.stdin:
        page = json.loads(line)
        try:
            out = extractor.extract(page["html"], base_url=page["url"]).get("html", "")
            text = lxml.html.fromstring(out).text_content() if out.strip() else ""
        except Exception as exc:  # a page it cannot read scores as an empty extraction, and says why
            text, error = "", f"{type(exc).__name__}: {exc}"
        else:
            error = None
        sys.stdout.write(json.dumps({"text": text, "error": error}, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
