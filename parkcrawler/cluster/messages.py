"""What workers send the archive writer: JSON messages, one per item or raw page.

JSON rather than pickle: the writer must never run code a message brings, and a message stays readable
with `redis-cli`. Each message has a unique `id`, so acknowledging one (LREM) removes exactly it; a raw
page also has a `key` naming the fetch (job, request fingerprint, retry), so a page fetched again after
its worker died is stored once, as a single-process crawl stores it.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import uuid
from datetime import datetime
from typing import Any

from parkcrawler.items import (
    Article,
    FeedEntry,
    FeedPage,
    ListEntry,
    ListPage,
    RelatedLink,
    RemovedBlock,
    UrlOutcome,
)

VERSION = 1


def encode(kind: str, spider: str, job: int | None, data: dict | None = None, **extra: Any) -> bytes:
    message = {"v": VERSION, "id": uuid.uuid4().hex, "type": kind, "spider": spider, "job": job}
    message.update(extra)
    if data is not None:
        message["data"] = data
    return json.dumps(message, ensure_ascii=False, default=_default).encode()


def decode(raw: bytes | str) -> dict:
    message = json.loads(raw)
    if not isinstance(message, dict) or message.get("v") != VERSION or "type" not in message:
        raise ValueError(f"not a parkcrawler message (version {VERSION})")
    return message


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot send {type(value).__name__} to the writer")


# -- items -------------------------------------------------------------------------------------------

ITEM_TYPES = {Article: "article", ListPage: "list", FeedPage: "feed", UrlOutcome: "outcome"}


def item_message(item: Any, spider: str, job: int | None) -> bytes | None:
    kind = ITEM_TYPES.get(type(item))
    if kind is None:
        return None
    return encode(kind, spider, job, dataclasses.asdict(item))


def item_from(message: dict) -> Any:
    data = dict(message["data"])
    kind = message["type"]
    if kind == "article":
        data["related"] = [RelatedLink(**r) for r in data.get("related", [])]
        data["removed"] = [RemovedBlock(**r) for r in data.get("removed", [])]
        return Article(**data)
    if kind == "list":
        data["entries"] = [ListEntry(**e) for e in data.get("entries", [])]
        return ListPage(**data)
    if kind == "feed":
        data["entries"] = [FeedEntry(**e) for e in data.get("entries", [])]
        data["fetched_at"] = datetime.fromisoformat(data["fetched_at"])
        return FeedPage(**data)
    if kind == "outcome":
        return UrlOutcome(**data)
    raise ValueError(f"not an item message: {kind}")


# -- raw pages ---------------------------------------------------------------------------------------


def page_message(
    spider: str,
    job: int | None,
    key: str,
    url: str,
    status: int,
    headers: dict[str, list[str]],
    body: bytes,
    fetched_at: str,
) -> bytes:
    # Compressed by the worker with the archive's own codec: less Redis memory, less writer CPU to read it.
    from parkcrawler.store import compress

    data = {
        "url": url,
        "status": status,
        "headers": headers,
        "body": base64.b64encode(compress(body)).decode("ascii"),
        "fetched_at": fetched_at,
    }
    return encode("page", spider, job, data, key=key)


def page_body(message: dict) -> bytes:
    from parkcrawler.store import decompress

    return decompress(base64.b64decode(message["data"]["body"]))
