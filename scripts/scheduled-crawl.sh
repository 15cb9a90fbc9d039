#!/usr/bin/env bash
# The one command cron (deploy/parkcrawler.cron) and systemd (deploy/parkcrawler-crawl.service) run:
# one `scrapy crawl shcfck` into the archive, its log appended to a file, its exit status passed on.
#
#   scripts/scheduled-crawl.sh [extra scrapy crawl arguments, e.g. -a full=1]
#
# Configured through the environment, so a crontab and a unit file set it the same way:
#   ARCHIVE_DB          the archive (default: data/archive.db in the project)
#   CRAWL_LOG           the log file, appended to (default: logs/crawl.log in the project)
#   CRAWL_SETTINGS      extra Scrapy settings, whitespace-separated NAME=VALUE words
#   PARKCRAWLER_HOME    the project checkout (default: this script's parent directory)
#   PARKCRAWLER_PYTHON  the interpreter (default: the project's .venv/bin/python, else python3)
#   http_proxy, https_proxy  honoured by the crawl as usual
#
# Exit status is the crawl's (parkcrawler/commands/crawl.py): 0 ok, 1 could not start, 3 health check
# failed, 4 another run holds the archive. No flock here: the archive takes its own lock, and a run that
# finds it held exits 4 without touching the site.
set -uo pipefail

home=${PARKCRAWLER_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$home" || { echo "parkcrawler: cannot enter project directory $home" >&2; exit 1; }

python=${PARKCRAWLER_PYTHON:-}
if [ -z "$python" ]; then
    if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
log=${CRAWL_LOG:-$home/logs/crawl.log}
mkdir -p "$(dirname "$log")" || exit 1

args=(-s "ARCHIVE_DB=${ARCHIVE_DB:-data/archive.db}")
for setting in ${CRAWL_SETTINGS:-}; do  # unquoted on purpose: one word per NAME=VALUE
    args+=(-s "$setting")
done

# Ctrl-C and `systemctl stop` reach the crawl itself (same process group / cgroup), which then stops
# gracefully. The traps only keep this script alive until the crawl has ended, so it can still report.
trap 'echo "parkcrawler: interrupted; waiting for the crawl to stop" >&2' INT TERM

touch "$log" || exit 1
start=$(wc -c <"$log")  # where this run's part of the log begins
echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) scheduled crawl starting (pid $$)" >>"$log"
"$python" -m scrapy crawl shcfck "${args[@]}" "$@" >>"$log" 2>&1
status=$?
echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) scheduled crawl ended with exit status $status" >>"$log"

# Cron mails whatever a job prints, and the journal keeps it: print only when something is wrong, with the
# log lines that say what exactly (a failed run logs follow-on errors too: pick the telling ones).
case $status in
    0) exit 0 ;;
    1) reason="the crawl could not start"; telling='\] ERROR: ' ;;
    3) reason="the health check failed: the site's markup changed or fields went missing"
       telling='Run health check failed: ' ;;
    4) reason="another run is writing the archive"; telling='Not crawling: ' ;;
    *) reason="the crawl ended abnormally"; telling='\] (ERROR|CRITICAL): ' ;;
esac
echo "parkcrawler: exit status $status: $reason; see $log" >&2
# The log holds earlier runs too: read this run's part only.
tail -c +"$((start + 1))" "$log" | grep -E "$telling" | head -n 5 >&2
exit "$status"
