"""Finding families and profiles: families by name, profiles from TOML files.

Families are plug-ins: the built-in ones below, any installed package's entry point in the group
`parkcrawler.families` (`name = "package.module:FAMILY"`), and the SITE_FAMILIES setting
(`{"name": "package.module:FAMILY"}`). They are loaded by dotted path when a profile names them,
so nothing here, and no stage, imports a family's module by name.

Profiles are the packaged ones (parkcrawler/sites/profiles/*.toml) and every `*.toml` in the folders
of the SITE_PROFILES_DIRS setting (not `*.rules.toml`: a profile's cleaning rules); a user's profile
of the same name replaces a packaged one.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

from parkcrawler.sites.base import Family, Site

ENTRY_POINT_GROUP = "parkcrawler.families"
BUILTIN_FAMILIES = {
    "zblog-tpure": "parkcrawler.families.zblog_tpure:FAMILY",
    "dedecms": "parkcrawler.families.dedecms:FAMILY",
    "wordpress": "parkcrawler.families.wordpress:FAMILY",
    # Any site no family recognises (the `generic` spider); it has no fingerprints of its own.
    "generic": "parkcrawler.families.generic:FAMILY",
}
# A profile's keys: required ones first. Unknown keys are refused (a typo must not pass silently).
REQUIRED = ("name", "family", "base_url")
OPTIONAL = (
    "title",
    "hosts",
    "start_paths",
    "utc_offset_hours",
    "list_page_size",
    "cleaning_rules",
    "options",
)
_NAME = re.compile(r"[a-z][a-z0-9_-]{0,63}")


class ProfileError(ValueError):
    """A profile that cannot become a site; the message names the file and the field."""


def family_paths(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every known family name -> its dotted path: built-in, then entry points, then settings."""
    paths = dict(BUILTIN_FAMILIES)
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        paths[entry.name] = entry.value
    paths.update(extra or {})
    return paths


_LOADED: dict[str, Family] = {}


def load_family(name: str, extra: Mapping[str, str] | None = None) -> Family:
    paths = family_paths(extra)
    if name not in paths:
        raise ProfileError(f"unknown family {name!r} (known: {', '.join(sorted(paths))})")
    path = paths[name]
    if path not in _LOADED:
        module, _, attribute = path.partition(":")
        family = getattr(importlib.import_module(module), attribute or "FAMILY")
        if not isinstance(family, Family):
            raise ProfileError(f"{path} is not a parkcrawler Family")
        _LOADED[path] = family
    return _LOADED[path]


def packaged_profiles() -> list[tuple[Traversable, Traversable]]:
    """(profile, its folder) of each packaged profile: resources, so that they are read from a zipped egg
    too (scrapyd runs the project from one)."""
    folder = resources.files("parkcrawler.sites").joinpath("profiles")
    found = [entry for entry in folder.iterdir() if _is_profile(entry.name)]
    return [(entry, folder) for entry in sorted(found, key=lambda e: e.name)]


def _is_profile(name: str) -> bool:
    # A profile's own cleaning rules sit beside it as <name>.rules.toml.
    return name.endswith(".toml") and not name.endswith(".rules.toml")


def site_from_profile(
    path: Path | Traversable, families: Mapping[str, str] | None = None, folder: Traversable | None = None
) -> Site:
    """One profile file as a Site; ProfileError naming the file and what is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read the profile: {exc}") from exc
    where = f"{path}"
    missing = [key for key in REQUIRED if key not in data]
    unknown = [key for key in data if key not in REQUIRED + OPTIONAL]
    if missing or unknown:
        problems = [f"missing {', '.join(missing)}"] if missing else []
        if unknown:
            problems.append(f"unknown key {', '.join(unknown)} (known: {', '.join(REQUIRED + OPTIONAL)})")
        raise ProfileError(f"{where}: {'; '.join(problems)}")
    name = data["name"]
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ProfileError(f"{where}: name {name!r} must be lower-case letters, digits, - or _")
    base = urlsplit(str(data["base_url"]))
    if base.scheme not in ("http", "https") or not base.hostname or base.path not in ("", "/"):
        raise ProfileError(f"{where}: base_url {data['base_url']!r} must be http(s)://host/")
    host = base.hostname.lower()
    hosts = tuple(h.lower() for h in data.get("hosts", [host]))
    if host not in hosts:
        raise ProfileError(f"{where}: hosts {list(hosts)} must include the base_url's host {host!r}")
    try:
        family = load_family(str(data["family"]), families)
    except ProfileError as exc:
        raise ProfileError(f"{where}: {exc}") from exc
    rules = data.get("cleaning_rules")
    rules_path = ((folder or path.parent) / rules) if rules else None
    if rules_path is not None and not rules_path.is_file():
        raise ProfileError(f"{where}: cleaning_rules file {rules_path} does not exist")
    size = data.get("list_page_size")
    if size is not None and (not isinstance(size, int) or size < 1):
        raise ProfileError(f"{where}: list_page_size must be a positive integer")
    offset = data.get("utc_offset_hours", 8)
    if not isinstance(offset, int) or not -12 <= offset <= 14:
        raise ProfileError(f"{where}: utc_offset_hours must be a whole number of hours between -12 and 14")
    return Site(
        name=name,
        base_url=f"{base.scheme}://{host}{':' + str(base.port) if base.port else ''}/",
        hosts=hosts,
        start_paths=tuple(data.get("start_paths", ["/"])),
        family=family,
        utc_offset_hours=offset,
        title=str(data.get("title", "")),
        list_page_size=size,
        cleaning_rules=rules_path,
        source=str(path),
        options=dict(data.get("options", {})),
    )


def load_sites(
    folders: Iterable[str | Path] = (), families: Mapping[str, str] | None = None
) -> dict[str, Site]:
    """Every site: the packaged profiles, then each folder's `*.toml` (a later one of the same name wins)."""
    files: list[tuple[Path | Traversable, Path | Traversable]] = list(packaged_profiles())
    for folder in folders:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise ProfileError(f"profiles folder {folder} does not exist (SITE_PROFILES_DIRS)")
        files += sorted((path, folder) for path in folder.glob("*.toml") if _is_profile(path.name))
    sites: dict[str, Site] = {}
    for path, folder in files:
        site = site_from_profile(path, families, folder)
        sites[site.name] = site
    return sites


def sites_from_settings(settings) -> dict[str, Site]:
    """load_sites with the SITE_PROFILES_DIRS and SITE_FAMILIES of a Scrapy settings object."""
    return load_sites(settings.getlist("SITE_PROFILES_DIRS"), settings.getdict("SITE_FAMILIES"))


_DEFAULT: dict[str, Site] | None = None


def packaged_site(name: str) -> Site:
    """A packaged profile's Site (for tests, benchmarks and tools that have no Scrapy settings)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_sites()
    try:
        return _DEFAULT[name]
    except KeyError:
        raise ProfileError(f"no packaged profile {name!r} (known: {', '.join(sorted(_DEFAULT))})") from None
