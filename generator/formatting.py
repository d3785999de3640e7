"""Post-processing rendered files: black's style for Python, nothing for the rest.

Templates emit Python already laid out in black's style (generator/pystyle.py),
so most of the output needs no formatter at all.  A cheap line screen
(:func:`needs_black`) finds the pieces the emitter could not vouch for (a code
line longer than black's limit, a tab, trailing whitespace, a triple quote it
cannot place) and only those go through black.  ``full=True`` (``--full-black``)
runs black over everything instead; the golden and corpus tests check that both
give the same bytes.

Black is fed small pieces: templates put a chunk-break line (the ASCII record
separator, which the escaping filters never let spec text produce) between
top-level definitions.  Black formats top-level definitions independently,
always separated by two blank lines, so formatting chunk by chunk and joining
them gives exactly the bytes of formatting the whole file.  Chunks that need
black are formatted in parallel worker processes when there are many, and
remembered in a content-addressed cache.
"""

from __future__ import annotations

import functools
import re
from concurrent.futures import Executor
from typing import Any, Optional

from . import cache
from .pystyle import ATOM, DOTTED_NAME, LINE_LENGTH, call_head_stays_long, width

CHUNK_BREAK = "\x1e"
_BREAK_LINE = "\n" + CHUNK_BREAK + "\n"
_QUOTES = '"""'
# Lines black cannot split, however long, so it leaves them as they are: one
# item of an exploded group that is a lone atom (a dotted name or a string
# literal, maybe as a keyword argument or a dict entry of two atoms), or the
# head of a def or class whose name alone is too long.
_LONE_ITEM = re.compile(
    rf" +(?:[A-Za-z_]\w*=)?{ATOM}(?:: {ATOM})?,"
    r"| *(?:def|class) [A-Za-z_]\w*(?:\(|:)"
    # the head of an exploded import whose module name alone is too long
    r"| *from (?:\.+|\.*[A-Za-z_][\w.]*) import \("
)
# A field annotated with a plain name: black wraps the name in parentheses on
# a line of its own when it fits there, and otherwise leaves the line alone.
_PLAIN_ANNOTATION = re.compile(rf"( +)[A-Za-z_]\w*: ({ATOM})")
# A call split around its one argument: ``name = callee(`` (or ``return
# callee(``), whose line black leaves long in the cases
# pystyle.call_head_stays_long names, or a statement ``callee(``, whose name
# or string argument black leaves long (pystyle.called); then the argument
# alone, one level deeper, then ``)``.
_CALL_HEAD = re.compile(rf"( *)({DOTTED_NAME} = |return )({DOTTED_NAME})\(")
_STATEMENT_CALL = re.compile(rf"( *){DOTTED_NAME}\(")
_ARGUMENT = re.compile(rf"( *)({ATOM})")


# A def's closing line with a plain name as its return annotation, too long to
# fit even in parentheses on a line of its own: black leaves it long.
_LONG_RETURN = re.compile(r"( *)\) -> ([A-Za-z_]\w*):")


def _black_leaves_long(line: str) -> bool:
    if _LONE_ITEM.fullmatch(line):
        return True
    returned = _LONG_RETURN.fullmatch(line)
    if returned is not None:
        return len(returned[1]) + 4 + width(returned[2]) > LINE_LENGTH
    plain = _PLAIN_ANNOTATION.fullmatch(line)
    return plain is not None and len(plain[1]) + 4 + width(plain[2]) > LINE_LENGTH


def _split_argument(pad: str, following: list[str]) -> Optional[str]:
    """The one argument of a call whose head line is indented by ``pad``, if
    ``following`` is that argument alone one level deeper, then ``)``."""
    if len(following) < 2 or following[1] != pad + ")":
        return None
    argument = _ARGUMENT.fullmatch(following[0])
    return argument[2] if argument is not None and argument[1] == pad + "    " else None


