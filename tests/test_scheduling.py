"""The ways the crawl is scheduled (deploy/, docs/operations.md), each run for real.

- cron: deploy/parkcrawler.cron's line, with its paths pointed at this checkout and a temporary
  archive, runs scripts/scheduled-crawl.sh in cron's bare environment against the emulated site;
- systemd: the units parse, start the same script, and systemd-analyze accepts them and their calendar;
- scrapyd: a real scrapyd on a free port, the project deployed with scrapyd-deploy, the crawl scheduled
  by deploy/scrapyd.cron's curl line.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from crawling import count_articles, wait_for_articles

from parkcrawler.store import Archive
from parkcrawler.testsite import SiteEmulator, serve

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
INSTALL_DIR = "/opt/parkcrawler"  # where the deploy files expect the checkout
SCRIPT = "scripts/scheduled-crawl.sh"
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "8"}
PROXY_VARS = ("http_proxy", "https_proxy", "no_proxy", "all_proxy")


def post_urls(emulator: SiteEmulator) -> set[str]:
    return {f"http://www.shcfck.com/index.php/post/{p.id}.html" for p in emulator.live_posts()}


def archived(db: Path) -> tuple[set[str], list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        urls = {row[0] for row in conn.execute("SELECT url FROM articles")}
        sql = "SELECT mode, status, finish_reason, health FROM crawl_runs ORDER BY id"
        runs = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return urls, runs


# --- cron --------------------------------------------------------------------------------------------

CRON_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]  # minute, hour, day of month, month, weekday


def cron_field(text: str, low: int, high: int) -> set[int]:
    """The values a crontab time field selects (numbers, *, ranges, steps, lists), or ValueError."""
    values: set[int] = set()
    for item in text.split(","):
        match = re.fullmatch(r"(\*|\d+(?:-\d+)?)(?:/(\d+))?", item)
        if not match:
            raise ValueError(f"bad cron field {text!r}")
        span, step = match.group(1), int(match.group(2) or 1)
        if span == "*":
            start, end = low, high
        else:
            start, _, end_text = span.partition("-")
            start, end = int(start), int(end_text or (high if match.group(2) else start))
        if not (low <= start <= end <= high) or step < 1:
            raise ValueError(f"cron field {text!r} outside {low}-{high}")
        values |= set(range(start, end + 1, step))
    return values


def parse_crontab(path: Path) -> tuple[dict[str, str], list[tuple[list[set[int]], str]]]:
    """A user crontab: NAME=value environment lines, and jobs of 5 time fields and a command."""
    env: dict[str, str] = {}
    jobs = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        assignment = re.fullmatch(r"([A-Za-z_]\w*)\s*=\s*(.*)", line)
        if assignment:
            env[assignment.group(1)] = assignment.group(2)
            continue
        fields = line.split(None, 5)
        assert len(fields) == 6, f"not 5 time fields and a command: {line!r}"
        times = [cron_field(f, lo, hi) for f, (lo, hi) in zip(fields[:5], CRON_RANGES, strict=True)]
        jobs.append((times, fields[5]))
    return env, jobs


def test_cron_field_parser_rejects_what_cron_rejects():
    assert cron_field("*/6", 0, 23) == {0, 6, 12, 18}
    assert cron_field("1-5,7", 0, 7) == {1, 2, 3, 4, 5, 7}
    for bad in ("60", "*/0", "a", "5-1", ""):
        with pytest.raises(ValueError):
            cron_field(bad, 0, 59)


def every_six_hours(times: list[set[int]]) -> bool:
    minute, hour, dom, month, dow = times
    every_day = len(dom) == 31 and len(month) == 12 and len(dow) >= 7
    return len(minute) == 1 and hour == {0, 6, 12, 18} and every_day


def test_cron_line_schedules_the_script_every_six_hours():
    env, jobs = parse_crontab(DEPLOY / "parkcrawler.cron")
    assert len(jobs) == 1
    times, command = jobs[0]
    assert every_six_hours(times)
    assert f"{INSTALL_DIR}/{SCRIPT}" in command and "CRAWL_LOG=/var/log/parkcrawler/" in command
    # The archive locks itself (status 4); cron turns an unescaped % into a newline.
    assert "flock" not in command and "%" not in command
    assert env["ARCHIVE_DB"].startswith("/var/lib/parkcrawler/")


def cron_env(crontab_env: dict[str, str], home: Path, **extra: str) -> dict[str, str]:
    """What cron gives a job: a bare environment (its PATH, HOME, SHELL) plus the crontab's assignments."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "SHELL": "/bin/sh", "LOGNAME": "parkcrawler"}
    env.update(crontab_env)
    if Path(sys.prefix) != ROOT / ".venv":
        # The script defaults to the checkout's .venv; a CI that installed elsewhere names its interpreter.
        env["PARKCRAWLER_PYTHON"] = sys.executable
    env.update(extra)
    return env


