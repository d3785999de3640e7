#!/usr/bin/env python3
"""Run openapi-pygen, and openapi-python-client 0.29.1 beside it, over the development corpus.

    .venv/bin/python scripts/corpus.py [--only ID ...] [--jobs N] [--no-peer] [--out .corpus]

For each of the 34 documents listed by ../shared/corpus/fetch.sh (cached; $CORPUS_CACHE is
respected) it writes OUT/ours/ID (+ ID.report.json) and OUT/peer/ID, the logs of every run in
OUT/logs/, and the table OUT/corpus.tsv; it prints the table, TOTAL lines and the failures.

How each number is measured, and why that way:
- Each tool runs in its own child process (start_new_session, stdout/stderr to files so a
  chatty tool can never block on a full pipe).
- Memory, `*_peak_mb`: the peak, over the run, of the SUM of PSS (proportional set size,
  /proc/PID/smaps_rollup) over the child's whole process tree -- our forked workers, the peer's
  ruff subprocesses.  PSS charges a page shared by n processes 1/n to each, so copy-on-write
  pages shared by forked workers are counted once in the sum, not once per worker as a sum of
  RSS would (a library also mapped by processes outside the tree is charged partly to them).
  A sampler thread (TreeMemory) walks the tree every 15 ms through
  /proc/PID/task/TID/children, every 10th sample also scanning /proc/*/stat for processes of
  the child's session (orphans reparented to init), and sums each process's Pss: line (VmRSS
  of /proc/PID/status if smaps_rollup is unreadable).  A child still sharing its parent's
  address space (made by vfork, as Python's subprocess does, and not yet exec'd; kcmp(2)
  KCMP_VM tells) is skipped: its smaps are its parent's, and counting them again once doubled
  the peer's peak when a sample fell in that window.  Reading smaps_rollup walks page tables
  (~15 ms per GB here), so the interval stretches to keep sampling under 10% of one core; a
  peak shorter than the interval can be missed.  The sampler's cost is paid on the same cores
  as the run, by both tools alike.
- `*_max_rss_mb`, a cross-check: the child is waited for without reaping (waitid WNOWAIT, so
  its pid cannot be reused while the sampler still looks for it), then reaped with
  os.wait4(pid), whose ru_maxrss (KiB on Linux) is the peak resident set of the child or of any
  descendant it waited for (RUSAGE_BOTH in the kernel): not sampled, but the largest single
  process of the run, not a sum, and unaffected by the other documents' children (which
  RUSAGE_CHILDREN on our own process would mix in).  It has a floor: at exec the kernel folds
  the high-water RSS of the address space being replaced -- the spawning process's, with
  vfork -- into the child's maxrss, so a child spawned by a 300 MB process reports at least
  300 MB.  This script stays small while it spawns (~25 MB; bench.py prints its own); the PSS
  sum is not affected.
- Seconds are wall-clock (time.monotonic) around spawn..exit: what a user waits.  --jobs N runs
  N documents at once; on this 2-core machine that makes wall seconds (and memory: the sampler
  runs late when the cores are busy) depend on what runs beside them, so the default is 1 and
  published numbers should come from a --jobs 1 run.
- Ours runs with OPENAPI_PYGEN_CACHE=off: its black/validation cache (~/.cache/openapi-pygen)
  would make a repeated run several times faster, while the peer formats from scratch each
  time; a cold run is also what a first-time user gets.
- Each tool gets 600 s per document; after that its whole process group is killed and the run
  counts as a failure (exit -9, "timeout").
- "traceback" for us: exit status 3 (internal error) or "Traceback" in stderr.  For the peer:
  "Traceback" anywhere in its stdout or stderr (typer prints rich tracebacks on stderr).
- Importing is checked in a *fresh* interpreter (nothing cached from generation, exactly what a
  user gets).  Ours: the package named by --package must import and every `function` of the report
  ("pkg.api.tag:Class.method") must resolve (import module, getattr class, getattr method);
  `ours_missing` counts those that do not.  Peer (--meta none writes the package itself into
  OUT/peer/ID, whose name is not an identifier and whose types.py would shadow the stdlib if the
  folder were put on sys.path): loaded under a safe name with importlib, then every
  api/<tag>/<name>.py module that defines sync_detailed is imported; such modules are what
  `peer_generated` counts (one per endpoint), run with the peer venv's own Python (httpx, attrs).
- Percentages use ops_in_spec from dev-corpus.tsv as denominator for both tools.

Exit status: 0 if every document generates (exit 0) and imports with nothing missing for us,
our generated operations over all documents are >= 99% of ops_in_spec, and no run of ours
printed a traceback; else 1.  2 for bad arguments or a failed fetch.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import keyword
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
OURS = ROOT / ".venv" / "bin" / "openapi-pygen"
OURS_PY = ROOT / ".venv" / "bin" / "python"
PEER_SPEC = "openapi-python-client==0.29.1"
TIMEOUT = 600
COLUMNS = [
    "id",
    "ops_in_spec",
    "ours_generated",
    "ours_degraded",
    "ours_import_ok",
    "ours_missing",
    "ours_seconds",
    "ours_peak_mb",
    "ours_max_rss_mb",
    "ours_traceback",
    "peer_ok",
    "peer_generated",
    "peer_import_ok",
    "peer_seconds",
    "peer_peak_mb",
    "peer_max_rss_mb",
    "peer_traceback",
]

# Run in a fresh interpreter: argv = ROOT_DIR ALIAS (ALIAS empty: ROOT_DIR goes on sys.path);
# stdin = JSON [package, [targets "module:attr.attr"]]; stdout = one JSON result line.
CHECK = r"""
import importlib, importlib.util, json, sys
root, alias = sys.argv[1], sys.argv[2]
package, targets = json.load(sys.stdin)
def err(e): return f"{type(e).__name__}: {e}".splitlines()[0][:300]
package_error = None
try:
    if alias:
        spec = importlib.util.spec_from_file_location(
            alias, root + "/__init__.py", submodule_search_locations=[root])
        mod = importlib.util.module_from_spec(spec)
        sys.modules[alias] = mod
        spec.loader.exec_module(mod)
    else:
        sys.path.insert(0, root)
        importlib.import_module(package)
