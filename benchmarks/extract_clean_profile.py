"""Extract + clean per article on the gold pages, timed exactly as part 2 of pipeline_bench.py, and profiled.

    python benchmarks/extract_clean_profile.py                     # 5 passes: min, median ms per article
    python benchmarks/extract_clean_profile.py --profile           # cProfile: top self and cumulative
    python benchmarks/extract_clean_profile.py --compare /tmp/old  # against another tree, pass by pass
    python benchmarks/extract_clean_profile.py --compare /tmp/old --others  # + trafilatura, GNE ...
    python benchmarks/extract_clean_profile.py --instructions /tmp/old      # callgrind's count, both
    python benchmarks/extract_clean_profile.py --cold              # every text cache emptied per pass

The loop is part 2's `parkcrawler (extract + clean)`: every gold page (tests/gold, all parts), the production
cleaner (rules plus the templates learned from the same pages, `gold_cleaner`), the excerpt cache emptied
before each pass, `time.process_time` around one pass over all pages, divided by the number of pages. As
there, passes run one after another in one process (the detectors' memos stay warm after the first). Here
every pass is a figure of its own; part 2 sums whole passes into repetitions of at least 2 s of process time
(pipeline_bench.MIN_REP_CPU_S), so its fast rows are steadier than one pass here.

`--compare DIR` runs this tree and DIR (a checkout of an older commit, e.g.
`git worktree add --detach /tmp/old HEAD~3` or `git archive C | tar -x -C /tmp/old`) in fresh processes,
alternately, `--rounds` times, `--passes` passes each, and reports min and median of all passes per tree.
`--others` adds part 2's other rows (trafilatura, GNE, extraction alone, lxml parse alone) to this tree's
processes, so their ratios are measured in the same run.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = "parkcrawler (extract + clean)"
GOLD_PARTS = ("authoring", "heldout", "blind", *(f"blind{n}" for n in range(2, 9)))


def runners(tree: Path, others: bool) -> tuple[dict, list]:
    """Part 2's callables for the package in `tree`, and the gold pages; the cleaner's excerpt cache first."""
    sys.path.insert(0, str(tree))
    import lxml.html

    from parkcrawler.evaluate import extract_and_clean, gold_cleaner, gold_site, load_part

    site = gold_site()
    pages = [p for part in GOLD_PARTS for p in load_part(tree / "tests" / "gold" / part)]
    cleaner = gold_cleaner(pages)

    def ours(url: str, html: str) -> str:
        return extract_and_clean(site, url, html, cleaner=cleaner).body

    found = {"parkcrawler (extract + clean)": ours}
    if others:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from pipeline_bench import extractors

        found.update(extractors()[0])
        found["parkcrawler extraction alone"] = lambda u, html: site.extract_article(u, html).raw_body_html
        found["lxml parse alone"] = lambda u, html: "" if lxml.html.document_fromstring(html) is None else ""
    return {"cleaner": cleaner, "run": found}, pages


def time_passes(tree: Path, passes: int, others: bool, cold: bool = False) -> dict[str, list[float]]:
    setup, pages = runners(tree, others)
    times: dict[str, list[float]] = {name: [] for name in setup["run"]}
    for _ in range(passes):
        for name, run in setup["run"].items():
            setup["cleaner"]._excerpts.clear()  # every pass starts cold, as in pipeline_bench
            if cold and name == MAIN:
                clear_text_caches(setup["cleaner"])
            started = time.process_time()
            for p in pages:
                run(p.url, p.html)
            times[name].append(1000 * (time.process_time() - started) / len(pages))
    return times


def clear_text_caches(cleaner) -> None:
    """pipeline_bench's: every text cache of the cleaner emptied (each text judged for the first time)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pipeline_bench import clear_text_caches as clear

    clear(cleaner)


def profile(tree: Path, passes: int, top: int, cold: bool = False) -> None:
    """cProfile of `passes` passes after a warm-up one (with `cold`, every text cache emptied before each)."""
    setup, pages = runners(tree, False)
    run = setup["run"]["parkcrawler (extract + clean)"]
    for p in pages:  # one warm-up pass, as the median pass of pipeline_bench is a warm one
        run(p.url, p.html)
    profiler = cProfile.Profile()
    for _ in range(passes):
        setup["cleaner"]._excerpts.clear()
        if cold:
            clear_text_caches(setup["cleaner"])
        profiler.enable()
        for p in pages:
            run(p.url, p.html)
        profiler.disable()
    stats = pstats.Stats(profiler)
    per = 1000 / (passes * len(pages))
    print(f"cProfile of {passes} passes x {len(pages)} pages; ms per article (profiler overhead included)")
    for key, label in (("tottime", "self"), ("cumulative", "cumulative")):
        print(f"\n-- top {top} by {label} time --")
        rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2 if key == "tottime" else 3])[:top]
        for (path, line, func), (_, calls, tt, ct, _) in rows:
            where = f"{'/'.join(Path(path).parts[-2:])}:{line}({func})"
            per_article = calls / (passes * len(pages))
            print(f"{tt * per:7.3f} self {ct * per:7.3f} cum {per_article:8.1f} calls  {where}")


