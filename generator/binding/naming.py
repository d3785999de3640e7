"""The package name and the generation options that carry it."""

from __future__ import annotations

import sys
from typing import Any, Optional

from generator import ir, naming

DEFAULT_OPTIONS: dict[str, Any] = {
    "package_version": "0.1.0",
    "default_headers": {},
    "token_env": "",
    "netrc": False,  # reading ~/.netrc is an API's own convention (Heroku's), never assumed
}

# Modules a package named after a document title must not hide.
SHADOWED_MODULES = frozenset(sys.stdlib_module_names) | {
    "requests", "urllib3", "certifi", "idna", "charset_normalizer", "setuptools", "pip", "pkg_resources",
}  # fmt: skip


def package_options(api: ir.Api, config: dict[str, Any], package: Optional[str]) -> dict[str, Any]:
    """The config over the defaults, with ``package`` set to the import name."""
    options = dict(DEFAULT_OPTIONS)
    options.update(config)
    options["package"] = package_name(api, package or options.get("package"))
    return options


def package_name(api: ir.Api, requested: Any) -> str:
    """A name the user chose is kept as written when it is already a valid
    identifier (signl4 stays signl4); otherwise it is made one.  A name derived
    from the title must not shadow a real module (``json``, ``requests``)."""
    if requested:
        return naming.identifier(str(requested), "client")
    derived = naming.snake_ident(api.title, "client")
    return derived + "_client" if derived in SHADOWED_MODULES else derived
