"""``DeprecationWarning`` for deprecated operations and parameters, reported at
the caller's line (the first frame outside the generated package), however
many of the package's own frames (a ``with_raw_response`` wrapper) sit between."""

from __future__ import annotations

import os
import sys
import warnings

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def warn_deprecated(message: str) -> None:
    level = 2  # 1 is this function, 2 its caller (the generated method)
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)