except BaseException as e:
    package_error = f"{package}: {err(e)}"
missing, first = 0, None
for t in targets:
    mod, _, attr = t.partition(":")
    try:
        obj = importlib.import_module(mod)
        for part in filter(None, attr.split(".")):
            obj = getattr(obj, part)
    except BaseException as e:
        missing += 1
        first = first or f"{t}: {err(e)}"
print(json.dumps({"package_ok": package_error is None, "missing": missing,
                  "first": package_error or first}))
"""


def safe_name(doc_id: str) -> str:
    name = re.sub(r"_+", "_", re.sub(r"\W", "_", doc_id.lower())).strip("_") or "pkg"
    if name[0].isdigit():
        name = "p_" + name
    return name + "_" if keyword.iskeyword(name) else name


# Peak memory of a process tree.  Our generator forks worker processes and the peer runs ruff
# subprocesses, so the largest single process (all that os.wait4 reports) under-counts both.
SAMPLE_INTERVAL = 0.015  # seconds between samples...
SAMPLER_SHARE = 0.1  # ...stretched so sampling takes at most this share of one core
RESCAN_EVERY = 10  # every 10th sample also looks for orphans in the session


def _read(path: str) -> bytes:
    """The bytes of a /proc file; b"" if the process is gone or the file is unreadable."""
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def _children(pid: int) -> list[int]:
    """Children of every thread of pid (a worker may be forked by any thread)."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    return [int(c) for tid in tids for c in _read(f"/proc/{pid}/task/{tid}/children").split()]


def tree_pids(root: int, extra: Iterable[int] = ()) -> dict[int, int | None]:
    """root, the extra pids, and all their descendants, each mapped to its parent (None for
    root and the extra pids)."""
    seen: dict[int, int | None] = {}
    todo: list[tuple[int, int | None]] = [(root, None), *((pid, None) for pid in extra)]
    while todo:
        pid, parent = todo.pop()
        if pid not in seen:
            seen[pid] = parent
            todo += ((child, pid) for child in _children(pid))
    return seen


