"""Paging strategies as rules: the one shape every source of paging becomes.

A rule is a small mapping, the shape of our ``x-pagination`` extension and of
the config's ``pagination`` entries::

    strategy: cursor        # range, link, cursor, offset, page or next_url
    items: data             # dotted body path of the item array (default: found)
    param: cursor           # request parameter carrying the token
    next: meta.next_cursor  # body path of the next cursor/URL (range: its header)
    size_param: limit       # request parameter with the page size
    max: 100                # the largest page size the server serves

``x-speakeasy-pagination`` and ``x-fern-pagination`` are translated into it.
:func:`paging_of` checks a rule against an operation and builds the IR record.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Union

from ... import ir
from .base import Candidate, Paging

STRATEGIES = ("range", "link", "cursor", "offset", "page", "next_url")
RULE_KEYS = frozenset({"strategy", "items", "param", "next", "size_param", "max"})
# Page-size parameters a strategy takes over when a rule names none.
SIZE_PARAMS = ("limit", "per_page", "page_size", "perPage", "pageSize", "page_limit", "count")

Rule = Mapping[str, Any]


class RuleProblem(ValueError):
    """A rule that cannot apply to an operation (the message says why)."""


def rule_problem(rule: Any) -> Optional[str]:
    """What is wrong with a rule's shape, whatever the operation (None: nothing)."""
    if not isinstance(rule, Mapping):
        return "a mapping with a 'strategy' key"
    unknown = sorted(set(map(str, rule)) - RULE_KEYS)
    if unknown:
        return f"a mapping of {', '.join(sorted(RULE_KEYS))}; {unknown[0]!r} is not one"
    if rule.get("strategy") not in STRATEGIES:
        return f"a mapping whose 'strategy' is one of {', '.join(STRATEGIES)}"
    for key in ("items", "param", "next", "size_param"):
        if key in rule and not (isinstance(rule[key], str) and rule[key].strip()):
            return f"a mapping whose {key!r} is a non-empty string"
    if "max" in rule and not (
        isinstance(rule["max"], int) and not isinstance(rule["max"], bool) and rule["max"] > 0
    ):
        return "a mapping whose 'max' is a positive integer"
    if rule["strategy"] in ("cursor", "next_url") and "next" not in rule:
        return f"a mapping with 'next' (the body field) for strategy {rule['strategy']}"
    return None


def _path(text: Optional[str]) -> tuple[str, ...]:
    return tuple(p for p in (text or "").split(".") if p)


def paging_of(op: Candidate, rule: Rule, source: str, reason: str) -> Paging:
    """The paging ``rule`` gives ``op``; :class:`RuleProblem` when it does not fit."""
    problem = rule_problem(rule)
    if problem is not None:
        raise RuleProblem(f"must be {problem}")
    strategy = str(rule["strategy"])
    listing = op.listing(_path(rule.get("items")) or None)
    if listing is None:
        where = f"no array at {rule['items']!r} in" if rule.get("items") else "no list in"
        raise RuleProblem(f"{strategy} paging needs a list result; {where} the 2xx JSON response")
    if strategy == "range" and listing.items:
        raise RuleProblem("range paging needs a response that is itself an array")
    param = str(
        rule.get("param")
        or {"range": "Range", "offset": "offset", "page": "page"}.get(strategy, "")
    )
    if strategy == "cursor" and not param:
        raise RuleProblem("cursor paging needs 'param' (the request parameter of the cursor)")
    size = str(rule.get("size_param") or "")
    if not size and strategy not in ("range",):
        found = op.param(SIZE_PARAMS)
        size = found.name if found is not None and found.name.lower() != param.lower() else ""
    next_header = {"range": str(rule.get("next") or "Next-Range"), "link": "Link"}.get(strategy, "")
    next_field = _path(rule.get("next")) if strategy in ("cursor", "next_url") else ()
    pagination = ir.Pagination(
        strategy=strategy,
        item=listing.item,
        items=listing.items,
        param=param,
        next_header=next_header,
        next_field=next_field,
        size_param=size,
        max_size=rule.get("max"),
        source=source,
        reason=reason,
    )
    return Paging(pagination, frozenset(n.lower() for n in (param, size) if n))


# ---------------------------------------------------------------- other vendors' shapes


