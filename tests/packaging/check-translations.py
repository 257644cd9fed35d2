#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
"""check-translations.py: every catalogue complete, consistent and up to date with the sources.

    check-translations.py --lupdate LUPDATE --ts-dir DIR
        --ts FILE... --plural-ts FILE... --sources DIR|FILE... --include DIR...

Fails (exit 1) when, in any .ts file under --ts-dir:
  * a message is unfinished (type="unfinished"), has an empty translation, or is a plural message
    with a missing or empty form (German and English have two forms: one, many);
  * a translation drops or invents a %1..%99 placeholder, a {{variable}} or the %n of a plural, or
    loses the mnemonic (&) its source has;
  * the file is out of date: lupdate, run over the same sources with the same options as the
    `update_translations` target into a temporary copy, finds source text the file does not have, or
    the file still holds text the sources no longer have;
  * the file is not one of the catalogues the build updates (--ts, --plural-ts).
--sources takes what resources/CMakeLists.txt lists in RTE_TRANSLATED_DIRS and is globbed the way it
globs them (*.cpp, *.h, *.ui in each folder, not below), at test time, so a file added since the last
configure is seen too. Exits 77 (skipped) when lupdate is missing.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt's numerus rules define them. Add a language here with its
# catalogue; an unknown one fails rather than passing unchecked.
NUMERUS_FORMS = {"de": 2, "en": 2}

# The options the lupdate targets in resources/CMakeLists.txt pass.
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete"]

PLACEHOLDER = re.compile(r"%(?:L?\d{1,2})")
VARIABLE = re.compile(r"\{\{\s*[^{}]+?\s*\}\}")


def mnemonics(text):
    """The & that mark a mnemonic, not && (a literal ampersand) nor &entities; in rich text."""
    stripped = text.replace("&&", "")
    return re.findall(r"&(?![#\w]+;)(?=\S)", stripped)


def messages(path):
    """{(context, source, comment, numerus): (message element)} of a .ts file, obsolete ones included."""
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            key = (name, message.findtext("source", default=""), message.findtext("comment", default=""),
                   message.get("numerus") == "yes")
            found[key] = message
    return root, found


def describe(key):
    context, source, comment, _ = key
    text = source if len(source) <= 80 else source[:77] + "..."
    return f"[{context}] {text!r}" + (f" ({comment})" if comment else "")


def check_translations(path, problems):
    root, found = messages(path)
    language = (root.get("language") or "").split("_")[0]
    if language not in NUMERUS_FORMS:
        problems.append(f"{path.name}: language {root.get('language')!r} has no plural rule in "
                        f"{pathlib.Path(__file__).name}")
        return
    forms_expected = NUMERUS_FORMS[language]
    for key, message in found.items():
        where = f"{path.name}: {describe(key)}"
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no <translation>")
            continue
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            problems.append(f"{where}: {kind}; the sources no longer have it")
            continue
        if kind == "unfinished":
            problems.append(f"{where}: unfinished")
            continue
        source = key[1]
        if key[3]:
            forms = [form.text or "" for form in translation.findall("numerusform")]
            if len(forms) != forms_expected:
                problems.append(f"{where}: {len(forms)} plural forms, {language} needs {forms_expected}")
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders {sorted(set(PLACEHOLDER.findall(text)))} in {text!r}, "
                                f"the source has {sorted(set(PLACEHOLDER.findall(source)))}")
            if sorted(VARIABLE.findall(text)) != sorted(VARIABLE.findall(source)):
                problems.append(f"{where}: {{{{variables}}}} changed in {text!r}")
            if key[3] and "%n" in source and "%n" not in text:
                problems.append(f"{where}: plural form {text!r} does not show the number (%n)")
            if len(mnemonics(source)) == 1 and len(mnemonics(text)) != 1:
                problems.append(f"{where}: the mnemonic (&) is lost or doubled in {text!r}")


def translated_sources(entries):
    files = []
    for entry in entries:
        path = pathlib.Path(entry)
        if path.is_dir():
            for pattern in ("*.cpp", "*.h", "*.ui"):
                files.extend(sorted(path.glob(pattern)))
        elif path.exists():
            files.append(path)
    return files


def check_up_to_date(lupdate, path, plural_only, sources, includes, problems, scratch):
    copy = scratch / path.name
    shutil.copyfile(path, copy)
    listing = scratch / (path.stem + ".lst")
    listing.write_text("".join(f"{source}\n" for source in sources)
                       + "".join(f"-I{include}\n" for include in includes), encoding="utf-8")
    command = [lupdate, "-silent", *LUPDATE_OPTIONS, *(["-pluralonly"] if plural_only else []),
               f"@{listing}", "-ts", str(copy)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        problems.append(f"{path.name}: lupdate failed ({result.returncode}): {result.stderr.strip()}")
        return
    _, before = messages(path)
    _, after = messages(copy)
    for key in sorted(after.keys() - before.keys()):
        problems.append(f"{path.name}: out of date, new source text {describe(key)}")
    for key in sorted(before.keys() - after.keys()):
        problems.append(f"{path.name}: out of date, the sources no longer have {describe(key)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts-dir", required=True, type=pathlib.Path)
    parser.add_argument("--ts", nargs="*", default=[], type=pathlib.Path)
    parser.add_argument("--plural-ts", nargs="*", default=[], type=pathlib.Path)
    parser.add_argument("--sources", nargs="+", required=True)
    parser.add_argument("--include", nargs="*", default=[])
    args = parser.parse_args()

    if not (os.path.isfile(args.lupdate) or shutil.which(args.lupdate)):
        print(f"SKIP: {args.lupdate} is not installed")
        return 77

    updated = {path.resolve(): False for path in args.ts}
    updated.update({path.resolve(): True for path in args.plural_ts})
    catalogues = sorted(args.ts_dir.glob("*.ts"))
    if not catalogues:
        print(f"FAIL: no .ts file in {args.ts_dir}")
        return 1
    sources = translated_sources(args.sources)
    if not sources:
        print("FAIL: no source file to translate was found")
        return 1

    problems = []
    with tempfile.TemporaryDirectory(prefix="rte-ts-") as scratch:
        for path in catalogues:
            check_translations(path, problems)
            if path.resolve() not in updated:
                problems.append(f"{path.name}: no lupdate target updates it (resources/CMakeLists.txt)")
                continue
            check_up_to_date(args.lupdate, path, updated[path.resolve()], sources, args.include, problems,
                             pathlib.Path(scratch))

    for problem in problems:
        print(f"FAIL: {problem}")
    names = ", ".join(path.name for path in catalogues)
    if problems:
        print(f"{len(problems)} problem(s) in {names}. Run `cmake --build <build> --target update_translations`, "
              "then translate what is unfinished (and run resources/translations/fill-english-plurals.py).")
        return 1
    print(f"PASS: {names} complete and up to date with {len(sources)} source files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