# kcmp(2), to tell whether two processes share one address space: a child made by vfork (as
# Python's subprocess and posix_spawn do) runs in its parent's memory until it execs.
_KCMP = {"x86_64": 312, "aarch64": 272}.get(platform.machine())
_KCMP_VM = 1
try:
    _syscall = ctypes.CDLL(None, use_errno=True).syscall if _KCMP else None
except (OSError, AttributeError):
    _syscall = None


def shares_memory(pid: int, other: int) -> bool:
    """Whether pid and other share one address space (kcmp KCMP_VM returns 0); False where
    kcmp is unavailable or either process is gone."""
    return _syscall is not None and _syscall(_KCMP, pid, other, _KCMP_VM, 0, 0) == 0


def session_pids(sid: int) -> set[int]:
    """Every process of session sid, from /proc/*/stat (field 6; comm may contain ") ")."""
    found = set()
    for name in os.listdir("/proc"):
        if name.isdigit():
            fields = _read(f"/proc/{name}/stat").rpartition(b")")[2].split()
            if len(fields) > 3 and int(fields[3]) == sid:
                found.add(int(name))
    return found


def memory_kib(pid: int) -> int:
    """PSS of pid in KiB (the Pss: line of /proc/PID/smaps_rollup), VmRSS from /proc/PID/status
    if that is unreadable, 0 for a process that is gone or a zombie."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", b"Pss:"), (f"/proc/{pid}/status", b"VmRSS:")):
        for line in _read(path).splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    return 0


class TreeMemory(threading.Thread):
    """Samples, until stop(), the summed PSS of the process tree rooted at pid.

    Attributes once stopped: peak_kib (largest sum seen), peak_procs (most processes with
    memory in one sample), samples, cpu_seconds (this thread's own CPU time: the sampler's
    cost, paid on the same cores as the measured run)."""

    def __init__(self, pid: int, interval: float = SAMPLE_INTERVAL) -> None:
        super().__init__(name=f"tree-memory-{pid}", daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kib = self.peak_procs = self.samples = 0
        self.cpu_seconds = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        cpu = time.thread_time()
        orphans: set[int] = set()
        while True:
            started = time.monotonic()
            if self.samples % RESCAN_EVERY == 0:  # reparented to init, but still in the session
                orphans = session_pids(self.pid) - set(tree_pids(self.pid))
            tree = tree_pids(self.pid, orphans)
            # A vfork child's smaps are its parent's: count that memory once.
            pids = [p for p, parent in tree.items() if not parent or not shares_memory(parent, p)]
            sizes = [memory_kib(pid) for pid in pids]
            self.peak_kib = max(self.peak_kib, sum(sizes))
            self.peak_procs = max(self.peak_procs, sum(1 for size in sizes if size))
            self.samples += 1
            cost = time.monotonic() - started
            if self._done.wait(max(self.interval, cost * (1 / SAMPLER_SHARE - 1))):
                break
        self.cpu_seconds = time.thread_time() - cpu

    def stop(self) -> None:
        self._done.set()
        self.join()


def run_measured(cmd: list[str], log: Path, env: dict[str, Any] | None = None) -> dict[str, Any]:
    """Spawn cmd with a TreeMemory sampler, time it, wait until it exits (see the module
    docstring), stop the sampler, then reap it with os.wait4; kill its process group after
    TIMEOUT.  Returns rc, seconds, peak_mb (sum of PSS), max_rss_mb (wait4), procs, samples,
    sampler_cpu, timeout, stdout and stderr."""
    out_path, err_path = log.parent / f"{log.name}.out", log.parent / f"{log.name}.err"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, start_new_session=True
        )
        sampler = TreeMemory(proc.pid)
        sampler.start()
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(TIMEOUT, kill)
        timer.start()
        # Wait for the exit without reaping: the pid (= the session id the sampler looks for)
        # cannot be reused until the sampler has stopped.
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
        seconds = time.monotonic() - start
        timer.cancel()
        sampler.stop()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: keep Popen from waiting
    stdout = out_path.read_text(errors="replace")
    stderr = err_path.read_text(errors="replace")
    if killed.is_set():
        stderr = f"timeout after {TIMEOUT} s\n" + stderr
    return {
        "rc": proc.returncode,
        "seconds": seconds,
        "peak_mb": sampler.peak_kib / 1024,
        "max_rss_mb": usage.ru_maxrss / 1024,
        "procs": sampler.peak_procs,
        "samples": sampler.samples,
        "sampler_cpu": sampler.cpu_seconds,
        "timeout": killed.is_set(),
        "stdout": stdout,
        "stderr": stderr,
    }


def check_imports(
    python: Path, root: Path, alias: str, package: str, targets: list[str]
) -> dict[str, Any]:
    try:
        proc = subprocess.run(
            [str(python), "-c", CHECK, str(root), alias],
            input=json.dumps([package, targets]),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd="/",
        )
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result
    except (subprocess.TimeoutExpired, ValueError, IndexError) as e:
        return {"package_ok": False, "missing": len(targets), "first": f"import check failed: {e}"}


def first_line(*texts: str, pattern: str = "") -> str:
    """First non-empty line of the first non-empty text; with pattern, a matching line if any."""
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    hits = [line for line in lines if pattern and re.match(pattern, line)] or lines
    return hits[0][:200] if hits else ""


# The peer's useful line: a ruff "error: ..." or the exception line closing a (rich) traceback.
PEER_ERROR = r"error:|[A-Za-z_.]*(Error|Exception)\w*:"


def run_ours(doc_id: str, doc: str, out: Path, check: bool = True) -> dict[str, Any]:
    """Generate OUT/ours/ID (cold cache) as a measured run; with check, then check_ours."""
    target, report = out / "ours" / doc_id, out / "ours" / f"{doc_id}.report.json"
    pkg = safe_name(doc_id)
    shutil.rmtree(target, ignore_errors=True)
    report.unlink(missing_ok=True)
    env = dict(os.environ, OPENAPI_PYGEN_CACHE="off")  # cold, as the peer always is
    r = run_measured(
        [
            str(OURS),
            "generate",
            doc,
            "--out",
            str(target),
            "--package",
            pkg,
            "--report",
            str(report),
        ],
        out / "logs" / f"{doc_id}.ours",
        env=env,
    )
    row = {
        "ours_seconds": r["seconds"],
        "ours_peak_mb": r["peak_mb"],
        "ours_max_rss_mb": r["max_rss_mb"],
        "ours_sampler_cpu": r["sampler_cpu"],
        "ours_rc": r["rc"],
        "ours_traceback": int(r["rc"] == 3 or "Traceback" in r["stderr"]),
        "ours_generated": 0,
        "ours_degraded": 0,
        "ours_import_ok": 0,
        "ours_missing": "",
        "ours_error": first_line(r["stderr"]),
    }
    if r["rc"] == 0 and report.is_file():
        rep = json.loads(report.read_text())
        row["ours_generated"] = rep["summary"]["generated"]
        row["ours_degraded"] = rep["summary"]["degraded"]
        if check:
            row.update(check_ours(doc_id, out))
    return row


def check_ours(doc_id: str, out: Path) -> dict[str, Any]:
    """Import OUT/ours/ID and every function its report names, in a fresh interpreter."""
    target, report = out / "ours" / doc_id, out / "ours" / f"{doc_id}.report.json"
    pkg = safe_name(doc_id)
    try:
        functions = [op["function"] for op in json.loads(report.read_text())["operations"]]
    except (OSError, ValueError, KeyError) as e:
        return {"ours_import_ok": 0, "ours_missing": "", "ours_error": f"no report: {e}"}
    chk = check_imports(OURS_PY, target, "", pkg, functions)
    row = {
        "ours_missing": chk["missing"],
        "ours_import_ok": int(chk["package_ok"] and chk["missing"] == 0),
        "ours_error": chk["first"] or "",
    }
    named = sorted({function.split(".")[0] for function in functions} - {pkg})
    if named:  # the generator wrote another package than --package asked for
        row["ours_error"] += f" (--package {pkg}; report names {', '.join(named)})"
    return row


def peer_modules(target: Path) -> list[Path]:
    """The peer's endpoint modules: api/<tag>/<name>.py defining sync_detailed."""
    return sorted(
        p
        for p in target.glob("api/*/*.py")
        if p.name != "__init__.py" and "def sync_detailed" in p.read_text(errors="replace")
    )