class CronJob:
    """deploy/parkcrawler.cron's job with its paths under tmp and this checkout, run as cron runs it."""

    def __init__(self, tmp_path: Path):
        crontab_env, [(_, command)] = parse_crontab(DEPLOY / "parkcrawler.cron")
        logs, state = tmp_path / "log", tmp_path / "lib"

        def local(text: str) -> str:
            text = text.replace(INSTALL_DIR, str(ROOT)).replace("/var/log/parkcrawler", str(logs))
            return text.replace("/var/lib/parkcrawler", str(state))

        self.home = tmp_path
        self.command = local(command)
        self.crontab_env = {k: local(v) for k, v in crontab_env.items()}
        self.db, self.log = state / "archive.db", logs / "crawl.log"
        assert self.crontab_env["ARCHIVE_DB"] == str(self.db)

    def run(self, proxy_url: str) -> subprocess.CompletedProcess:
        env = cron_env(
            self.crontab_env,
            self.home,
            http_proxy=proxy_url,
            CRAWL_SETTINGS=" ".join(f"{k}={v}" for k, v in FAST.items()),
        )
        command = ["/bin/sh", "-c", self.command]
        return subprocess.run(command, cwd=self.home, env=env, capture_output=True, text=True, timeout=240)


def test_cron_line_runs_the_crawl_and_a_second_run_exits_4(tmp_path):
    job = CronJob(tmp_path)
    emulator = SiteEmulator.default()
    with serve(emulator) as server:
        first = job.run(server.proxy_url)
        assert first.returncode == 0, job.log.read_text()[-3000:]
        # Nothing printed, so cron mails nothing: the whole story is in the log file.
        assert (first.stdout, first.stderr) == ("", "")
        text = job.log.read_text()
        assert "Run 1 finished: 56 new" in text and "scheduled crawl ended with exit status 0" in text
        assert archived(job.db) == (post_urls(emulator), [("full", "finished", "finished", "ok")])

        server.reset_log()
        holder = Archive(job.db, lock=True)  # another run is writing the archive
        try:
            second = job.run(server.proxy_url)
        finally:
            holder.close()
        assert server.request_log == []  # it did not touch the site
    assert second.returncode == 4
    # Cron mails this: what happened, where the log is, and the run's own error naming the holder.
    lines = second.stderr.splitlines()
    assert lines[0] == f"parkcrawler: exit status 4: another run is writing the archive; see {job.log}"
    assert f"Not crawling: {job.db} is being written by pid {os.getpid()}" in lines[1]
    assert len(lines) == 2
    this_run = job.log.read_text()[len(text) :]
    assert f"Not crawling: {job.db} is being written by pid {os.getpid()}" in this_run
    assert "scheduled crawl ended with exit status 4" in this_run
    assert len(archived(job.db)[1]) == 1  # no run row: the locked run never started


