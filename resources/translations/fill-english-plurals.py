#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
"""Fills the English plural forms in reply-task-editor_en.ts from the source strings.

The English catalogue holds only plural forms (lupdate -pluralonly): "%n task(s)" becomes
"%n task" and "%n tasks". Run it after `cmake --build build --target update_translations`.
"""
import html
import pathlib
import re

path = pathlib.Path(__file__).with_name("reply-task-editor_en.ts")
text = path.read_text(encoding="utf-8")


def fill(match: re.Match) -> str:
    source = html.unescape(match.group(1))
    one = re.sub(r"\((?:e?s)\)", "", source)
    many = source.replace("(es)", "es").replace("(s)", "s")
    esc = lambda t: html.escape(t, quote=False)
    return (f"<source>{match.group(1)}</source>\n        <translation>\n"
            f"            <numerusform>{esc(one)}</numerusform>\n"
            f"            <numerusform>{esc(many)}</numerusform>\n        </translation>")


text = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text, flags=re.S)
path.write_text(text, encoding="utf-8")
