from __future__ import annotations

from .. import _runtime as _rt


class CreateLogSessionBodySource(str, _rt.OpenEnum):
    """Values of CreateLogSessionBodySource."""

    APP = "app"
    HEROKU = "heroku"
