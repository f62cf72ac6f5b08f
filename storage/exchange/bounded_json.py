"""Reading an annotation file's JSON in bounded memory: the spine streamed, each item bounded.

``json.loads`` of a whole file builds every value before anything can be checked: a 250 MB file
whose one annotation carries an ignored array of 83 million ``{}`` took 157 s and 12 GB, and a
file of a million tiny items was refused only after 22 s and 1.45 GB.  Here the limits apply
*while* reading:

* The **spine** — the top-level object, its ``first`` page, each page's ``next`` and ``items`` —
  is read by a small recursive-descent parser that never builds an item.  ``items`` becomes a
  list of :class:`Span` (where each item starts and ends in the text), so the item count is
  known, and :data:`~storage.exchange.fields.MAX_ITEMS` enforced, before any item is parsed.
* Every other value (an item, or any non-spine value such as ``@context``) is first
  **skipped**: a scan that jumps over strings and plain text with one regular expression (C
  speed) and stops at brackets only, counting nesting, containers, commas (a generous upper
  bound on values) and characters, and giving up the moment one passes its limit
  (:data:`~storage.exchange.fields.MAX_VALUE_CHARS` and friends).  Only a value within the
  limits is then decoded, by ``json.loads`` of exactly its slice (C speed again), so the memory
  one value can take is bounded, whatever the file holds.
* Items are decoded one at a time (:meth:`Span.decode`) and dropped once converted, so a valid
  file of 200,000 annotations never exists as one tree of Python objects.

Every character of the file is read either by the spine parser or by ``json.loads``, so a file
that is not valid JSON is refused exactly as before, with the same ``json`` messages and
positions.  Why hand-written rather than a streaming library (ijson, BSD): ijson's fast C
backend builds each item whole, so an oversized item would still be built before any limit
could act; enforcing the limits on its event stream from Python is several times slower than
``json.loads``; and the spine here is a few dozen lines.  docs/reliability.md has the figures.
"""
from __future__ import annotations

import json
import re
from typing import Any

from storage.exchange import fields as F
from storage.exchange.errors import ExchangeError

