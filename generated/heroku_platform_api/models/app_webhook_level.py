from __future__ import annotations

from .. import _runtime as _rt


class AppWebhookLevel(str, _rt.OpenEnum):
    """if `notify`, Heroku makes a single, fire-and-forget delivery attempt. If `sync`, Heroku attempts multiple deliveries until the request is successful or a limit is reached"""

    NOTIFY = "notify"
    SYNC = "sync"