def _lone_argument(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the one name or string argument of a
    statement call split around it (``callee(`` above, ``)`` below)."""
    head = _STATEMENT_CALL.fullmatch(lines[index - 1]) if index else None
    return head is not None and _split_argument(head[1], lines[index : index + 2]) is not None


def _call_head_stays_long(line: str, following: list[str]) -> bool:
    """Whether ``line`` is a call's head black leaves long, ``following`` (the
    next two lines) its lone argument and closing parenthesis."""
    head = _CALL_HEAD.fullmatch(line)
    argument = None if head is None else _split_argument(head[1], following)
    if head is None or argument is None:
        return False
    return call_head_stays_long(len(head[1]), head[2], head[3], argument)


# Below this much text for black, handing work to other processes costs more than it saves.
PARALLEL_THRESHOLD = 200_000


@functools.lru_cache(maxsize=None)
def _black() -> tuple[Any, Any, str]:
    """black, its mode and the cache namespace, imported only when needed (importing
    black costs more than generating a small client)."""
    import black
    from black.mode import Mode, TargetVersion

    mode = Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)
    namespace = "black-" + cache.key(getattr(black, "__version__"), repr(mode))[:16]
    return black, mode, namespace


def black_mode() -> Any:
    return _black()[1]


def needs_black(chunk: str) -> bool:
    return unvouched_line(chunk) is not None


# The quick screen: a chunk with none of these needs only its triple-quote lines
# looked at (every other line is short and clean, inside a docstring or not).
_LONG_LINE = re.compile(rf"^.{{{LINE_LENGTH + 1},}}$", re.MULTILINE)
# In ASCII, the whitespace characters besides the space and the newline.  Looking
# for each with ``in`` (memchr) is ten times faster than a regular expression
# for "whitespace at the end of a line", which tries every indentation space.
_ODD_SPACES = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def unvouched_line(chunk: str) -> Optional[str]:
    """The first line of ``chunk`` that black might change, or None: a code line
    that is too long, a line with a tab or trailing whitespace, or a triple quote
    anywhere but where the templates put docstring quotes.  Docstring lines may be
    long (black never re-wraps them); a closing quote stands alone on its line.

    Most chunks are clean, so three regular expressions over the whole chunk
    settle that first (ASCII only: elsewhere a character's width is not its
    length).  A chunk they cannot clear is screened line by line, but only at
    the lines that could matter (see :func:`_marked`)."""
    if chunk.isascii() and _clean(chunk):
        return None
    lines = chunk.split("\n")
    return _screen(lines, None if _spaced(chunk) else _marked(lines, chunk.isascii()))


def _marked(lines: list[str], ascii: bool = False) -> list[int]:
    """The indexes of the lines the screen must look at, in a chunk without odd
    whitespace (:func:`_spaced`): every other line is ASCII, short, free of
    triple quotes and of trailing whitespace, so the screen passes it whether
    it lies in a docstring or not.  A large resource class has long docstring
    lines and a character or two beyond ASCII (Amazon EC2: 26 chunks of up to
    4.6 MB), and looking at each of its lines took most of the formatting.
    ``ascii``: the whole chunk is ASCII, so no line needs asking."""
    if ascii:
        return [
            index for index, line in enumerate(lines) if len(line) > LINE_LENGTH or _QUOTES in line
        ]
    return [
        index
        for index, line in enumerate(lines)
        if len(line) > LINE_LENGTH or _QUOTES in line or not line.isascii()
    ]


def _clean(chunk: str) -> bool:
    """Whether ``chunk`` has no long line, tab or trailing whitespace, and its
    triple quotes are all where the templates put docstring quotes."""
    if _LONG_LINE.search(chunk) or _spaced(chunk):
        return False
    return _screen(_quote_lines(chunk)) is None


def _spaced(chunk: str) -> bool:
    """Whether an ASCII ``chunk`` may have a tab or a line ending in whitespace
    (any odd whitespace character counts: the line-by-line screen decides)."""
    if " \n" in chunk or any(space in chunk for space in _ODD_SPACES):
        return True
    return chunk[-1:] == " "


def _quote_lines(chunk: str) -> list[str]:
    """Each line of ``chunk`` with a triple quote, found by searching for the
    quotes (few lines have them) rather than by looking at every line."""
    lines: list[str] = []
    start = chunk.find(_QUOTES)
    while start >= 0:
        begin = chunk.rfind("\n", 0, start) + 1
        end = chunk.find("\n", start)
        end = len(chunk) if end < 0 else end
        lines.append(chunk[begin:end])
        start = chunk.find(_QUOTES, end)
    return lines


def _screen(lines: list[str], marked: Optional[list[int]] = None) -> Optional[str]:
    """The first of ``lines`` black might change, looking only at the indexes
    ``marked`` (every line when None)."""
    in_docstring = False
    vouched = -1  # the index of an argument line black leaves long (after its call's head)
    for index in range(len(lines)) if marked is None else marked:
        line = lines[index]
        if "\t" in line or line != line.rstrip():
            return line
        quotes = line.count(_QUOTES)
        stripped = line.lstrip()
        if in_docstring:
            if quotes == 0:
                continue
            if quotes == 1 and line.endswith(_QUOTES) and width(line) <= LINE_LENGTH:
                in_docstring = False  # black moves closing quotes only off a long line
                continue
            return line
        if quotes == 0:
            if width(line) > LINE_LENGTH and index != vouched and not _black_leaves_long(line):
                if _call_head_stays_long(line, lines[index + 1 : index + 3]):
                    vouched = index + 1
                elif not _lone_argument(lines, index):
                    return line
        elif quotes == 1 and stripped.startswith(_QUOTES):
            in_docstring = True
        elif not (quotes == 2 and stripped.startswith(_QUOTES) and stripped.endswith(_QUOTES)):
            return line
    return "(unterminated docstring)" if in_docstring else None


class FormatError(Exception):
    """Black could not parse a rendered file: a bug in a template, not in the input."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: generated code does not parse: {reason}")
        self.path = path


