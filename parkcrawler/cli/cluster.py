"""`parkcrawler ingest` (the one archive writer) and `parkcrawler cluster` (status, state) commands."""

from __future__ import annotations

import json
import logging
import sys
import time

import click

from parkcrawler.cluster.keys import DEAD, INGEST, PROCESSING, SPIDERS, Keys


def _redis(url: str):
    try:
        import redis
    except ImportError:  # pragma: no cover - the extra is missing
        raise click.UsageError(
            "cluster mode needs the cluster extra: pip install 'parkcrawler[cluster]'"
        ) from None
    server = redis.Redis.from_url(url)
    try:
        server.ping()
    except redis.RedisError as exc:
        raise click.ClickException(f"cannot reach Redis at {url}: {exc}") from None
    return server


redis_option = click.option(
    "--redis", "redis_url", required=True, envvar="REDIS_URL", help="Redis URL of the cluster."
)


@click.command()
@redis_option
@click.option(
    "--db", "db_path", required=True, type=click.Path(dir_okay=False), help="Archive file to write."
)
@click.option(
    "--batch", type=click.IntRange(1), default=200, show_default=True, help="Messages per transaction."
)
@click.option(
    "--idle-exit", type=float, default=None, help="Exit after this many seconds with nothing to write."
)
@click.option("--log-level", default="INFO", show_default=True)
def ingest(redis_url: str, db_path: str, batch: int, idle_exit: float | None, log_level: str) -> None:
    """Write what the cluster's workers crawled into the archive: the archive's one writer.

    Safe to kill at any moment: what it took and did not commit is written again at the next start,
    and writing twice changes nothing (docs/scaling.md).
    """
    from parkcrawler.cli.util import project_settings
    from parkcrawler.cluster.ingest import Ingester
    from parkcrawler.store import ArchiveLocked, ArchiveUnwritable, ArchiveWriteError

    logging.basicConfig(level=log_level, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    server = _redis(redis_url)
    try:
        ingester = Ingester(server, db_path, batch=batch, settings=project_settings())
    except ArchiveLocked as exc:
        click.echo(f"Not ingesting: {exc}", err=True)
        sys.exit(4)
    except ArchiveUnwritable as exc:
        click.echo(f"Not ingesting: {exc}", err=True)
        sys.exit(1)
    try:
        stats = ingester.run(idle_exit=idle_exit)
    except ArchiveWriteError as exc:
        click.echo(
            f"Stopped: {exc}; the messages not written stay in {PROCESSING} for the next start", err=True
        )
        ingester.archive.close_quietly()
        sys.exit(5)
    except KeyboardInterrupt:
        stats = ingester.stats
    ingester.close()
    rate = stats.messages / stats.seconds if stats.seconds else 0.0
    click.echo(
        f"Ingested {stats.messages} messages ({dict(stats.by_type)}), {stats.duplicates} duplicate pages,"
        f" {stats.runs_finished} runs finished, {rate:.0f} messages/s of writing"
    )


@click.group()
def cluster() -> None:
    """Cluster mode over Redis: status of the workers and queues, state for the workers."""


def cluster_status(server) -> dict:
    """Queue lengths, workers, leases and jobs of every spider, and the writer's queues."""
    report = {
        "ingest_queue": server.llen(INGEST),
        "ingest_processing": server.llen(PROCESSING),
        "ingest_dead": server.llen(DEAD),
        "redis_used_memory": server.info("memory").get("used_memory"),
        "spiders": {},
    }
    for raw in sorted(server.smembers(SPIDERS)):
        spider = raw.decode()
        keys = Keys(spider)
        workers = [w.decode() for w in server.smembers(keys.workers)]
        alive = [w for w in workers if server.exists(keys.alive(w))]
        job = server.get(keys.job)
        report["spiders"][spider] = {
            "job": job.decode() if job else None,
            "frontier": server.zcard(keys.requests),
            "dupefilter": server.scard(keys.dupefilter),
            "workers_alive": len(alive),
            "workers_dead": len(workers) - len(alive),
            "leases": sum(server.hlen(keys.leases(w)) for w in workers),
            "fetched": int(server.get(keys.fetched) or 0),
            "state_published": bool(server.exists(keys.state)),
        }
    return report


@cluster.command()
@redis_option
@click.option(
    "--interval", type=float, default=1.0, show_default=True, help="Seconds over which rates are measured."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object, for machines.")
def status(redis_url: str, interval: float, as_json: bool) -> None:
    """Health and progress of the cluster: queues, workers, leases, fetch rates per site."""
    server = _redis(redis_url)
    before = cluster_status(server)
    time.sleep(interval)
    report = cluster_status(server)
    for spider, now in report["spiders"].items():
        then = before["spiders"].get(spider, now)
        now["fetch_rate"] = round((now["fetched"] - then["fetched"]) / interval, 2)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(
        f"writer queue {report['ingest_queue']}, taken {report['ingest_processing']},"
        f" dead {report['ingest_dead']};"
        f" Redis memory {report['redis_used_memory'] / 1e6:.1f} MB"
    )
    for spider, s in report["spiders"].items():
        click.echo(
            f"{spider}: job {s['job'] or '-'}, frontier {s['frontier']}, seen {s['dupefilter']},"
            f" workers {s['workers_alive']} alive / {s['workers_dead']} dead, leases {s['leases']},"
            f" {s['fetch_rate']} pages/s"
        )


@cluster.command("publish-state")
@redis_option
@click.option("--db", "db_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--spider", "spiders", multiple=True, help="Spider to publish (default: every spider in the archive)."
)
def publish_state_command(redis_url: str, db_path: str, spiders: tuple[str, ...]) -> None:
    """Publish what the archive holds for the workers (the writer does so itself at start and after runs)."""
    from parkcrawler.cli.util import project_settings
    from parkcrawler.cluster.state import publish_state
    from parkcrawler.store import ReadOnlyArchive

    server = _redis(redis_url)
    settings = project_settings()
    archive = ReadOnlyArchive(db_path)
    try:
        names = spiders or [r[0] for r in archive.db.execute("SELECT DISTINCT spider FROM crawl_runs")]
        for spider in names:
            state = publish_state(
                server,
                archive,
                spider,
                spider,
                refresh_days=settings.getfloat("REFRESH_AFTER_DAYS"),
                due_max=settings.getint("REFRESH_MAX_PER_RUN"),
            )
            click.echo(f"{spider}: {state.mode}, {len(state.titles)} articles, {len(state.due)} due")
    finally:
        archive.close()


COMMANDS = [ingest, cluster]