def run_peer(doc_id: str, doc: str, out: Path, venv: Path, check: bool = True) -> dict[str, Any]:
    """Generate OUT/peer/ID as a measured run; with check, then check_peer."""
    target = out / "peer" / doc_id
    shutil.rmtree(target, ignore_errors=True)  # --overwrite keeps stale files: start clean
    env = dict(os.environ, PATH=f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    r = run_measured(
        [
            str(venv / "bin" / "openapi-python-client"),
            "generate",
            "--path",
            doc,
            "--output-path",
            str(target),
            "--overwrite",
            "--meta",
            "none",
        ],
        out / "logs" / f"{doc_id}.peer",
        env=env,
    )
    row = {
        "peer_ok": int(r["rc"] == 0),
        "peer_generated": len(peer_modules(target)),
        "peer_import_ok": 0,
        "peer_seconds": r["seconds"],
        "peer_peak_mb": r["peak_mb"],
        "peer_max_rss_mb": r["max_rss_mb"],
        "peer_sampler_cpu": r["sampler_cpu"],
        "peer_missing": "",
        "peer_traceback": int("Traceback" in r["stdout"] + r["stderr"]),
        "peer_rc": r["rc"],
        "peer_timeout": bool(r["timeout"]),
        "peer_error": first_line(r["stderr"], r["stdout"], pattern=PEER_ERROR),
    }
    if check:
        chk = check_peer(doc_id, out, venv)
        error = chk.pop("peer_error")
        row.update(chk)
        if r["rc"] == 0:  # else the peer's own error says more
            row["peer_error"] = error
    return row


def check_peer(doc_id: str, out: Path, venv: Path) -> dict[str, Any]:
    """Import OUT/peer/ID under a safe name and each of its endpoint modules, with the peer
    venv's Python, in a fresh interpreter."""
    target, alias = out / "peer" / doc_id, safe_name(doc_id)
    if not (target / "__init__.py").is_file():
        return {"peer_import_ok": 0, "peer_missing": "", "peer_error": "no package written"}
    modules = peer_modules(target)
    targets = [f"{alias}.api.{p.parent.name}.{p.stem}:sync_detailed" for p in modules]
    chk = check_imports(venv / "bin" / "python", target, alias, alias, targets)
    return {
        "peer_missing": chk["missing"],
        "peer_import_ok": int(chk["package_ok"] and chk["missing"] == 0),
        "peer_error": chk["first"] or "",
    }


def ensure_peer(venv: Path) -> None:
    """Create OUT/peer-venv with openapi-python-client 0.29.1 (ruff comes as its dependency)."""
    cli = venv / "bin" / "openapi-python-client"
    if cli.exists() and (venv / "bin" / "ruff").exists():
        got = subprocess.run([str(cli), "--version"], capture_output=True, text=True).stdout
        if PEER_SPEC.split("==")[1] in got:
            return
    print(f"creating {venv} with {PEER_SPEC}", file=sys.stderr)
    subprocess.run(["python3", "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", PEER_SPEC], check=True)
    if not (venv / "bin" / "ruff").exists():
        sys.exit(f"{venv}/bin/ruff missing after installing {PEER_SPEC}")


def fmt(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="+", action="extend", metavar="ID", help="run only these ids")
    ap.add_argument(
        "--jobs", type=int, default=1, help="documents at once (default 1: timings stay honest)"
    )
    ap.add_argument("--no-peer", action="store_true", help="skip openapi-python-client")
    ap.add_argument("--out", default=".corpus", help="output folder (default .corpus)")
    args = ap.parse_args()
    out = Path(args.out).resolve()

    if subprocess.run(["bash", str(CORPUS_DIR / "fetch.sh")], stdout=sys.stderr).returncode:
        print("fetch.sh failed", file=sys.stderr)
        return 2
    cache = Path(os.environ.get("CORPUS_CACHE") or Path.home() / ".cache" / "openapi-dev-corpus")
    paths = dict(
        line.split("\t", 1)
        for line in (cache / "dev-corpus-paths.tsv").read_text().splitlines()
        if line
    )
    with open(CORPUS_DIR / "dev-corpus.tsv") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f]
    ops = {r[0]: int(r[header.index("ops")]) for r in rows}
    ids = [r[0] for r in rows]
    if args.only:
        unknown = sorted(set(args.only) - set(ids))
        if unknown:
            print(f"unknown id(s): {' '.join(unknown)}", file=sys.stderr)
            return 2
        ids = [i for i in ids if i in args.only]

    for sub in ("ours", "peer", "logs"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    venv = out / "peer-venv"
    if not args.no_peer:
        ensure_peer(venv)

    def one(doc_id: str) -> dict[str, Any]:
        row = {"id": doc_id, "ops_in_spec": ops[doc_id], **run_ours(doc_id, paths[doc_id], out)}
        if not args.no_peer:
            row.update(run_peer(doc_id, paths[doc_id], out, venv))
        print(
            f"done {doc_id}: ours {row['ours_generated']}/{row['ops_in_spec']} "
            f"exit {row['ours_rc']} {row['ours_seconds']:.1f}s"
            + (
                ""
                if args.no_peer
                else f"; peer {row['peer_generated']} exit {row['peer_rc']} "
                f"{row['peer_seconds']:.1f}s"
            ),
            file=sys.stderr,
            flush=True,
        )
        return row

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(one, ids))

    cols = [c for c in COLUMNS if not (args.no_peer and c.startswith("peer_"))]
    table = [cols] + [[fmt(r.get(c, "")) for c in cols] for r in results]
    (out / "corpus.tsv").write_text("\n".join("\t".join(row) for row in table) + "\n")
    widths = [max(len(row[i]) for row in table) for i in range(len(cols))]
    for row in table:
        cells = [v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))]
        print("  ".join(cells))

    total_ops = sum(r["ops_in_spec"] for r in results)
    ours_ok = [r for r in results if r["ours_rc"] == 0 and r["ours_import_ok"]]
    gen = sum(r["ours_generated"] for r in results)
    tb = sum(r["ours_traceback"] for r in results)
    print(
        f"TOTAL ours: {len(ours_ok)}/{len(results)} documents generate and import; "
        f"{gen}/{total_ops} operations generated ({pct(gen, total_ops)}), "
        f"{sum(r['ours_degraded'] for r in results)} degraded, "
        f"{sum(r['ours_missing'] or 0 for r in results)} missing, {tb} tracebacks; "
        f"{sum(r['ours_seconds'] for r in results):.1f} s, "
        f"max {max((r['ours_peak_mb'] for r in results), default=0):.0f} MB"
    )
    if not args.no_peer:
        pgen = sum(r["peer_generated"] for r in results)
        print(
            f"TOTAL peer: {sum(1 for r in results if r['peer_ok'] and r['peer_import_ok'])}/"
            f"{len(results)} documents generate and import; {pgen}/{total_ops} operations "
            f"generated ({pct(pgen, total_ops)}), degraded n/a, "
            f"{sum(r['peer_missing'] or 0 for r in results)} endpoint modules fail to import, "
            f"{sum(r['peer_traceback'] for r in results)} tracebacks; "
            f"{sum(r['peer_seconds'] for r in results):.1f} s, "
            f"max {max((r['peer_peak_mb'] for r in results), default=0):.0f} MB"
        )
    for who in ("ours",) + (() if args.no_peer else ("peer",)):
        bad = [
            r
            for r in results
            if r[f"{who}_rc"] != 0 or not r[f"{who}_import_ok"] or r[f"{who}_traceback"]
        ]
        print(f"{who} failures: {len(bad)}")
        for r in bad:
            print(
                f"  {r['id']}: exit {r[f'{who}_rc']}, import_ok {r[f'{who}_import_ok']}, "
                f"missing {fmt(r[f'{who}_missing']) or '-'}: {r[f'{who}_error']}"
            )
    good = len(ours_ok) == len(results) and tb == 0 and gen >= 0.99 * total_ops
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