def format_python(source: str) -> str:
    black, mode, _ = _black()
    # black.format_str formats twice when the input was not already formatted;
    # the second pass only settles optional trailing commas, which our templates
    # never leave ambiguous.  One pass gives identical output at half the cost.
    format_once = getattr(black, "_format_str_once", None) or black.format_str
    return format_once(source, mode=mode)  # type: ignore[no-any-return]


def split_chunks(source: str) -> list[str]:
    """The chunks between chunk-break lines, without their leading blank lines.
    Each part is replaced as it is stripped, so a large file is never in memory
    three times over."""
    parts = source.split(_BREAK_LINE)
    for index in range(1, len(parts)):
        parts[index] = parts[index].lstrip("\n")
    return [c for c in parts if c.strip()]


def join_chunks(chunks: list[str]) -> str:
    """Chunks that each end in a newline, two blank lines between them."""
    return "\n\n".join(chunks)


def strip_breaks(source: str) -> str:
    return source.replace(_BREAK_LINE, "\n")


def _format_batch(chunks: list[str]) -> list[tuple[str, Optional[str]]]:
    """(formatted text, error) per chunk; runs in worker processes too."""
    black = _black()[0]
    results: list[tuple[str, Optional[str]]] = []
    for chunk in chunks:
        try:
            results.append((format_python(chunk), None))
        except black.parsing.InvalidInput as exc:
            results.append((chunk, str(exc).splitlines()[0]))
    return results


def format_files(
    files: dict[str, str],
    formatter: str,
    pool: Optional[Executor] = None,
    full: bool = False,
    verify: bool = True,
    consume: bool = False,
) -> dict[str, str]:
    """Each Python file in black's style.  ``verify=False`` skips compiling the
    chunks black does not see: the caller passes it when only the shipped
    templates rendered them (their output is compiled by the test suite, on every
    fixture, the corpus and hostile documents), since compiling costs more than
    rendering on large documents.  A user's own templates are always verified.

    Files are finished one at a time, and with ``consume=True`` each is taken out
    of ``files`` as it is read, so the rendered text, its chunks and the result
    of a large client are not all in memory at once; only the files with a chunk
    for black wait, with their chunks, until black has run."""
    if formatter != "black":
        return {path: strip_breaks(text) for path, text in files.items()}
    result: dict[str, str] = {}
    waiting: dict[str, list[str]] = {}  # files with a chunk for black -> their chunks
    formatted: dict[str, str] = {}  # black's output (or the cache's) per black source
    todo: dict[str, str] = {}  # the sources black must format, in order -> their file
    pieces: dict[str, list[tuple[str, Optional[str]]]] = {}  # chunk -> (piece, source)
    for path in list(files):
        text = files.pop(path) if consume else files[path]
        if not path.endswith(".py"):
            result[path] = text
            continue
        chunks = split_chunks(text)
        del text
        for_black = False
        for chunk in chunks:
            if not full and not needs_black(chunk):
                if verify:
                    check_syntax(path, chunk)  # black would have parsed it
                continue
            for_black = True
            if chunk in pieces:
                continue
            pieces[chunk] = [(chunk, chunk)] if full else _black_pieces(chunk, path, verify)
            for _, source in pieces[chunk]:
                if source is None or source in formatted or source in todo:
                    continue
                hit = cache.get(_black()[2], cache.key(source))
                if hit is not None:
                    formatted[source] = hit
                else:
                    todo[source] = path
        if for_black:
            waiting[path] = chunks
            result[path] = ""  # keeps the files' order; filled in below
        else:
            result[path] = _joined(chunks, {})
    if todo:
        for source, (text, error) in zip(todo, _run(list(todo), pool)):
            if error is not None:
                raise FormatError(todo[source], error)
            formatted[source] = text
            cache.put(_black()[2], cache.key(source), text)
    done = {chunk: _assembled(parts, formatted) for chunk, parts in pieces.items()}
    for path, chunks in waiting.items():
        result[path] = _joined(chunks, done)
    return result


