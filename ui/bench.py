"""``resqa bench``: retrieval quality and speed of resqa against a plain dense baseline.

Measures, on this machine: eval figures for resqa and for a dense-only Chroma query with the same
model; warm in-process ask latency; cold start of the CLI and of the server; index build time;
throughput, peak RSS and query latency on synthetic corpora of growing size.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.answer import Answer, Citation
from index.offline import disable_outbound_calls
from index.settings import Settings

QUICK_SIZES = (300,)
FULL_SIZES = (1_000, 10_000)
RESULTS = Path("benchmarks")
TARGETS = {
    "ask_p50_ms": 30.0,
    "ask_p95_ms": 60.0,
    "ratio": 1.5,
    "cli_cold_s": 6.0,
    "index_s": 5.0,
    "units_per_s": 150.0,
    "query_p95_ms": 100.0,
    "rss_mb": 2048.0,
}


class DenseBaseline:
    """The plain baseline: embed the question, take Chroma's nearest units, cite them."""

    def __init__(self, store: Any, embedder: Any) -> None:
        self.store, self.embedder = store, embedder

    def ask(self, question: str, history: Sequence[str] = (), top_k: int | None = None) -> Answer:
        vector = self.embedder.embed_queries([question])[0]
        hits = self.store.query(vector, top_k or 3)
        citations = tuple(
            Citation(h.doc, h.unit, "", None, h.unit, "", "", h.similarity) for h in hits
        )
        return Answer(question, "", False, citations)


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99 of latencies in milliseconds."""
    ordered = sorted(samples)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    return {"p50": round(pick(0.50), 2), "p95": round(pick(0.95), 2), "p99": round(pick(0.99), 2)}


def _latencies(
    asker: Any, questions: Sequence[tuple[str, tuple[str, ...]]], rounds: int
) -> list[float]:
    times: list[float] = []
    for round_ in range(rounds):
        for index, (question, history) in enumerate(questions):
            # A distinct question each time: the bot caches answers per question.
            variant = f"{question} ({round_ * len(questions) + index})"
            start = time.perf_counter()
            asker.ask(variant, history)
            times.append((time.perf_counter() - start) * 1000)
    return times


def _env(settings: Settings) -> dict[str, str]:
    env = dict(disable_outbound_calls(dict(os.environ)))
    env.update(
        {
            "RESQA_DATA_DIR": str(settings.data_dir),
            "RESQA_MODEL_CACHE": str(settings.model_cache_dir),
        }
    )
    return env


def cli_cold_start(settings: Settings) -> float:
    """Seconds from a new ``resqa ask`` process to its answer (model cached, index built)."""
    resqa = Path(sys.executable).with_name("resqa")
    start = time.perf_counter()
    subprocess.run(
        [str(resqa), "ask", "决议建议起草什么新的文件？", "--json"],
        env=_env(settings),
        check=True,
        capture_output=True,
        timeout=300,
    )
    return time.perf_counter() - start


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_start(settings: Settings) -> dict[str, float]:
    """Server start → health OK → first answer over HTTP, and the server's RSS after warm-up."""
    import httpx
    import psutil

    port = _free_port()
    env = _env(settings)
    env.update({"RESQA_PORT": str(port), "RESQA_HOST": "127.0.0.1"})
    resqa = Path(sys.executable).with_name("resqa")
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(resqa), "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        health = first = None
        while time.perf_counter() - start < 180:
            try:
                if httpx.get(url + "healthz", timeout=2).status_code == 200:
                    health = time.perf_counter() - start
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        reply = httpx.post(
            url + "api/ask", json={"question": "决议建议起草什么新的文件？"}, timeout=180
        )
        reply.raise_for_status()
        first = time.perf_counter() - start
        for _ in range(20):
            httpx.post(
                url + "api/ask",
                json={"question": "妇女署与各国议会联盟在哪些领域合作？"},
                timeout=60,
            )
        rss = psutil.Process(process.pid).memory_info().rss / 2**20
        return {
            "health_s": round(health or -1, 2),
            "first_answer_s": round(first, 2),
            "rss_mb": round(rss, 1),
        }
    finally:
        process.terminate()
        process.wait(timeout=30)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def browser_first_answer(settings: Settings) -> float | None:
    """Seconds from starting ``resqa serve`` to the first answer shown in headless chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not CHROMIUM.exists():
        return None
    import httpx

    port = _free_port()
    env = _env(settings)
    env.update({"RESQA_PORT": str(port), "RESQA_HOST": "127.0.0.1"})
    resqa = Path(sys.executable).with_name("resqa")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(resqa), "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            while time.perf_counter() - start < 180:
                try:
                    if httpx.get(url + "healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            page = browser.new_page()
            page.goto(url)
            box = page.get_by_test_id("stChatInput").locator("textarea")
            box.wait_for(timeout=180_000)
            box.fill("决议建议起草什么新的文件？")
            box.press("Enter")
            page.locator('[data-testid="stChatMessage"]').filter(
                has_text="执行部分第15段"
            ).first.wait_for(timeout=180_000)
            return round(time.perf_counter() - start, 2)
        finally:
            browser.close()
            process.terminate()
            process.wait(timeout=30)


def scale_child(size: int, data_dir: str, model_cache: str, queries: int) -> dict[str, Any]:
    """Index a synthetic corpus of ``size`` units and query it (run in a child process)."""
    from index.build import build_index
    from index.embed import load_embedder
    from index.parse import parse_file
    from index.store import open_store
    from ui.bench_corpus import synthetic_corpus

    settings = Settings.from_env({"RESQA_DATA_DIR": data_dir, "RESQA_MODEL_CACHE": model_cache})
    embedder = load_embedder(settings)
    store = open_store(settings)
    docs = synthetic_corpus(parse_file(settings.documents[0]), size)
    start = time.perf_counter()
    report = build_index(settings, docs, embedder, store=store)
    seconds = time.perf_counter() - start
    vectors = embedder.embed_queries([f"各国议会联盟 合作 {i}" for i in range(queries)])
    times = []
    for vector in vectors:
        t = time.perf_counter()
        store.query(vector, 10)
        times.append((time.perf_counter() - t) * 1000)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "units": report.units,
        "seconds": round(seconds, 2),
        "units_per_s": round(report.units / seconds, 1),
        "query": percentiles(times),
        "peak_rss_mb": round(rss, 1),
    }


def scale(settings: Settings, size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="resqa-bench-") as tmp:
        code = (
            "import json,sys; from ui.bench import scale_child; "
            f"print(json.dumps(scale_child({size}, {tmp!r}, {str(settings.model_cache_dir)!r}, 100)))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=_env(settings),
            capture_output=True,
            text=True,
            check=True,
            timeout=6 * 3600,
        )
        return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def machine() -> dict[str, str]:
    import torch

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory_gb": f"{memory:.0f}",
        "python": platform.python_version(),
        "torch": torch.__version__,
    }


def run_bench(
    settings: Settings, quick: bool = False, as_json: bool = False, out: TextIO = sys.stdout
) -> int:
    """Measure and print one table (or JSON); full runs also write ``benchmarks/``.

    :param settings: Data directory and model cache (the index is built there if missing).
    :param quick: Small sizes and fewer questions (CI keeps the benchmark working).
    :param as_json: Print JSON instead of the table.
    :param out: Where to print.
    :returns: Exit status.
    """
    from bot.eval import evaluate, load_questions
    from index.build import build_index
    from index.parse import parse_file
    from ui.cli import load_bot

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results: dict[str, Any] = {"machine": machine(), "quick": quick}
    say("bench: loading the bot")
    bot = load_bot(settings, quiet=True)
    baseline = DenseBaseline(bot.store, bot.embedder)
    items = load_questions()
    say("bench: retrieval quality")
    for name, asker in (("resqa", bot), ("baseline", baseline)):
        report = evaluate(asker, items)
        results[f"eval_{name}"] = {
            "R@1": round(report.overall.r1, 3),
            "R@3": round(report.overall.r3, 3),
            "MRR": round(report.overall.mrr, 3),
        }
    questions = [(i.question, i.history) for i in items]
    rounds = 1 if quick else max(1, -(-200 // len(questions)))
    say(f"bench: warm latency over {rounds * len(questions)} questions")
    bot.ask(questions[0][0])
    ours = percentiles(_latencies(bot, questions, rounds))
    theirs = percentiles(_latencies(baseline, questions, rounds))
    results["latency_ms"] = {
        "resqa": ours,
        "baseline": theirs,
        "n": rounds * len(questions),
        "ratio_p50": round(ours["p50"] / max(theirs["p50"], 1e-6), 2),
    }
    say("bench: cold starts")
    results["cli_cold_start_s"] = round(cli_cold_start(settings), 2)
    results["server"] = server_start(settings)
    results["server"]["browser_first_answer_s"] = browser_first_answer(settings)
    with tempfile.TemporaryDirectory(prefix="resqa-bench-") as tmp:
        fresh = settings.with_(data_dir=Path(tmp), model_cache=settings.model_cache_dir)
        start = time.perf_counter()
        build_index(fresh, [parse_file(settings.documents[0])], bot.embedder)
        results["bundled_index_s"] = round(time.perf_counter() - start, 2)
    results["scale"] = {}
    for size in (
        QUICK_SIZES
        if quick
        else FULL_SIZES
        + tuple(int(s) for s in os.environ.get("RESQA_BENCH_EXTRA", "").split(",") if s)
    ):
        say(f"bench: synthetic corpus of {size} units")
        results["scale"][str(size)] = scale(settings, size)
    if as_json:
        json.dump(results, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_table(results) + "\n")
    if not quick:
        write_results(results)
    return 0


def _check(value: float, target: float, higher: bool = False) -> str:
    ok = value >= target if higher else value <= target
    return "ok" if ok else "MISSED"


def format_table(r: dict[str, Any]) -> str:
    """The results as one plain-text table with targets."""
    lat, server = r["latency_ms"], r["server"]
    rows = [
        (
            "retrieval R@1 / R@3 / MRR (resqa)",
            "{R@1} / {R@3} / {MRR}".format(**r["eval_resqa"]),
            "",
            "",
        ),
        (
            "retrieval R@1 / R@3 / MRR (dense baseline)",
            "{R@1} / {R@3} / {MRR}".format(**r["eval_baseline"]),
            "",
            "",
        ),
        (
            f"warm ask p50 / p95 / p99, ms (resqa, n={lat['n']})",
            "{p50} / {p95} / {p99}".format(**lat["resqa"]),
            "≤30 / ≤60",
            _check(lat["resqa"]["p50"], 30) if lat["resqa"]["p95"] <= 60 else "MISSED",
        ),
        (
            "warm ask p50 / p95 / p99, ms (baseline)",
            "{p50} / {p95} / {p99}".format(**lat["baseline"]),
            "",
            "",
        ),
        ("resqa / baseline p50", str(lat["ratio_p50"]), "≤1.5", _check(lat["ratio_p50"], 1.5)),
        (
            "CLI cold start to first answer, s",
            str(r["cli_cold_start_s"]),
            "≤6",
            _check(r["cli_cold_start_s"], 6),
        ),
        ("server start to health OK, s", str(server["health_s"]), "", ""),
        (
            "server start to first answer (HTTP), s",
            str(server["first_answer_s"]),
            "≤15",
            _check(server["first_answer_s"], 15),
        ),
        (
            "server start to first answer in chromium, s",
            str(server.get("browser_first_answer_s") or "n/a"),
            "≤15",
            _check(server["browser_first_answer_s"], 15)
            if server.get("browser_first_answer_s")
            else "",
        ),
        ("server RSS after warm-up, MB", str(server["rss_mb"]), "", ""),
        (
            "bundled index build, s",
            str(r["bundled_index_s"]),
            "≤5",
            _check(r["bundled_index_s"], 5),
        ),
    ]
    for size, s in r["scale"].items():
        rows.append(
            (
                f"{size} units: embed+write units/s",
                str(s["units_per_s"]),
                "≥150",
                _check(s["units_per_s"], 150, True),
            )
        )
        rows.append(
            (
                f"{size} units: query p50 / p95, ms",
                "{p50} / {p95}".format(**s["query"]),
                "p95 ≤100",
                _check(s["query"]["p95"], 100),
            )
        )
        rows.append(
            (
                f"{size} units: peak RSS, MB",
                str(s["peak_rss_mb"]),
                "≤2048",
                _check(s["peak_rss_mb"], 2048),
            )
        )
    width = max(len(row[0]) for row in rows)
    lines = [f"{'measure':<{width}}  {'value':>22}  {'target':>10}  status"]
    lines += [f"{a:<{width}}  {b:>22}  {c:>10}  {d}" for a, b, c, d in rows]
    m = r["machine"]
    lines.append(
        f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, torch {m['torch']}"
    )
    return "\n".join(lines)


NOTES_MARK = "<!-- notes below are kept when resqa bench rewrites this file -->"


def write_results(r: dict[str, Any]) -> None:
    """Write ``benchmarks/RESULTS.md``, ``results.json`` and the chart.

    The hand-written analysis after :data:`NOTES_MARK` in an existing ``RESULTS.md`` is kept.

    :param r: The results of :func:`run_bench`.
    """
    RESULTS.mkdir(exist_ok=True)
    page = RESULTS / "RESULTS.md"
    old = page.read_text(encoding="utf-8") if page.is_file() else ""
    notes = old.split(NOTES_MARK, 1)[1] if NOTES_MARK in old else "\n"
    (RESULTS / "results.json").write_text(
        json.dumps(r, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    from ui.bench_chart import draw

    draw(r, RESULTS / "chart.png")
    page.write_text(
        "# resqa bench results\n\nMeasured by `resqa bench` on the machine below; every number is a measurement.\n\n"
        "```\n"
        + format_table(r)
        + "\n```\n\n![latency and throughput against corpus size](chart.png)\n\n"
        + NOTES_MARK
        + notes,
        encoding="utf-8",
    )
