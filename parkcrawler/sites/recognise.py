"""Which known family a site runs on, from one of its pages: every registered family's fingerprints.

Generic over the registry (registry.family_paths): a family is recognised when at least half of its
fingerprints (regexes over the HTML: generator meta tags, theme and plug-in paths) match the page, the
most matched first. The caller then checks the family's own markup on the page (its list extractor) before
trusting it: a fingerprint is a claim, the markup is the proof.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from parkcrawler.sites.base import Family
from parkcrawler.sites.registry import family_paths, load_family


def candidates(html: str, extra: Mapping[str, str] | None = None) -> list[tuple[Family, list[str]]]:
    """(family, the fingerprints that matched) for every family the page matches, best first."""
    found = []
    for name in family_paths(extra):
        try:
            family = load_family(name, extra)
        except Exception:  # noqa: BLE001 - a broken plug-in must not stop recognising the others
            continue
        prints = tuple(family.fingerprints)
        if not prints:
            continue
        matched = [fp for fp in prints if re.search(fp, html, re.I)]
        if len(matched) >= max(1, math.ceil(len(prints) / 2)):
            found.append((family, matched, len(matched) / len(prints)))
    found.sort(key=lambda f: (-len(f[1]), -f[2], f[0].name))
    return [(family, matched) for family, matched, _ in found]
