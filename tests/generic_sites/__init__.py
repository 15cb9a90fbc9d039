"""The blind emulated sites (docs/generic.md): each folder is frozen by its MANIFEST.sha256."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

FOLDER = Path(__file__).resolve().parent


def load_site(name: str) -> tuple[ModuleType, dict]:
    """A blind site's module (its `emulator()`) and its truth.json, for the tests and the benchmark alike."""
    folder = FOLDER / name
    spec = importlib.util.spec_from_file_location(f"generic_site_{name}", folder / "site.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(folder))  # a site imports its helper module by name
    before = set(sys.modules)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
        # Two sites' helpers are both named content.py: the next site must import its own.
        for stale in set(sys.modules) - before:
            if str(getattr(sys.modules[stale], "__file__", "") or "").startswith(str(folder)):
                del sys.modules[stale]
    return module, json.loads((folder / "truth.json").read_text("utf-8"))


def key(url: str) -> str:
    """A URL as the tests and the benchmark match it: no scheme, no `www.`, no fragment, parameters in one order
    (?mod=view&aid=16 is ?aid=16&mod=view)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    path = parts.path or "/"
    items = parts.query.split("&") if parts.query else []
    if re.search(r"\.(?:aspx?|ashx|asmx)$", path, re.I):
        path = path.lower()  # IIS: /Item/Show.aspx and /item/show.aspx are one file
    query = "&".join(sorted(items))
    return f"{host}{port}{path}" + (f"?{query}" if query else "")