class RedesignedSite(SiteEmulator):
    """The site after a theme change: lists no longer carry the known classes (the health check fails)."""

    def handle(self, method, url):
        response = super().handle(method, url)
        return type(response)(
            response.status, response.headers, response.body.replace(b'class="post item"', b'class="card"')
        )


def test_cron_line_reports_a_failed_health_check(tmp_path):
    job = CronJob(tmp_path)
    with serve(RedesignedSite.default()) as server:
        result = job.run(server.proxy_url)
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert lines[0].startswith("parkcrawler: exit status 3: the health check failed")
    assert lines[1:] and all("Run health check failed: " in line for line in lines[1:])
    assert any("home pages list no article" in line for line in lines[1:])
    assert archived(job.db)[1] == [("full", "finished", "finished", "failed")]


# --- systemd --------------------------------------------------------------------------------------------


def parse_unit(path: Path) -> dict[str, list[tuple[str, str]]]:
    """A systemd unit file as {section: [(key, value), ...]}: keys may repeat (Environment=), so no dict."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if re.fullmatch(r"\[[A-Za-z]+\]", line):
            current = sections.setdefault(line[1:-1], [])
            continue
        key, sep, value = line.partition("=")
        assert sep and current is not None and re.fullmatch(r"[A-Za-z]+", key.strip()), f"{path}:{number}"
        current.append((key.strip(), value.strip()))
    return sections


def one(section: list[tuple[str, str]], key: str) -> str:
    values = [v for k, v in section if k == key]
    assert len(values) == 1, f"{key}= appears {len(values)} times"
    return values[0]


def environment(section: list[tuple[str, str]]) -> dict[str, str]:
    env = {}
    for key, value in section:
        if key == "Environment":
            for word in re.findall(r'"[^"]*"|\S+', value):
                name, _, val = word.strip('"').partition("=")
                env[name] = val
    return env


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


def test_service_runs_the_same_script_as_cron():
    service = parse_unit(DEPLOY / "parkcrawler-crawl.service")["Service"]
    _, [(_, cron_command)] = parse_crontab(DEPLOY / "parkcrawler.cron")
    exec_start = one(service, "ExecStart")
    assert exec_start == f"{INSTALL_DIR}/{SCRIPT}" and exec_start in cron_command.split()
    assert one(service, "WorkingDirectory") == INSTALL_DIR
    assert os.access(ROOT / SCRIPT, os.X_OK)
    assert one(service, "Type") == "oneshot"
    assert one(service, "User") not in ("", "root")
    env = environment(service)
    # ProtectSystem=strict leaves only the unit's own state and log directories writable.
    assert one(service, "ProtectSystem") == "strict"
    assert Path(env["ARCHIVE_DB"]).parent == Path("/var/lib") / one(service, "StateDirectory")
    assert Path(env["CRAWL_LOG"]).parent == Path("/var/log") / one(service, "LogsDirectory")


def test_timer_fires_every_six_hours_and_catches_up():
    timer = parse_unit(DEPLOY / "parkcrawler-crawl.timer")
    section = timer["Timer"]
    assert one(section, "Persistent") == "true"
    assert re.fullmatch(r"\d+(min|s|h)?", one(section, "RandomizedDelaySec"))
    assert one(section, "Unit") == "parkcrawler-crawl.service"
    assert one(timer["Install"], "WantedBy") == "timers.target"
    calendar = one(section, "OnCalendar")
    if SYSTEMD_ANALYZE is None:
        # No systemd here (a container, say): check the expression's shape, not its meaning.
        assert re.fullmatch(r"\*-\*-\* \d\d/6:\d\d:00", calendar)
        return
    result = subprocess.run(
        [SYSTEMD_ANALYZE, "calendar", "--iterations=5", calendar],
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC"},
        check=True,
    )
    stamps = re.findall(r"(?:Next elapse|Iter\. #\d+): \w+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", result.stdout)
    times = [datetime.fromisoformat(s) for s in stamps]
    assert len(times) == 5, result.stdout
    assert all(b - a == timedelta(hours=6) for a, b in zip(times, times[1:], strict=False))
    assert {t.hour % 6 for t in times} == {0}


def test_service_command_runs_and_systemctl_stop_ends_it_gracefully(tmp_path):
    """The unit's ExecStart in its WorkingDirectory with its Environment; then what `systemctl stop` does:
    SIGTERM to every process of the unit (here: of the session), the script's and the crawl's."""
    service = parse_unit(DEPLOY / "parkcrawler-crawl.service")["Service"]

    def local(text: str) -> str:
        text = text.replace(INSTALL_DIR, str(ROOT)).replace("/var/lib/parkcrawler", str(tmp_path / "lib"))
        return text.replace("/var/log/parkcrawler", str(tmp_path / "log"))

    unit_env = {k: local(v) for k, v in environment(service).items()}
    db, log = Path(unit_env["ARCHIVE_DB"]), Path(unit_env["CRAWL_LOG"])
    slow = "DOWNLOAD_DELAY=0.05 AUTOTHROTTLE_ENABLED=False ARCHIVE_BATCH_SIZE=1"
    with serve(SiteEmulator.default()) as server:
        env = cron_env(unit_env, tmp_path, http_proxy=server.proxy_url, CRAWL_SETTINGS=slow)
        proc = subprocess.Popen(
            [local(one(service, "ExecStart"))],
            cwd=local(one(service, "WorkingDirectory")),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        wait_for_articles(db, 5, proc, timeout=60)
        os.killpg(proc.pid, signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    # Scrapy stopped taking requests, closed the run, and the health check accepts an operator's stop.
    assert proc.returncode == 0, log.read_text()[-3000:]
    assert stderr == "parkcrawler: interrupted; waiting for the crawl to stop\n"
    text = log.read_text()
    assert "Closing spider (shutdown)" in text and "scheduled crawl ended with exit status 0" in text
    assert archived(db)[1] == [("full", "finished", "shutdown", "ok")]
    assert 5 <= count_articles(db) < 56


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verifies_the_units(tmp_path):
    # verify checks that ExecStart exists and is executable: point the units at this checkout.
    for name in ("parkcrawler-crawl.service", "parkcrawler-crawl.timer"):
        text = (DEPLOY / name).read_text().replace(INSTALL_DIR, str(ROOT))
        (tmp_path / name).write_text(text)
    result = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", *(str(p) for p in sorted(tmp_path.iterdir()))],
        capture_output=True,
        text=True,
    )
    # verify warns about unknown keys and bad values on stderr but may still exit 0: demand silence.
    assert (result.returncode, result.stderr) == (0, "")


# --- scrapyd ------------------------------------------------------------------------------------------------

SCRAPYD_URL = "http://localhost:6800/"  # scrapy.cfg [deploy] and deploy/scrapyd.cron


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def no_proxy_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARS}
    return {**env, **extra}


# Talking to scrapyd on localhost must not go through any proxy of the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def get_json(url: str) -> dict:
    with OPENER.open(url, timeout=10) as response:
        return json.load(response)


class Scrapyd:
    def __init__(self, workdir: Path, proxy_url: str):
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        # scrapyd reads scrapyd.conf from its working directory; the crawls it starts (scrapyd.runner)
        # read it again from there to find the egg.
        (workdir / "scrapyd.conf").write_text(
            "[scrapyd]\nbind_address = 127.0.0.1\n"
            f"http_port = {self.port}\neggs_dir = eggs\nlogs_dir = logs\ndbs_dir = dbs\npoll_interval = 0.2\n"
        )
        self.output = (workdir / "scrapyd.out").open("w+")
        # scrapyd passes its environment to each crawl: http_proxy sends the crawl to the emulator.
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scrapyd", "--pidfile="],
            cwd=workdir,
            env=no_proxy_env(http_proxy=proxy_url),
            stdout=self.output,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                assert get_json(self.url + "daemonstatus.json")["status"] == "ok"
                return
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"scrapyd did not start:\n{self.log()}")
                time.sleep(0.2)

    def log(self) -> str:
        return (self.workdir / "scrapyd.out").read_text()

    def wait_finished(self, project: str, count: int, timeout: float = 120) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            jobs = get_json(f"{self.url}listjobs.json?project={project}")
            if len(jobs["finished"]) >= count:
                return jobs["finished"]
            time.sleep(0.3)
        pytest.fail(f"scrapyd jobs did not finish in {timeout} s:\n{self.log()[-3000:]}")

    def job_log(self, job: str) -> str:
        return (self.workdir / "logs" / "parkcrawler" / "shcfck" / f"{job}.log").read_text()

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.output.close()


def scrapyd_missing() -> str | None:
    try:
        import scrapyd  # noqa: F401
    except ImportError as exc:
        return f"scrapyd is not installed (pip install -e '.[deploy]'): {exc}"
    if not (Path(sys.executable).parent / "scrapyd-deploy").exists():
        return "scrapyd-client's scrapyd-deploy is not installed (pip install -e '.[deploy]')"
    if shutil.which("curl") is None:
        return "curl is not installed: deploy/scrapyd.cron needs it"
    return None


def schedule_command(port: int, db: Path, project: str = "parkcrawler") -> str:
    """deploy/scrapyd.cron's command, aimed at the test's scrapyd and archive, with fast settings added."""
    _, jobs = parse_crontab(DEPLOY / "scrapyd.cron")
    assert len(jobs) == 1
    times, command = jobs[0]
    assert every_six_hours(times) and "%" not in command
    assert f"{SCRAPYD_URL}schedule.json" in command
    archive_setting = "setting=ARCHIVE_DB=/var/lib/parkcrawler/archive.db"
    assert archive_setting in command and "project=parkcrawler" in command
    fast = " ".join(f"-d setting={k}={v}" for k, v in FAST.items())
    return (
        command.replace(SCRAPYD_URL, f"http://127.0.0.1:{port}/")
        .replace(archive_setting, f"setting=ARCHIVE_DB={db} {fast}")
        .replace("project=parkcrawler", f"project={project}")
    )


def run_cron_line(command: str, home: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "SHELL": "/bin/sh"}
    return subprocess.run(["/bin/sh", "-c", command], cwd=home, env=env, capture_output=True, text=True)


def test_scrapyd_deploy_and_the_cron_schedule_archive_the_site(tmp_path):
    if reason := scrapyd_missing():
        pytest.skip(reason)
    assert re.search(r"(?m)^url = http://localhost:6800/$", (ROOT / "scrapy.cfg").read_text())
    emulator = SiteEmulator.default()
    db = tmp_path / "lib" / "archive.db"
    with serve(emulator) as server:
        scrapyd = Scrapyd(tmp_path, server.proxy_url)
        try:
            deploy = deploy_to(tmp_path, scrapyd)
            answer = json.loads(deploy.stdout)
            assert (answer["status"], answer["project"], answer["version"]) == ("ok", "parkcrawler", "r1")
            spiders = get_json(f"{scrapyd.url}listspiders.json?project=parkcrawler")["spiders"]
            # The deployed egg carries the packaged profiles: each is a spider under scrapyd too.
            assert spiders == ["generic", "parkwp", "shcfck", "zjpark"]

            scheduled = run_cron_line(schedule_command(scrapyd.port, db), tmp_path)
            assert (scheduled.returncode, scheduled.stdout, scheduled.stderr) == (0, "", "")
            [job] = scrapyd.wait_finished("parkcrawler", 1)
            assert archived(db) == (post_urls(emulator), [("full", "finished", "finished", "ok")])
            assert "Run 1 finished: 56 new" in scrapyd.job_log(job["id"])
            finished = f"Process finished: project='parkcrawler' spider='shcfck' job='{job['id']}'"
            assert finished in scrapyd.log()

            # A second crawl while one writes the archive: scrapyd starts it, it exits 4 without a request.
            server.reset_log()
            holder = Archive(db, lock=True)
            try:
                assert run_cron_line(schedule_command(scrapyd.port, db), tmp_path).returncode == 0
                second = next(j for j in scrapyd.wait_finished("parkcrawler", 2) if j["id"] != job["id"])
            finally:
                holder.close()
            assert server.request_log == []
            assert f"is being written by pid {os.getpid()}" in scrapyd.job_log(second["id"])
            assert re.search(rf"Process died: exitstatus=4 .*job='{second['id']}'", scrapyd.log())

            # scrapyd refuses with HTTP 200 and "status": "error": the cron line prints it (cron mails it).
            refused = run_cron_line(schedule_command(scrapyd.port, db, project="nosuchproject"), tmp_path)
            assert refused.returncode != 0
            assert "scrapyd did not schedule the crawl" in refused.stdout
            assert "project 'nosuchproject' not found" in refused.stdout
        finally:
            scrapyd.stop()


def deploy_to(tmp_path: Path, scrapyd: Scrapyd) -> subprocess.CompletedProcess:
    """scrapyd-deploy this checkout to the test's scrapyd as version r1 (from a copy: scrapyd-deploy writes
    setup.py, build/ and *.egg-info next to scrapy.cfg)."""
    project = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "parkcrawler", project / "parkcrawler", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project)
    (project / "scrapy.cfg").write_text((ROOT / "scrapy.cfg").read_text().replace(SCRAPYD_URL, scrapyd.url))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "scrapyd-deploy"), "-v", "r1"],
        cwd=project,
        env=no_proxy_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    return result


def test_scrapyd_runs_cluster_workers_and_one_writer_archives_the_site(tmp_path):
    """docs/scaling.md's "several machines" recipe on one: two workers scheduled on scrapyd with REDIS_URL
    (schedule.json `setting=`), one `parkcrawler ingest`: the site archived once, by one run over both."""
    if reason := scrapyd_missing():
        pytest.skip(reason)
    pytest.importorskip("scrapy_redis")
    from redis_server import redis_server, require_redis

    require_redis()
    emulator = SiteEmulator.default()
    db = tmp_path / "lib" / "archive.db"
    with redis_server(tmp_path / "redis") as redis_url, serve(emulator) as server:
        scrapyd = Scrapyd(tmp_path, server.proxy_url)
        try:
            deploy_to(tmp_path, scrapyd)
            settings = {**FAST, "REDIS_URL": redis_url, "CLUSTER_HEARTBEAT_TTL": "3"}
            form = [("project", "parkcrawler"), ("spider", "shcfck")]
            form += [("setting", f"{k}={v}") for k, v in settings.items()]
            body = urllib.parse.urlencode(form).encode()
            for _ in range(2):
                with OPENER.open(f"{scrapyd.url}schedule.json", data=body, timeout=10) as response:
                    answer = json.load(response)
                    assert answer["status"] == "ok", answer
            writer = subprocess.run(
                [sys.executable, "-m", "parkcrawler.cli", "ingest", "--redis", redis_url, "--db", str(db),
                 "--idle-exit", "5", "--log-level", "WARNING"],
                cwd=ROOT, env=no_proxy_env(), capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            assert writer.returncode == 0, writer.stdout + writer.stderr
            jobs = scrapyd.wait_finished("parkcrawler", 2)
            assert {job["spider"] for job in jobs} == {"shcfck"}
        finally:
            scrapyd.stop()
    assert archived(db) == (post_urls(emulator), [("full", "finished", "finished", "ok")])
    assert re.search(r"Process finished: project='parkcrawler' spider='shcfck'", scrapyd.log())
