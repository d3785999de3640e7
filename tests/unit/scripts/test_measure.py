"""The memory measurement of scripts/corpus.py (used by make corpus and make bench): the peak of
the summed PSS of a whole process tree, against os.wait4's largest single process.  Each run
takes about half a second; nothing here times anything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

SCRIPTS = ROOT / "scripts"
sys.path.insert(0, str(SCRIPTS))

import corpus  # noqa: E402

# run_measured is called from a fresh interpreter, not from pytest: at exec the kernel carries
# the spawning process's peak RSS into the child's ru_maxrss, and pytest's is hundreds of MB.
DRIVER = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import corpus
result = corpus.run_measured([sys.executable, "-c", sys.argv[2]], Path(sys.argv[3]) / "log")
print(json.dumps(result))
"""

MB = 1 << 20

# A child holding 40 MB with two grandchildren (separate interpreters, nothing shared) holding
# 40 MB each: 120 MB at once, in processes of about 50 MB.
SPREAD = f"""
import subprocess, sys, time
hold = "import sys; b = b'g' * {40 * MB}; print('ready', flush=True); sys.stdin.read()"
kids = [subprocess.Popen([sys.executable, "-c", hold], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True) for _ in range(2)]
mine = b'c' * {40 * MB}
for kid in kids:
    assert kid.stdout.readline() == "ready\\n"
time.sleep(0.5)
for kid in kids:
    kid.stdin.close()
    kid.wait()
"""

# 100 MB, then three forked workers that only sleep: their pages are all shared copy-on-write,
# so a sum of RSS would say ~400 MB; the sum of PSS must stay near 100 MB.
FORKED = f"""
import os, time
mine = b'p' * {100 * MB}
pids = []
for _ in range(3):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.5)
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
"""

# A middle process starts a grandchild holding 60 MB and exits at once: the grandchild is
# reparented to init, out of the tree, but still in the session.
ORPHAN = f"""
import subprocess, sys, time
hold = "import time; b = b'o' * {60 * MB}; time.sleep(0.6)"
start = "import subprocess, sys; subprocess.Popen([sys.executable, '-c', sys.argv[1]])"
subprocess.run([sys.executable, "-c", start, hold], check=True)
time.sleep(0.8)
"""


def _run(code: str, tmp_path: Path) -> dict:
    driver = subprocess.run(
        [sys.executable, "-c", DRIVER, str(SCRIPTS), code, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(driver.stdout)
    assert result["rc"] == 0, result["stderr"]
    assert result["samples"] >= 5
    return result


def test_sum_over_the_tree_not_the_largest_process(tmp_path: Path) -> None:
    result = _run(SPREAD, tmp_path)
    assert result["procs"] == 3
    assert result["peak_mb"] >= 120
    assert result["max_rss_mb"] < 80  # wait4: one process, child or grandchild


def test_forked_workers_share_pages_fairly(tmp_path: Path) -> None:
    result = _run(FORKED, tmp_path)
    assert result["procs"] == 4
    assert 100 <= result["peak_mb"] < 160
    assert result["max_rss_mb"] >= 100


def test_orphans_in_the_session_still_count(tmp_path: Path) -> None:
    result = _run(ORPHAN, tmp_path)
    assert result["peak_mb"] >= 60
    assert result["max_rss_mb"] < 40  # never waited for by anything in the tree


def test_memory_of_one_process() -> None:
    assert corpus.memory_kib(1 << 30) == 0  # no such process
    here = corpus.memory_kib(os.getpid())
    assert 1024 < here < 4 * 1024 * 1024


def test_shared_address_space_is_told_apart() -> None:
    # A vfork child, between vfork and exec, is the case that matters; it cannot be held open
    # from Python, so check the primitive: the same process shares, a forked copy does not.
    assert corpus.shares_memory(os.getpid(), os.getpid())
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.read(read, 1)  # alive (not a zombie) until the parent writes
        os._exit(0)
    try:
        assert not corpus.shares_memory(os.getpid(), pid)
    finally:
        os.write(write, b"x")
        os.waitpid(pid, 0)
        os.close(read)
        os.close(write)
    assert not corpus.shares_memory(os.getpid(), 1 << 30)  # no such process