def serve(tree: Path, others: bool, cold: bool = False) -> None:
    """--serve: set up once, then time one pass of every row per line read on stdin (JSON on stdout); with
    `cold`, every text cache emptied before this tree's pass (clear_text_caches)."""
    setup, pages = runners(tree, others)
    print("ready", flush=True)
    for _ in sys.stdin:
        times = {}
        for name, run in setup["run"].items():
            setup["cleaner"]._excerpts.clear()
            if cold and name == MAIN:
                clear_text_caches(setup["cleaner"])
            started = time.process_time()
            for p in pages:
                run(p.url, p.html)
            times[name] = 1000 * (time.process_time() - started) / len(pages)
        print(json.dumps(times), flush=True)


def compare(other: Path, rounds: int, passes: int, others: bool, cold: bool = False) -> None:
    """Both trees in processes of their own, set up once, then pass by pass in turn (this tree, the other,
    this tree ...): both see the same load, a pass apart. Each round starts both processes afresh. With
    `cold`, both empty every text cache before each pass."""
    trees = {"this tree": ROOT, str(other): other.resolve()}
    times: dict[str, dict[str, list[float]]] = {label: {} for label in trees}
    ratios = []
    for r in range(rounds):
        workers = {}
        for label, tree in trees.items():
            command = [sys.executable, __file__, "--tree", str(tree), "--serve"]
            if cold:
                command.append("--cold")
            if others and tree == ROOT:
                command.append("--others")
            pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE}
            workers[label] = subprocess.Popen(command, text=True, **pipes)
            assert workers[label].stdout.readline().strip() == "ready"
        for _ in range(passes):
            row = {}
            for label, worker in workers.items():
                worker.stdin.write("pass\n")
                worker.stdin.flush()
                for name, value in json.loads(worker.stdout.readline()).items():
                    times[label].setdefault(name, []).append(value)
                row[label] = times[label][MAIN][-1]
            ratios.append(row["this tree"] / row[str(other)])
            print(f"round {r + 1}/{rounds}: " + "  ".join(f"{k} {v:.2f}" for k, v in row.items()), flush=True)
        for worker in workers.values():
            worker.stdin.close()
            worker.wait()
    ours = statistics.median(times["this tree"][MAIN])
    print("\nms per article, min / median of all passes")
    for label, rows in times.items():
        for name, values in rows.items():
            ratio = "" if name == MAIN else f"  ({statistics.median(values) / ours:.1f}x this tree's median)"
            print(f"{label:>12}  {name:32} {min(values):6.2f} / {statistics.median(values):6.2f}{ratio}")
    low, _, high = statistics.quantiles(ratios, n=4)
    middle = statistics.median(ratios)
    print(f"this tree / {other}, pass by pass: median {middle:.3f}, quartiles {low:.3f}..{high:.3f}")


def counted_pass(tree: Path, cold: bool = False) -> None:
    """--counted-pass (run under callgrind by --instructions): a warm-up pass, then one pass inside
    functools.reduce, the only function whose instructions callgrind is told to count (with `cold`, every
    text cache emptied before it: clear_text_caches)."""
    import functools

    setup, pages = runners(tree, False)
    run = setup["run"][MAIN]
    for p in pages:
        run(p.url, p.html)
    setup["cleaner"]._excerpts.clear()
    if cold:
        clear_text_caches(setup["cleaner"])
    functools.reduce(lambda _, p: run(p.url, p.html), pages, None)
    print(len(pages))


def instructions(trees: list[Path], cold: bool = False) -> None:
    """Instructions executed per article in one warm pass, counted by valgrind's callgrind: unlike CPU
    time, the same on a loaded machine (about a minute per tree; PYTHONHASHSEED fixed)."""
    import os
    import re
    import tempfile

    env = {**os.environ, "PYTHONHASHSEED": "0"}
    for tree in trees:
        with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
            command = [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", "--collect-atstart=no",
                "--toggle-collect=functools_reduce",
                sys.executable, __file__, "--tree", str(tree), "--counted-pass",
                *(["--cold"] if cold else []),
            ]  # fmt: skip
            done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
            pages = int(done.stdout.split()[-1])
            total = int(re.search(r"Collected : (\d+)", done.stderr)[1])
        millions = total / pages / 1e6
        print(f"{str(tree):>24}  {millions:7.3f} M instructions per article ({pages} pages)", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose package is measured")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="with --compare: fresh processes per tree")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--compare", type=Path, metavar="DIR")
    parser.add_argument("--others", action="store_true", help="trafilatura, GNE, extraction, parse alone too")
    parser.add_argument("--json", action="store_true", help="print the passes' times as JSON")
    parser.add_argument("--cold", action="store_true", help="every text cache emptied before each pass")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # compare's worker
    parser.add_argument("--counted-pass", action="store_true", help=argparse.SUPPRESS)  # instructions' run
    parser.add_argument(
        "--instructions", nargs="*", type=Path, metavar="DIR", help="callgrind's count for this tree and DIRs"
    )
    args = parser.parse_args()
    if args.counted_pass:
        counted_pass(args.tree, args.cold)
    elif args.instructions is not None:
        instructions([ROOT, *args.instructions], args.cold)
    elif args.serve:
        serve(args.tree, args.others, args.cold)
    elif args.compare:
        compare(args.compare, args.rounds, args.passes, args.others, args.cold)
    elif args.profile:
        profile(args.tree, min(args.passes, 3), args.top, args.cold)
    else:
        times = time_passes(args.tree, args.passes, args.others, args.cold)
        if args.json:
            print(json.dumps(times))
        else:
            for name, values in times.items():
                low, middle = min(values), statistics.median(values)
                print(f"{name:32} {low:6.2f} min {middle:6.2f} median ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
