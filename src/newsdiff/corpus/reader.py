"""The reader ``core.article.load`` uses once ``newsdiff.corpus.install()`` has run."""

from __future__ import annotations

import os
import sys

from newsdiff.core.article import Article, InputError, set_reader

# html (logging, trafilatura) and records (json) are imported on the first load that
# needs them: every command installs this reader, most read plain text.


class CorpusReader:
    """HTML pages (by name or sniffed, stdin too) and references ``corpus.jsonl#ID``."""

    def named(self, path: str) -> Article | None:
        from newsdiff.corpus import records

        ref = records.split_reference(path)
        if ref is None:
            base = path.removesuffix(records.SEPARATOR)
            if base != path and os.path.isfile(base) and not os.path.exists(path):
                # "no such file" would send the user looking for a file that is there
                raise InputError(
                    path, f"no article id after '{records.SEPARATOR}' (name one as {base}#ID)"
                )
            return None
        base, ident = ref
        return records.find(base, ident).article(base)

    def declared(self, path: str, data: bytes) -> str | None:
        from newsdiff.corpus import html

        head = data[: html.PRESCAN].decode("latin-1")  # the markup is ASCII in any charset
        return html.declared_charset(head) if html.is_html(path, head) else None

    def converted(self, path: str, text: str, encoding: str) -> Article | None:
        from newsdiff.corpus import html, records

        if path.lower().endswith(records.SUFFIX):
            n, skipped = records.tally(path)
            said = f" (skipped: {skipped})" if skipped else ""
            raise InputError(
                path,
                f"a corpus of {n}{said}: name one as {path}{records.SEPARATOR}ID, "
                f"or find its pairs with 'newsdiff scan {path}'",
            )
        if html.is_html(path, text):
            article = html.extract(path, text, encoding)
            if html.sniffed_fragment(path, text):
                # Said only once it gave text: a refusal is one line on its own.
                print(
                    f"newsdiff: {path}: read as HTML: it starts and ends with markup",
                    file=sys.stderr,
                )
            return article
        return None


def install() -> None:
    """Every ``load`` from now on reads HTML pages and corpus references too."""
    set_reader(CorpusReader())
