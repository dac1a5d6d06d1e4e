"""What the layers below the UI tell the user: a code and parameters, worded in one place.

A lower layer never writes a sentence in two languages. It declares what can happen once, as a
`Text` (a code and the English source, with {named} fields) and fills it where it happens:
`PLAN_NOT_FOUND(path=path)` is a `Message`. The English source lives here in the code; its
Vietnamese lives in `resources/i18n/cq2c_vi.ts` beside the window's own strings, under the code as
Qt context (`scripts/i18n.py update` extracts both; lupdate reads `Text(...)` as QT_TRANSLATE_NOOP).
Who shows a message renders it:

- the window translates it with Qt: `ui/messages.py`, `QCoreApplication.translate(code, source)`;
- the command line, the logs and `str(error)` give both languages, Vietnamese first, from the same
  .ts file (`bilingual`, with `domain/translations.py`).

Closed vocabularies that documents and import templates print in Vietnamese (regions, unit kinds,
the import's field names) are data, not messages: a `Term` holds both words, and a message that
names one gets the word of the language it is rendered in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]  # (code, English source) -> the text in the target language

_TEXTS: dict[tuple[str, str], Text] = {}


@dataclass(frozen=True)
class Term:
    """A word of a closed vocabulary in both languages ("Vùng cao" / "highland")."""

    vi: str
    en: str

    def in_language(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


@dataclass(frozen=True)
class Text:
    """One thing the program can say: a stable code and its English source text with {named} fields.

    Declare it once at module level (lupdate reads the call); call it with the fields to say it."""

    code: str
    source: str

    def __post_init__(self) -> None:
        _TEXTS.setdefault((self.code, self.source), self)

    def __call__(self, **params: Any) -> Message:
        return Message(self, params)


@dataclass(frozen=True)
class Message:
    """A `Text` with its fields filled: what the user is told, in no language yet."""

    text: Text
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.text.code

    def __str__(self) -> str:
        return bilingual(self)


def declared_texts() -> list[Text]:
    """Every `Text` of the modules imported so far (the translation tests import them all)."""
    return list(_TEXTS.values())


def render(message: Message, language: str, translate: Translate) -> str:
    """The message in one language: its text translated, then its fields filled (a field that is a
    message or a term is rendered in the same language)."""
    values = {name: _value(value, language, translate) for name, value in message.params.items()}
    template = translate(message.code, message.text.source)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field: the English still reads
        return message.text.source.format(**values)


def _value(value: Any, language: str, translate: Translate) -> Any:
    if isinstance(value, Message):
        return render(value, language, translate)
    if isinstance(value, Term):
        return value.in_language(language)
    if (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and value
        and all(isinstance(v, Message | Term) for v in value)
    ):
        return "; ".join(str(_value(v, language, translate)) for v in value)
    return value


def _source(_code: str, source: str) -> str:
    return source


def english(message: Message) -> str:
    return render(message, "en", _source)


def vietnamese(message: Message) -> str:
    """Vietnamese from the translation file; English where it has none (a build without it)."""
    from cq2c_desktop.domain.translations import vietnamese_text

    return render(message, "vi", vietnamese_text)


def bilingual(message: Message) -> str:
    """ "Vietnamese / English", as the command line prints it (one language when both read alike)."""
    vi, en = vietnamese(message), english(message)
    return en if vi == en else f"{vi} / {en}"