def _json_path(text: Any, prefix: str = "$.") -> str:
    """``$.a.b`` (or ``$response.a.b``) as ``a.b``; anything fancier is refused."""
    if not isinstance(text, str) or not text.startswith(prefix.rstrip(".")):
        raise RuleProblem(f"expected a path starting with {prefix!r}, got {text!r}")
    rest = text[len(prefix.rstrip(".")) :].lstrip(".")
    if any(c in rest for c in "[]*?@() "):
        raise RuleProblem(f"only plain dotted paths are supported, not {text!r}")
    return rest


def from_speakeasy(ext: Any) -> Rule:
    """An ``x-speakeasy-pagination`` object (type offsetLimit, cursor or url,
    with ``inputs`` and ``outputs``) as a rule."""
    if not isinstance(ext, Mapping):
        raise RuleProblem("must be a mapping with 'type'")
    kind = ext.get("type")
    inputs = {}
    for item in ext.get("inputs") or ():
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            raise RuleProblem("inputs must be mappings with 'name', 'in' and 'type'")
        if item.get("in", "parameters") != "parameters":
            raise RuleProblem(f"input {item['name']!r}: only 'in: parameters' is supported")
        inputs[str(item.get("type"))] = item["name"]
    outputs = ext.get("outputs") or {}
    if not isinstance(outputs, Mapping):
        raise RuleProblem("outputs must be a mapping")
    rule: dict[str, Any] = {}
    if outputs.get("results") not in (None, "$"):
        rule["items"] = _json_path(outputs["results"])
    if "limit" in inputs:
        rule["size_param"] = inputs["limit"]
    if kind == "offsetLimit":
        if "offset" in inputs:
            rule.update(strategy="offset", param=inputs["offset"])
        elif "page" in inputs:
            rule.update(strategy="page", param=inputs["page"])
        else:
            raise RuleProblem("type offsetLimit needs an input of type offset or page")
    elif kind == "cursor":
        if "cursor" not in inputs or "nextCursor" not in outputs:
            raise RuleProblem("type cursor needs an input of type cursor and outputs.nextCursor")
        rule.update(strategy="cursor", param=inputs["cursor"])
        rule["next"] = _json_path(outputs["nextCursor"])
    elif kind == "url":
        if "nextUrl" not in outputs:
            raise RuleProblem("type url needs outputs.nextUrl")
        rule.update(strategy="next_url", next=_json_path(outputs["nextUrl"]))
    else:
        raise RuleProblem(f"type {kind!r} is not offsetLimit, cursor or url")
    return rule


def from_fern(ext: Any) -> Rule:
    """An ``x-fern-pagination`` object (cursor + next_cursor, offset [+ step],
    next_uri or next_path, with results) as a rule."""
    if not isinstance(ext, Mapping):
        raise RuleProblem(
            "must be a mapping (a bare 'true' defers to a global setting, unsupported)"
        )
    rule: dict[str, Any] = {}
    if "results" in ext:
        items = _json_path(ext["results"], "$response.")
        if items:
            rule["items"] = items
    if "cursor" in ext:
        if "next_cursor" not in ext:
            raise RuleProblem("cursor paging needs next_cursor")
        rule.update(
            strategy="cursor",
            param=_json_path(ext["cursor"], "$request."),
            next=_json_path(ext["next_cursor"], "$response."),
        )
    elif "offset" in ext:
        param = _json_path(ext["offset"], "$request.")
        if "step" in ext:  # the offset moves by the page size
            rule.update(
                strategy="offset", param=param, size_param=_json_path(ext["step"], "$request.")
            )
        else:  # the offset moves by one: a page number
            rule.update(strategy="page", param=param)
    elif "next_uri" in ext or "next_path" in ext:
        rule.update(
            strategy="next_url",
            next=_json_path(ext.get("next_uri") or ext.get("next_path"), "$response."),
        )
    else:
        raise RuleProblem("needs cursor, offset, next_uri or next_path")
    return rule


def from_ours(ext: Any) -> Union[Rule, bool]:
    """Our own ``x-pagination``: a rule, or ``false`` (this operation is not paged)."""
    if ext is False:
        return False
    problem = rule_problem(ext)
    if problem is not None:
        raise RuleProblem(f"must be false or {problem}")
    return dict(ext)


EXTENSIONS = (
    ("x-pagination", from_ours),
    ("x-speakeasy-pagination", from_speakeasy),
    ("x-fern-pagination", from_fern),
)
