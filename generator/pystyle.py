"""Laying out Python code the way black would, so black rarely has to run.

Black is the reference style of every generated Python file, but running it
costs far more than generating the code (about 12,000 lines a second per core).
So templates build long constructs (signatures, calls, dict displays) as a
:class:`Group` and print them with :func:`layout`, which follows the two black
rules that keep a line stable:

* a bracketed group that fits on its line is written on that line;
* one that does not is exploded, one item per line, with a trailing comma
  (a "magic trailing comma": black keeps such a group exploded whatever its
  length, so this choice never flips on a second pass).

Black never joins an exploded group that has a trailing comma and never splits a
line that fits, so output built this way is black's fixed point.  Whatever this
module cannot guarantee (an item too long even on a line of its own) is left
long, and :mod:`generator.formatting` hands that piece to black itself.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Optional, Union

from .escaping import literal

LINE_LENGTH = 100


@dataclass(frozen=True)
class Group:
    """``head`` + comma-separated ``items`` + ``tail``, e.g. ``f(`` ``a, b`` ``)``."""

    head: str
    items: tuple[Node, ...]
    tail: str
    # A def's parameters: black splits a long def after its opening bracket and
    # keeps several parameters on one line when they fit ("hugging").
    hug: bool = False

    def __init__(self, head: str, items: tuple[Node, ...], tail: str, hug: bool = False) -> None:
        # Written out (dataclass keeps it): the generated init of a frozen class
        # sets each field through object.__setattr__, twice as slow, and rendering
        # a large client builds tens of thousands of groups and parameters.
        fields = self.__dict__
        fields["head"] = head
        fields["items"] = items
        fields["tail"] = tail
        fields["hug"] = hug

    def __str__(self) -> str:
        # Not kept: the binding holds hundreds of thousands of groups while
        # every target renders (Microsoft Graph: 56 MB more at peak when kept).
        return self.head + ", ".join(map(str, self.items)) + self.tail


@dataclass(frozen=True)
class Ternary:
    """``then if test else other``: black splits it before ``if`` and ``else``."""

    then: str
    test: str
    other: Node

    def __str__(self) -> str:
        return f"{self.then} if {self.test} else {self.other}"


@dataclass(frozen=True)
class Param:
    """``name: annotation = default`` in a def's parameters (``default`` may be
    empty).  Too long for its line, black splits it inside the annotation's
    brackets (right-hand split), never around the default: see :func:`layout`."""

    name: str
    annotation: str
    default: str = ""

    def __init__(self, name: str, annotation: str, default: str = "") -> None:
        fields = self.__dict__  # as Group.__init__: a hand-written init is twice as fast
        fields["name"] = name
        fields["annotation"] = annotation
        fields["default"] = default

    def __str__(self) -> str:
        tail = f" = {self.default}" if self.default else ""
        return f"{self.name}: {self.annotation}{tail}"


Node = Union[str, Group, Ternary, Param]


def width(text: str) -> int:
    """Black's width of ``text``: East Asian wide characters count as two
    columns, combining ones as none.  Non-ASCII lines are rare, so black's own
    function is imported only for them."""
    if text.isascii():
        return len(text)
    from black.strings import str_width

    return int(str_width(text))


def fits(text: str, indent: int) -> bool:
    # width() inlined for ASCII text: the layout filters ask this of every line
    return indent + (len(text) if text.isascii() else width(text)) <= LINE_LENGTH


def layout(node: Node, indent: int, suffix: str = "") -> str:
    """``node`` written at ``indent`` spaces, followed by ``suffix`` (``,`` or
    ``:``), as one or more lines without a final newline."""
    if type(node) is str:  # most items: nothing to lay out
        return " " * indent + node + suffix
    if isinstance(node, Group):
        return _group(node, indent, suffix)
    flat = str(node) + suffix
    if isinstance(node, Param) and not fits(flat, indent):
        return _param(node, indent, suffix) or " " * indent + flat
    return " " * indent + flat


def _group(node: Group, indent: int, suffix: str) -> str:
    """A group on its line if it fits, else hugged or exploded.  Each item is
    spelled once (a long signature asks three questions of every parameter)."""
    pad = " " * indent
    texts = [item if type(item) is str else str(item) for item in node.items]
    inner = ", ".join(texts)
    flat = node.head + inner + node.tail + suffix
    if not texts or fits(flat, indent):
        return pad + flat
    tail = _tail(node, indent, suffix)
    if node.hug and len(texts) > 1:
        # black hugs even when the head itself is too long: it cannot split it
        if fits(inner, indent + 4) and tail is not None:
            return f"{pad}{node.head}\n{pad}    {inner}\n{tail}"
    item_pad = pad + "    "
    lines = [pad + node.head]
    for item, text in zip(node.items, texts):
        if type(item) is str or fits(text + ",", indent + 4):  # on its line as it is
            lines.append(item_pad + text + ",")
        else:
            lines.append(layout(item, indent + 4, ","))
    lines.append(tail or pad + node.tail + suffix)
    return "\n".join(lines)


def _tail(node: Group, indent: int, suffix: str) -> Optional[str]:
    """The closing line of a split group, as black writes it.  A def's return
    annotation too long for it, a dotted name, goes in parentheses on a line of
    its own when it fits there; a plain name that does not stays long.  None for
    a closing line too long in some other way (black decides)."""
    pad = " " * indent
    flat = pad + node.tail + suffix
    if not (node.hug and node.tail.startswith(") -> ")) or fits(flat, 0):
        return flat
    returned = node.tail[len(") -> ") :]
    if _DOTTED.fullmatch(returned) and fits(returned, indent + 4):
        return f"{pad}) -> (\n{pad}    {returned}\n{pad}){suffix}"
    return flat if suffix == ":" and _NAME.fullmatch(returned) else None


def _param(node: Param, indent: int, suffix: str) -> str:
    """A too-long parameter split inside its annotation's brackets, as black's
    right-hand split does; "" (leave it to black) when the default has brackets of
    its own (black would split there) or some line still does not fit."""
    if any(bracket in node.default for bracket in "([{"):
        return ""
    tail = (f" = {node.default}" if node.default else "") + suffix
    lines = annotation_lines(subscript(node.annotation), indent, f"{node.name}: ", tail)
    if len(lines) == 1 or not all(fits(line, 0) for line in lines):
        return ""
    return "\n".join(lines)


def call(head: str, items: list[Node], tail: str = ")") -> Group:
    return Group(head, tuple(items), tail)


def hugged(head: str, items: list[Node], tail: str = ")") -> Group:
    """``head`` + ``items`` + ``tail`` that black, splitting it, keeps on one
    line inside the brackets when they fit there (``if not isinstance(`` ...)."""
    return Group(head, tuple(items), tail, hug=True)


def define(name: str, params: list[Node], returns: str, is_async: bool = False) -> Group:
    """``def name(params) -> returns``, or ``async def`` (the template adds the colon)."""
    keyword = "async def" if is_async else "def"
    return Group(f"{keyword} {name}(", tuple(params), f") -> {returns}", hug=True)


def class_header(name: str, bases: list[str]) -> Node:
    """``class Name(bases)`` (the template adds the colon); black drops ``()``."""
    return Group(f"class {name}(", tuple(bases), ")", hug=True) if bases else f"class {name}"


def prefixed(node: Node, prefix: str) -> Node:
    """``prefix`` + ``node``, e.g. ``return `` before a call."""
    if isinstance(node, Group):
        return Group(prefix + node.head, node.items, node.tail, node.hug)
    return prefix + str(node)


def assign(target: str, value: str, indent: int) -> str:
    """``target = value``, split as black splits a too-long assignment:

    * a call with arguments (``f(x)``) is split inside its parentheses when
      ``target = f(`` fits;
    * otherwise a call, a plain value, a string, one ending in empty brackets
      (``x.to_dict()``) or a conditional expression is wrapped in parentheses
      on a line of its own.

    Any other shape, or one whose parts still do not fit, is written on one
    line and left to black.
    """
    return _right_hand(f"{target} = ", value, indent)


def returns(value: str, indent: int) -> str:
    """``return value``, split as :func:`assign` splits an assignment's value
    (black treats both alike: the value sits in invisible parentheses)."""
    return _right_hand("return ", value, indent)


def _right_hand(lead: str, value: str, indent: int) -> str:
    """``lead`` (``target = `` or ``return ``) + ``value``, split as black splits it
    (see :func:`assign`); too long to split safely, written on one line."""
    pad = " " * indent
    flat = f"{lead}{value}"
    if fits(flat, indent):
        return pad + flat
    call_match = _SIMPLE_CALL.fullmatch(value)
    if call_match is not None:
        head = f"{lead}{call_match[1]}("
        if fits(head, indent) and fits(call_match[2], indent + 4):
            return f"{pad}{head}\n{pad}    {call_match[2]}\n{pad})"
    wrappable = call_match or _PLAIN_VALUE.fullmatch(value) or value.startswith("None if ")
    if wrappable and fits(value, indent + 4):
        return f"{pad}{lead}(\n{pad}    {value}\n{pad})"
    if call_match is not None and fits(f"{lead}(", indent):
        # Too long even for that: black keeps the parentheses and splits the call
        # inside them (a long attribute name called with a long argument).
        inner = f"{call_match[1]}("
        if fits(inner, indent + 4) and fits(call_match[2], indent + 8):
            return (
                f"{pad}{lead}(\n{pad}    {inner}\n{pad}        {call_match[2]}\n"
                f"{pad}    )\n{pad})"
            )
    if call_match is not None and call_head_stays_long(indent, lead, *call_match.groups()):
        return f"{pad}{lead}{call_match[1]}(\n{pad}    {call_match[2]}\n{pad})"
    if value.startswith("None if ") and fits(f"{lead}(", indent):
        split = _none_if(value, indent + 4)
        if split:
            return f"{pad}{lead}(\n{split}\n{pad})"
    return pad + flat


def call_head_stays_long(indent: int, lead: str, callee: str, argument: str) -> bool:
    """Whether black splits ``target = callee(argument)``, a name as the one
    argument, at the call's own parentheses and leaves the first line too long:
    when not even ``target = (`` fits, or when wrapping the value in parentheses
    (and splitting the call inside them) would not make it fit either (Graph's
    90-character names).  The formatter's screen vouches for exactly these lines."""
    if fits(f"{lead}{callee}(", indent) or not _DOTTED.fullmatch(argument):
        return False
    if lead != "return " and not (lead.endswith(" = ") and _DOTTED.fullmatch(lead[:-3])):
        return False
    if not fits(f"{lead}(", indent):
        return True
    if fits(f"{callee}({argument})", indent + 4):
        return False  # wrapped in parentheses, it fits
    # Wrapped and split inside the parentheses, it would not fit either.
    return not fits(f"{callee}(", indent + 4) or not fits(argument, indent + 8)


def called(callee: str, argument: str, indent: int) -> str:
    """``callee(argument)`` as a statement; too long for its line, the argument
    goes on a line of its own, as black puts it, and stays long there if it is a
    name or a double-quoted string (black cannot split those).  Any other
    argument too long for that line is left to black."""
    pad = " " * indent
    flat = f"{callee}({argument})"
    if fits(flat, indent) or not fits(f"{callee}(", indent):
        return pad + flat
    if fits(argument, indent + 4) or _ATOM.fullmatch(argument):
        return f"{pad}{callee}(\n{pad}    {argument}\n{pad})"
    return pad + flat


def _none_if(value: str, indent: int) -> str:
    """``None if test else other`` (the binding's encoding of a nullable value)
    split before ``if`` and ``else``, as black splits a conditional expression
    too long for its parentheses; "" when a part still does not fit, or the test
    holds a string (whose text could hide an `` else ``)."""
    test, sep, other = value[len("None if ") :].partition(" else ")
    if not sep or "'" in test or '"' in test:
        return ""
    lines = ["None", f"if {test}", f"else {other}"]
    if not all(fits(line, indent) for line in lines):
        return ""
    pad = " " * indent
    return "\n".join(pad + line for line in lines)


def assign_call(target: str, callee: str, argument: str, indent: int) -> str:
    """``target = callee(argument)`` with one argument (a literal list, say): too
    long for its line, the argument goes on a line of its own inside the call's
    parentheses, as black's right-hand split puts it when it fits there; an
    argument too long even there is written on one line and left to black (which
    explodes the literal)."""
    pad = " " * indent
    head = f"{target} = {callee}("
    flat = f"{pad}{head}{argument})"
    if fits(f"{head}{argument})", indent):
        return flat
    if not fits(head, indent):
        # black keeps the value in parentheses on a line of its own when it fits there
        wrapped = f"{callee}({argument})"
        if fits(f"{target} = (", indent) and fits(wrapped, indent + 4):
            return f"{pad}{target} = (\n{pad}    {wrapped}\n{pad})"
        return flat
    if fits(argument, indent + 4):
        return f"{pad}{head}\n{pad}    {argument}\n{pad})"
    # A literal too long even there is exploded, as black explodes it; one
    # that still has a line too long is written on one line, left to black.
    lines = literal_lines(argument, indent + 4)
    if not lines or not all(fits(line, 0) for line in lines):
        return flat
    return f"{pad}{head}\n" + "\n".join(lines) + f"\n{pad})"


def literal_lines(text: str, indent: int) -> list[str]:
    """The literal ``text`` (lists, dicts and atoms, as :func:`escaping.literal`
    spells them) exploded at ``indent`` as black explodes it: a collection that
    does not fit goes one item per line with a magic trailing comma, except a
    lone item (black splits that at its brackets, adding no comma); [] when
    ``text`` is not such a literal."""
    try:
        value = ast.literal_eval(text)  # our own literal: parsed, never executed
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return []
    if literal(value) != text:
        return []  # not spelt as literal() spells it: leave it to black
    return _literal_lines(value, indent, "", "")


def _literal_lines(value: object, indent: int, prefix: str, suffix: str) -> list[str]:
    pad = " " * indent
    flat = prefix + literal(value) + suffix
    if fits(flat, indent) or not isinstance(value, (list, dict)) or not value:
        return [pad + flat]
    if isinstance(value, dict):
        items = [(f"{literal(str(key))}: ", item) for key, item in value.items()]
        opening, closing = "{", "}"
    else:
        items = [("", item) for item in value]
        opening, closing = "[", "]"
    comma = "," if len(items) > 1 else ""
    lines = [pad + prefix + opening]
    for key, item in items:
        lines += _literal_lines(item, indent + 4, key, comma)
    return lines + [pad + closing + suffix]


# A dotted name, and an atom black cannot split: a dotted name or a
# double-quoted string.  The formatter's screen spells its patterns with them.
DOTTED_NAME = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
ATOM = rf'(?:{DOTTED_NAME}|"(?:[^"\\\n]|\\.)*")'
_NAME = re.compile(r"[A-Za-z_]\w*")
_DOTTED = re.compile(DOTTED_NAME)
_ATOM = re.compile(ATOM)
# callee(argument): one argument without brackets or commas
_SIMPLE_CALL = re.compile(r"([A-Za-z_][\w.]*)\(([^()\[\]{},]+)\)")
# a dotted name, possibly called without arguments at the end, or a string literal
_PLAIN_VALUE = re.compile(r'[A-Za-z_][\w.]*(?:\(\))?|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def annotated(name: str, annotation: str, default: str, indent: int) -> str:
    """``name: annotation = default`` (default may be empty), split as black
    splits it when too long: the default wrapped in parentheses if
    ``name: annotation = (`` fits, else inside the annotation's brackets
    (:func:`annotation_lines`)."""
    pad = " " * indent
    tail = f" = {default}" if default else ""
    flat = f"{name}: {annotation}{tail}"
    if fits(flat, indent):
        return pad + flat
    if default and fits(f"{name}: {annotation} = (", indent) and fits(default, indent + 4):
        return f"{pad}{name}: {annotation} = (\n{pad}    {default}\n{pad})"
    if not default and "[" not in annotation and fits(annotation, indent + 4):
        return f"{pad}{name}: (\n{pad}    {annotation}\n{pad})"
    return "\n".join(annotation_lines(subscript(annotation), indent, f"{name}: ", tail))


def returned(node: Node, indent: int) -> str:
    """``return node``; a conditional expression too long for the line is
    wrapped in parentheses, as black wraps it."""
    if isinstance(node, Ternary) and not fits(f"return {node}", indent):
        pad = " " * indent
        return f"{pad}return (\n{_ternary(node, indent + 4)}\n{pad})"
    return layout(prefixed(node, "return "), indent)


def _ternary(node: Ternary, indent: int) -> str:
    """A conditional expression inside parentheses: on one line if it fits,
    else split before ``if`` and ``else``."""
    pad = " " * indent
    if fits(str(node), indent):
        return pad + str(node)
    other = layout(prefixed(node.other, "else "), indent)
    return f"{pad}{node.then}\n{pad}if {node.test}\n{other}"


def subscript(text: str) -> Node:
    """An annotation such as ``Optional[list[Union[A, B]]]`` as nested groups
    (see :func:`annotation_lines`); anything else stays text."""
    node, rest = _parse_subscript(text.strip())
    return node if not rest else text


def _parse_subscript(text: str) -> tuple[Node, str]:
    string = _STRING.match(text)  # an item of Literal[...]: an atom, as a name is
    if string is not None:
        return string.group(), text[string.end() :]
    match = _NAME.match(text)
    if match is None:
        return text, ""
    name, rest = match.group(), text[match.end() :]
    if not rest.startswith("["):
        return name, rest
    items: list[Node] = []
    rest = rest[1:]
    while True:
        item, rest = _parse_subscript(rest.lstrip())
        items.append(item)
        if rest.startswith(", "):
            rest = rest[2:]
        elif rest.startswith("]"):
            return Group(name + "[", tuple(items), "]"), rest[1:]
        else:
            return text, ""  # not a plain annotation: leave it whole


_NAME = re.compile(r"[A-Za-z_][\w.]*")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def annotation_lines(node: Node, indent: int, prefix: str, tail: str) -> list[str]:
    """``prefix`` + an annotation + ``tail``, split as black splits a too-long
    one (right-hand split): the inside on a line of its own if it fits there, a
    lone inner subscript split the same way, several items one per line with a
    trailing comma."""
    pad = " " * indent
    if isinstance(node, Group) and not fits(prefix + str(node) + tail, indent):
        head, inside = pad + prefix + node.head, ", ".join(str(item) for item in node.items)
        if fits(inside, indent + 4):
            return [head, pad + "    " + inside, pad + node.tail + tail]
        if len(node.items) == 1:
            inner = annotation_lines(node.items[0], indent + 4, "", "")
            return [head, *inner, pad + node.tail + tail]
        lines = [head]
        for item in node.items:
            lines += annotation_lines(item, indent + 4, "", ",")
        return lines + [pad + node.tail + tail]
    return [pad + prefix + str(node) + tail]