# A blank line, then a method (or its decorators) of a class: where a class
# chunk is cut, so black formats only the methods that need it.
_MEMBER = re.compile(r"\n\n(?=    (?:def |async def |@))")
_WRAPPER = "class _:\n"
_CLASS = re.compile(r"(?:@[^\n]*\n)*class ")


def _black_pieces(chunk: str, path: str, verify: bool) -> list[tuple[str, Optional[str]]]:
    """``chunk`` as (piece, what black formats for it, or None when the piece
    is fine as it is).  A class is cut before each method but its first, and
    only the pieces that need black go to it, each method inside a stand-in
    class (black formats a method the same in any class): on large APIs one
    long line used to send a whole resource class (hundreds of KB) to black.
    Any other chunk goes to black whole."""
    cuts = [m.end() for m in _MEMBER.finditer(chunk)][1:]
    if not cuts or not _CLASS.match(chunk):
        return [(chunk, chunk)]
    parts: list[tuple[str, Optional[str]]] = []
    for start, end in zip([0, *cuts], [*cuts, len(chunk)]):
        piece = chunk[start:end]
        # the first piece is the class itself, with its first method
        source = piece.rstrip("\n") + "\n" if start == 0 else _WRAPPER + piece.rstrip("\n") + "\n"
        if needs_black(source):
            parts.append((piece, source))
        else:
            if verify:
                check_syntax(path, source)
            parts.append((piece, None))
    return parts


def _assembled(parts: list[tuple[str, Optional[str]]], formatted: dict[str, str]) -> str:
    """A chunk from its pieces: black's output for those it formatted (without
    the stand-in class), the others as they are, one blank line before each
    method (as black puts it), ending in one newline, as black ends a chunk."""
    bodies = [
        piece.rstrip("\n") if source is None else formatted[source][len(_WRAPPER) if index else 0 :]
        for index, (piece, source) in enumerate(parts)
    ]
    return "\n\n".join(body.rstrip("\n") for body in bodies) + "\n"


def _joined(chunks: list[str], formatted: dict[str, str]) -> str:
    """The file: each chunk as black formatted it, or else as it is, ending in one
    newline (as black ends a file), two blank lines between chunks."""
    pieces: list[str] = []
    for chunk in chunks:
        if pieces:
            pieces.append("\n\n")
        done = formatted.get(chunk)
        pieces += (done,) if done is not None else (chunk.strip("\n"), "\n")
    return "".join(pieces)  # one copy of the file, however many chunks


def check_syntax(path: str, source: str) -> None:
    """Raise FormatError if ``source`` (a chunk: whole top-level statements) is
    not valid Python.  Black used to be the parser that caught a broken
    template; chunks that skip black are compiled instead, one at a time so the
    syntax trees of a large file are never all in memory at once."""
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        where = f"line {line}: " if line else ""
        raise FormatError(path, where + str(getattr(exc, "msg", exc))) from None


def _run(chunks: list[str], pool: Optional[Executor]) -> list[tuple[str, Optional[str]]]:
    if pool is None or sum(len(c) for c in chunks) < PARALLEL_THRESHOLD:
        return _format_batch(chunks)
    # Batches of similar total size, largest chunks spread first, results in input order.
    order = sorted(range(len(chunks)), key=lambda i: -len(chunks[i]))
    batches: list[list[int]] = [[] for _ in range(max(1, min(64, len(chunks) // 8)))]
    sizes = [0] * len(batches)
    for index in order:
        smallest = sizes.index(min(sizes))
        batches[smallest].append(index)
        sizes[smallest] += len(chunks[index])
    results: list[tuple[str, Optional[str]]] = [("", None)] * len(chunks)
    futures = [
        (batch, pool.submit(_format_batch, [chunks[i] for i in batch]))
        for batch in batches
        if batch
    ]
    for batch, future in futures:
        for index, outcome in zip(batch, future.result()):
            results[index] = outcome
    return results