_WHITESPACE = re.compile(r"[ \t\n\r]*")
# Possessive repeats throughout (Python 3.11): they never backtrack, so they keep no
# backtracking state either — a greedy one remembers every repetition (1.2 GB for a list of
# two million short strings).
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.S)
# Everything up to the next bracket or the next unmatched quote: plain text and whole strings.
_RUN = re.compile(r'(?:[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.S)
# One whole value nested at most NESTED_DEPTH deep, matched by a single regular expression:
# alternatives that start with different characters, possessive repeats (Python 3.11), so it
# never backtracks.  A real annotation is 4-5 levels deep, so it is skipped in one C-speed call
# instead of a Python step per bracket; anything else takes the bracket-by-bracket scan.
NESTED_DEPTH = 8
_PLAIN = r'[^"\[\]{}]++'
_QUOTED = r'"[^"\\]*+(?:\\.[^"\\]*+)*+"'


def _nested(depth: int) -> re.Pattern[str]:
    inner = ""
    for _ in range(depth):
        members = f"{_PLAIN}|{_QUOTED}" + (f"|{inner}" if inner else "")
        inner = rf"(?:\{{(?:{members})*+\}}|\[(?:{members})*+\])"
    return re.compile(inner, re.S)


_NESTED = _nested(NESTED_DEPTH)
FAST_WINDOW = 1024 * 1024  # the one-call match looks no further (a larger value is scanned)
SCAN_WINDOW = 1024 * 1024  # the scan checks its limits at least this often
# Keys whose object/array values are part of the spine (streamed, never decoded whole).
_SPINE_OBJECTS = (F.FIRST, F.NEXT)
_SPINE_ITEMS = F.ITEMS


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _syntax(text: str, message: str, position: int) -> ExchangeError:
    """The same one line ``json.loads`` would give for this error."""
    return ExchangeError(f"not valid JSON: {json.JSONDecodeError(message, text, position)}")


def _too_deep() -> ExchangeError:
    return ExchangeError(f"JSON is nested more than {F.MAX_DEPTH} levels deep")


class Span:
    """Where one item sits in the file's text; :meth:`decode` builds it (bounded, see module).
    A plain class with slots: a file can hold 500,000 of them."""

    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end

    def decode(self) -> Any:
        return _decode_slice(self.text, self.start, self.end)


def _decode_slice(text: str, start: int, end: int) -> Any:
    try:
        return _DECODER.decode(text[start:end])
    except json.JSONDecodeError as error:
        raise _syntax(text, error.msg, start + error.pos) from None
    except (ValueError, RecursionError) as error:  # huge integers, NaN/Infinity
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ExchangeError(f"not valid JSON: {message}") from None


def skip(text: str, start: int, depth: int, where: str, index: int | None = None) -> int:
    """The end of the array/object starting at ``start`` (one past its closing bracket).

    ``depth`` is the nesting level of the value's parent.  Raises as soon as the value nests
    deeper than :data:`F.MAX_DEPTH`, holds more than :data:`F.MAX_VALUE_CONTAINERS`
    containers or :data:`F.MAX_VALUE_ITEMS` commas, or spans more than
    :data:`F.MAX_VALUE_CHARS` characters: the work done on an oversized value is bounded by
    the limits, not by its size.  Brackets are only counted, not matched (``[}``): the slice is
    decoded by ``json.loads`` afterwards, which refuses what is not JSON.
    """
    if depth + NESTED_DEPTH <= F.MAX_DEPTH:
        whole = _NESTED.match(text, start, start + FAST_WINDOW)
        if whole is not None:
            end = whole.end()
            # Too short to break a limit (a container takes two characters), or within the
            # limits by upper bounds (brackets and commas inside strings count too); otherwise
            # the exact scan below decides.
            if end - start <= F.MAX_VALUE_CONTAINERS or (
                    text.count(",", start, end) <= F.MAX_VALUE_ITEMS
                    and text.count("{", start, end) + text.count("[", start, end) <= F.MAX_VALUE_CONTAINERS):
                return end
    if index is not None:
        where = f"{where}[{index}]"
    level, containers, commas, position = 0, 0, 0, start
    length, run, count = len(text), _RUN.match, text.count
    limit = start + F.MAX_VALUE_CHARS
    while position < length:
        char = text[position]
        if char == "{" or char == "[":
            level += 1
            containers += 1
            if depth + level > F.MAX_DEPTH:
                raise _too_deep()
            if containers > F.MAX_VALUE_CONTAINERS:
                raise ExchangeError(f"{where} holds more than {F.MAX_VALUE_CONTAINERS:,} arrays and objects "
                                    "(import limit)")
            position += 1
        elif char == "}" or char == "]":
            level -= 1
            position += 1
            if level == 0:
                return position
        elif char == '"':  # a string the scan window cut, or one that never ends
            whole = _STRING.match(text, position)
            if whole is None:
                raise _syntax(text, "Unterminated string starting at", position)
            position = whole.end()
        # Plain text and whole strings up to the next bracket, at most SCAN_WINDOW at a time so
        # the limits are checked every megabyte, not only after a 64 MB list of strings.
        following = run(text, position, min(length, position + SCAN_WINDOW)).end()
        commas += count(",", position, following)
        position = following
        if commas > F.MAX_VALUE_ITEMS:
            raise ExchangeError(f"{where} holds more than {F.MAX_VALUE_ITEMS:,} values (import limit)")
        if position > limit:
            raise ExchangeError(f"{where} is larger than {F.MAX_VALUE_CHARS:,} characters (import limit)")
    raise _syntax(text, "Expecting ',' delimiter", length)


class _Spine:
    """The recursive-descent reader of the spine (see the module doc)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items = 0

    def _space(self, position: int) -> int:
        return _WHITESPACE.match(self.text, position).end()

    def _char(self, position: int) -> str:
        return self.text[position:position + 1]

    def scalar(self, position: int, where: str) -> tuple[Any, int]:
        if self._char(position) == '"':
            found = _STRING.match(self.text, position)
            if found is None:
                raise _syntax(self.text, "Unterminated string starting at", position)
            if found.end() - position > F.MAX_VALUE_CHARS:
                raise ExchangeError(f"{where} is larger than {F.MAX_VALUE_CHARS:,} characters (import limit)")
        try:
            return _DECODER.raw_decode(self.text, position)
        except json.JSONDecodeError as error:
            raise _syntax(self.text, error.msg, error.pos) from None
        except ValueError as error:  # huge integers, NaN/Infinity
            raise ExchangeError(f"not valid JSON: {str(error).splitlines()[0]}") from None

    def value(self, position: int, depth: int, where: str) -> tuple[Any, int]:
        """Any value that is not part of the spine: skipped within the limits, then decoded."""
        if self._char(position) in ("{", "["):
            end = skip(self.text, position, depth, where)
            return _decode_slice(self.text, position, end), end
        return self.scalar(position, where)

    def member(self, key: str, position: int, depth: int, where: str) -> tuple[Any, int]:
        bracket = self._char(position)
        if bracket == "{" and key in _SPINE_OBJECTS:
            return self.object(position, depth + 1, where)
        if bracket == "[" and key == _SPINE_ITEMS:
            return self.item_spans(position, depth + 1, where)
        return self.value(position, depth, where)

    def object(self, position: int, depth: int, where: str) -> tuple[dict[str, Any], int]:
        """The object at ``position`` (``{``), its spine members streamed, the rest decoded."""
        if depth > F.MAX_DEPTH:
            raise _too_deep()
        result: dict[str, Any] = {}
        position = self._space(position + 1)
        if self._char(position) == "}":
            return result, position + 1
        while True:
            if self._char(position) != '"':
                raise _syntax(self.text, "Expecting property name enclosed in double quotes", position)
            key, position = self.scalar(position, where)
            position = self._space(position)
            if self._char(position) != ":":
                raise _syntax(self.text, "Expecting ':' delimiter", position)
            position = self._space(position + 1)
            result[key], position = self.member(key, position, depth, f"{where}.{key}" if where else key)
            position = self._space(position)
            following = self._char(position)
            if following == "}":
                return result, position + 1
            if following != ",":
                raise _syntax(self.text, "Expecting ',' delimiter", position)
            position = self._space(position + 1)

    def item_spans(self, position: int, depth: int, where: str) -> tuple[list[Any], int]:
        """An ``items`` array as spans (containers) or values (anything else, e.g. a link)."""
        if depth > F.MAX_DEPTH:
            raise _too_deep()
        result: list[Any] = []
        position = self._space(position + 1)
        if self._char(position) == "]":
            return result, position + 1
        while True:
            self.items += 1
            if self.items > F.MAX_ITEMS:
                raise ExchangeError(f"file has more than {F.MAX_ITEMS} annotations")
            if self._char(position) in ("{", "["):
                end = skip(self.text, position, depth, where, len(result))
                result.append(Span(self.text, position, end))
                position = end
            else:
                value, position = self.scalar(position, f"{where}[{len(result)}]")
                result.append(value)
            position = self._space(position)
            following = self._char(position)
            if following == "]":
                return result, position + 1
            if following != ",":
                raise _syntax(self.text, "Expecting ',' delimiter", position)
            position = self._space(position + 1)


def load(text: str) -> Any:
    """The file's top-level value, with ``items`` arrays left as :class:`Span` lists."""
    spine = _Spine(text)
    position = spine._space(0)
    if spine._char(position) == "{":
        root, position = spine.object(position, 1, "")
    else:
        root, position = spine.value(position, 0, "the file")
    position = spine._space(position)
    if position != len(text):
        raise _syntax(text, "Extra data", position)
    return root
