"""Formulas saved without their result (files written by programs, not by Excel), worked out when
they are simple: text and numbers, references to cells of the same sheet, `&`, CONCATENATE, UPPER,
LOWER, PROPER, TRIM, HYPERLINK (its text), DATE and ROW. Anything else stays unknown and the
importer asks the officer to let Excel compute it. Nothing here runs code or reaches outside the sheet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from cq2c_desktop.io.problems import column_index

_TOKEN = re.compile(
    r'\s*(?:(?P<str>"(?:[^"]|"")*")|(?P<num>\d+(?:\.\d+)?)|(?P<ref>\$?[A-Z]{1,3}\$?\d+)|(?P<name>[A-Z][A-Z0-9.]*)\s*\('
    r"|(?P<op>[&,()+\-]))"
)
_MAX_DEPTH = 20


class NotSimpleError(ValueError):
    """A formula this module does not work out."""


def _proper(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split(" "))


_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "CONCATENATE": lambda *a: "".join(_text(x) for x in a),
    "CONCAT": lambda *a: "".join(_text(x) for x in a),
    "UPPER": lambda a: _text(a).upper(),
    "LOWER": lambda a: _text(a).lower(),
    "PROPER": lambda a: _proper(_text(a)),
    "TRIM": lambda a: " ".join(_text(a).split()),
    "HYPERLINK": lambda _link, text=None: text if text is not None else _link,
    "DATE": lambda y, m, d: dt.date(int(y), int(m), int(d)),
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Parser:
    def __init__(self, formula: str, row: int, cell: Callable[[int, int], Any]) -> None:
        self.tokens = self._tokens(formula.lstrip("="))
        self.pos = 0
        self.row, self.cell = row, cell

    @staticmethod
    def _tokens(text: str) -> list[tuple[str, str]]:
        tokens, pos = [], 0
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if not match or match.end() == pos:
                if text[pos:].strip():
                    raise NotSimpleError(text)
                break
            kind = match.lastgroup or ""
            tokens.append((kind, match.group(kind)))
            pos = match.end()
        return tokens

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        token = self._peek()
        if token is None:
            raise NotSimpleError("end")
        self.pos += 1
        return token

    def expression(self, depth: int = 0) -> Any:
        if depth > _MAX_DEPTH:
            raise NotSimpleError("depth")
        value = self._term(depth)
        while (token := self._peek()) is not None and token[0] == "op" and token[1] in "&+-":
            self.pos += 1
            other = self._term(depth)
            if token[1] == "&":
                value = _text(value) + _text(other)
            elif isinstance(value, (int, float)) and isinstance(other, (int, float)):
                value = value + other if token[1] == "+" else value - other
            else:
                raise NotSimpleError(token[1])
        return value

    def _term(self, depth: int) -> Any:
        kind, text = self._take()
        if kind == "str":
            return text[1:-1].replace('""', '"')
        if kind == "num":
            return float(text)
        if kind == "ref":
            letters = re.sub(r"[\d$]", "", text)
            number = int(re.sub(r"[^\d]", "", text))
            return self.cell(number - 1, column_index(letters))
        if kind == "name":
            return self._call(text.upper(), depth)
        if kind == "op" and text == "(":
            value = self.expression(depth + 1)
            if self._take() != ("op", ")"):
                raise NotSimpleError(")")
            return value
        if kind == "op" and text == "-":
            value = self._term(depth)
            if not isinstance(value, (int, float)):
                raise NotSimpleError("-")
            return -value
        raise NotSimpleError(text)

    def _call(self, name: str, depth: int) -> Any:
        args: list[Any] = []
        if self._peek() == ("op", ")"):
            self.pos += 1
        else:
            while True:
                args.append(self.expression(depth + 1))
                kind, text = self._take()
                if (kind, text) == ("op", ")"):
                    break
                if (kind, text) != ("op", ","):
                    raise NotSimpleError(text)
        if name == "ROW" and not args:
            return float(self.row + 1)
        function = _FUNCTIONS.get(name)
        if function is None:
            raise NotSimpleError(name)
        try:
            return function(*args)
        except (TypeError, ValueError) as exc:
            raise NotSimpleError(name) from exc


def evaluate(formula: str, row: int, cell: Callable[[int, int], Any]) -> Any:
    """The value of a simple formula at `row` (0-based); `cell(r, c)` gives another cell's value.
    Raises NotSimpleError for anything else."""
    parser = _Parser(formula, row, cell)
    value = parser.expression()
    if parser._peek() is not None:
        raise NotSimpleError(formula)
    return value
