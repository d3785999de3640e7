"""The package name, the generation options that carry it, and method names."""

from __future__ import annotations

import functools
import keyword
import sys
from collections import Counter
from typing import Any, Mapping, Optional

from generator import ir, naming

from .types import DATETIME_NAMES, TYPING_NAMES

DEFAULT_OPTIONS: dict[str, Any] = {
    "package_version": "0.1.0",
    "default_headers": {},
    "token_env": "",
    "netrc": False,  # reading ~/.netrc is an API's own convention (Heroku's), never assumed
    "method_verbs": {},  # short method names renamed: {get: info}
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


# ---------------------------------------------------------------- method names

# Words that cannot stand alone as a method name (``all_apps`` -> ``all`` is kept whole).
STOP_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "all",
        "and",
        "or",
        "of",
        "for",
        "to",
        "by",
        "in",
        "on",
        "at",
        "with",
        "from",
    }
)
# Names a resource class already uses, or that its signatures name unqualified
# (a method ``date`` would hide ``date`` from every later annotation of the class).
RESERVED_METHODS = frozenset(
    {"builtins", "_rt", "_client", "self", "cls"} | set(TYPING_NAMES) | set(DATETIME_NAMES)
)


def _plurals(word: str) -> set[str]:
    forms = {word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


def same_noun(a: str, b: str) -> bool:
    """``app``/``apps``, ``address``/``addresses``, ``policy``/``policies``."""
    return a == b or a in _plurals(b) or b in _plurals(a)


@functools.lru_cache(maxsize=1024)
def noun_forms(noun: str) -> frozenset[str]:
    """Every word ``w`` with ``same_noun(w, noun)``, computed once per resource
    (cached: each of the resource's operations asks)."""
    forms = {noun} | _plurals(noun)
    if noun.endswith("s"):
        forms.add(noun[:-1])
    if noun.endswith("es"):
        forms.add(noun[:-2])
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    return frozenset(form for form in forms if form)


def _noun_run(parts: list[str], i: int, forms: frozenset[str], longest: int) -> int:
    """The end of the longest run of words from ``parts[i]`` that spells one of
    the noun's ``forms`` (at most ``longest`` letters), or ``i`` when none does."""
    end, text = i, ""
    for j in range(i, len(parts)):
        text += parts[j].lower()
        if len(text) > longest:
            break
        if text in forms:
            end = j + 1
    return end


def _without_noun(parts: list[str], noun: str) -> list[str]:
    """``parts`` minus every run of consecutive words that spells ``noun``
    (singular or plural): the run ``config, vars`` and the word ``addons`` both
    spell the tag ``config_vars``/``add_ons``."""
    forms = noun_forms(noun)
    longest = max(len(form) for form in forms)
    kept: list[str] = []
    i = 0
    while i < len(parts):
        end = _noun_run(parts, i, forms, longest)
        if end == i:
            kept.append(parts[i])
            i += 1
        else:
            i = end
    return kept


def resource_verb(
    ident: str, resource: str, verbs: Optional[Mapping[str, str]] = None
) -> Optional[str]:
    """The method name ``ident`` gets inside resource ``resource`` (a tag's
    identifier): its words minus those that repeat the resource's noun, so that
    ``client.apps.list_apps`` reads ``client.apps.list``; ``verbs`` (the config's
    ``method_verbs``) renames a whole result (``{"get": "info"}``).  None when
    nothing usable is left: no word, only stop words, a leading digit, a keyword."""
    noun = "".join(part.lower() for part in resource.split("_") if part)
    parts = [part for part in ident.split("_") if part]
    if not noun or not parts:
        return None
    kept = _without_noun(parts, noun)
    if len(kept) == len(parts) or all(part.lower() in STOP_WORDS for part in kept):
        return None
    name = "_".join(kept)
    name = (verbs or {}).get(name, name)
    if not name.isidentifier() or keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return None
    return None if name in RESERVED_METHODS else name


def method_names(
    idents: list[str], resource: str, verbs: Optional[Mapping[str, str]] = None
) -> list[str]:
    """The method name of each operation identifier (unique within the resource,
    in document order) of one resource: its resource verb, or the identifier
    itself when the verb would be empty or would collide with another method of
    the resource (then every method sharing that name keeps its identifier, so
    the result does not depend on which came first)."""
    names = [resource_verb(ident, resource, verbs) or ident for ident in idents]
    while True:
        counts = Counter(names)
        clashes = [i for i, name in enumerate(names) if counts[name] > 1 and name != idents[i]]
        if not clashes:
            return names
        for i in clashes:
            names[i] = idents[i]
