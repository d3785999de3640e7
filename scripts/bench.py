"""Benchmarks of the generator and the generated Heroku client, side by side
with their peers; prints a table of medians and ratios (``make bench``).

    .venv/bin/python scripts/bench.py [--runs 3] [--gen-runs 3] [--no-peer] [--out .bench]

1. Generation of the three largest development-corpus documents, ours vs
   openapi-python-client 0.29.1 (own venv, see scripts/corpus.py), each run
   producing a formatted package; wall time and peak RSS of the child process
   (os.wait4).  Ours runs with a cold cache, as the peer always does; the warm
   (re-generation) time is reported separately.
2. Generation of spec/heroku.yaml, cold and warm.
3. The generated Heroku client: decoding a 10,000-app JSON body into models
   vs json.loads alone, encoding the models back vs json.dumps of the plain
   data, and the import time of the package in a fresh interpreter.
4. Per-call overhead: sequential get_app calls over keep-alive against a local
   server vs the same requests made with a bare requests.Session.
Timings are medians of several runs, so one noisy run does not decide.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "generated"))

import corpus  # noqa: E402  (the measured-subprocess and peer-venv helpers)

LARGEST = ["dev_autotask.net", "dev_netbox.dev", "dev_atlassian.com_jira"]
PYTHON = ROOT / ".venv" / "bin" / "python"


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def generation(out: Path, runs: int, peer: bool) -> list[list[str]]:
    docs = _paths()
    venv = out / "peer-venv"
    if peer:
        corpus.ensure_peer(venv)
    rows = []
    for doc_id in LARGEST:
        doc = docs[doc_id]
        ours = [corpus.run_ours(doc_id, doc, out) for _ in range(runs)]
        warm = _warm(doc_id, doc, out)
        row = [
            doc_id,
            f"{statistics.median(r['ours_seconds'] for r in ours):.1f}",
            f"{warm:.1f}",
            f"{max(r['ours_peak_rss_mb'] for r in ours):.0f}",
        ]
        if peer:
            theirs = [corpus.run_peer(doc_id, doc, out, venv) for _ in range(runs)]
            t_ours = statistics.median(r["ours_seconds"] for r in ours)
            t_peer = statistics.median(r["peer_seconds"] for r in theirs)
            rss_ours = max(r["ours_peak_rss_mb"] for r in ours)
            rss_peer = max(r["peer_peak_rss_mb"] for r in theirs)
            row += [
                f"{t_peer:.1f}",
                f"{rss_peer:.0f}",
                f"{t_ours / t_peer:.2f}",
                f"{rss_ours / rss_peer:.2f}",
            ]
            row += [f"{sum(r['peer_ok'] for r in theirs)}/{runs}"]
        rows.append(row)
    return rows


def _paths() -> dict[str, str]:
    subprocess.run(
        ["bash", str(ROOT.parent / "shared" / "corpus" / "fetch.sh")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    cache = Path(os.environ.get("CORPUS_CACHE", Path.home() / ".cache" / "openapi-dev-corpus"))
    lines = (cache / "dev-corpus-paths.tsv").read_text().splitlines()
    return dict(line.split("\t", 1) for line in lines if line)


def _generate_seconds(
    spec: str, out: Path, env: dict[str, str], extra: tuple[str, ...] = ()
) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "openapi-pygen"),
            "generate",
            spec,
            "--out",
            str(out),
            "-q",
            *extra,
        ],
        check=True,
        env=env,
    )
    return time.perf_counter() - started


def _warm(doc_id: str, doc: str, out: Path) -> float:
    env = dict(os.environ, OPENAPI_PYGEN_CACHE=str(out / "cache"))
    _generate_seconds(doc, out / "warm" / doc_id, env, ("--package", corpus.safe_name(doc_id)))
    return _generate_seconds(
        doc, out / "warm" / doc_id, env, ("--package", corpus.safe_name(doc_id))
    )


def heroku_generation(out: Path, runs: int) -> tuple[float, float]:
    spec = str(ROOT / "spec" / "heroku.yaml")
    config = ("--config", str(ROOT / "spec" / "heroku.generator.yaml"))
    cold_env = dict(os.environ, OPENAPI_PYGEN_CACHE="off")
    warm_env = dict(os.environ, OPENAPI_PYGEN_CACHE=str(out / "cache"))
    _generate_seconds(spec, out / "heroku", warm_env, config)
    cold = median_of(runs, lambda: _generate_seconds(spec, out / "heroku", cold_env, config))
    warm = median_of(runs, lambda: _generate_seconds(spec, out / "heroku", warm_env, config))
    return cold, warm


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


def client_codec(runs: int) -> dict[str, float]:
    from heroku_platform_api import _runtime as rt
    from heroku_platform_api.models import App

    body = json.dumps([_app(i) for i in range(10_000)])
    decode_all = rt.list_of(App.from_dict)

    def loads() -> float:
        started = time.perf_counter()
        json.loads(body)
        return time.perf_counter() - started

    def decode() -> float:
        started = time.perf_counter()
        decode_all(json.loads(body))
        return time.perf_counter() - started

    apps = decode_all(json.loads(body))
    plain = json.loads(body)

    def dumps() -> float:
        started = time.perf_counter()
        json.dumps(plain)
        return time.perf_counter() - started

    def encode() -> float:
        started = time.perf_counter()
        json.dumps([app.to_dict() for app in apps])
        return time.perf_counter() - started

    return {
        "loads": median_of(runs, loads),
        "decode": median_of(runs, decode),
        "dumps": median_of(runs, dumps),
        "encode": median_of(runs, encode),
    }


def import_ms(runs: int) -> float:
    code = "import time; t = time.perf_counter(); import heroku_platform_api; print(time.perf_counter() - t)"
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


def per_call(calls: int, runs: int) -> tuple[float, float]:
    import requests

    from heroku_platform_api import Client

    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    client = Client(token="bench", base_url=url)
    session = requests.Session()
    headers = {"Accept": "application/vnd.heroku+json; version=3", "Authorization": "Bearer bench"}

    def ours() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            client.apps.get_app("app-1")
        return time.perf_counter() - started

    def bare() -> float:
        started = time.perf_counter()
        for _ in range(calls):
            session.get(url + "/apps/app-1", headers=headers, timeout=(10, 60)).json()
        return time.perf_counter() - started

    ours(), bare()  # warm up both connection pools
    result = median_of(runs, ours), median_of(runs, bare)
    server.shutdown()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the quick measurements")
    parser.add_argument(
        "--gen-runs", type=int, default=3, help="runs of each large-document generation"
    )
    parser.add_argument("--no-peer", action="store_true", help="skip openapi-python-client")
    parser.add_argument("--out", type=Path, default=ROOT / ".bench")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for sub in ("ours", "peer", "logs"):
        (args.out / sub).mkdir(exist_ok=True)

    lines = [
        f"machine: {os.cpu_count()} cores; runs: {args.gen_runs} per large document, {args.runs} otherwise",
        "",
    ]
    header = ["document", "ours s (cold)", "ours s (warm)", "ours MB"]
    if not args.no_peer:
        header += ["peer s", "peer MB", "time ratio", "RSS ratio", "peer ok"]
    rows = generation(args.out, args.gen_runs, not args.no_peer)
    lines += _table(header, rows)
    cold, warm = heroku_generation(args.out, args.runs)
    codec = client_codec(args.runs)
    imported = import_ms(args.runs)
    ours, bare = per_call(2000, args.runs)
    lines += [""] + _table(
        ["measurement", "ours", "baseline", "ratio", "target"],
        [
            ["spec/heroku.yaml generation (cold cache)", f"{cold:.2f} s", "", "", "< 1 s"],
            ["spec/heroku.yaml generation (warm cache)", f"{warm:.2f} s", "", "", "< 1 s"],
            [
                "decode 10,000 apps vs json.loads",
                f"{codec['decode'] * 1000:.0f} ms",
                f"{codec['loads'] * 1000:.0f} ms",
                f"{codec['decode'] / codec['loads']:.2f}",
                "<= 3",
            ],
            [
                "encode 10,000 apps vs json.dumps",
                f"{codec['encode'] * 1000:.0f} ms",
                f"{codec['dumps'] * 1000:.0f} ms",
                f"{codec['encode'] / codec['dumps']:.2f}",
                "",
            ],
            ["import heroku_platform_api", f"{imported:.0f} ms", "", "", "< 100 ms"],
            [
                "2,000 get_app calls vs bare requests.Session",
                f"{ours:.2f} s",
                f"{bare:.2f} s",
                f"{ours / bare:.2f}",
                "<= 1.10",
            ],
        ],
    )
    text = "\n".join(lines) + "\n"
    (args.out / "bench.md").write_text(text)
    print(text)
    return 0


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
        "| " + " | ".join(r) + " |" for r in rows
    ]


if __name__ == "__main__":
    sys.exit(main())
