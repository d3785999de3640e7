"""The test suite runs the linters: ``make lint`` (black --check, and mypy
--strict over the generator, the runtime source, heroku-tools and the generated
package) must pass, so a type error or an unformatted file fails ``make test``
and not only a separate CI step.  mypy keeps its cache in .mypy_cache, so a
warm run takes seconds."""

from __future__ import annotations

import shutil
import subprocess
import time

from helpers import ROOT


def test_make_lint_is_clean() -> None:
    make = shutil.which("make")
    assert make is not None, "make is needed to run the lint target"
    started = time.monotonic()
    done = subprocess.run(
        [make, "--no-print-directory", "lint"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    # Generous for a cold mypy cache on a busy 2-core machine; warm it takes ~1 s.
    assert time.monotonic() - started < 120
