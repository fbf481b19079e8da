#!/usr/bin/env python3
"""Replaces the example statement in docs/XAPI.md with the statement on standard input.

    deescalate grade … --format xapi | xapi_example.py docs/XAPI.md

The example is the ```json block after the line `<!-- example statement: Transcripts/examples/regenerate -->`;
it is printed readably (an object or array holding only numbers and strings stays on one line).
"""
import json, re, sys

MARKER = "<!-- example statement: Transcripts/examples/regenerate -->"


def readable(value, indent=0):
    pad, inner = "  " * indent, "  " * (indent + 1)
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or len(flat) + len(inner) <= 110 and "{" not in flat[1:] and "[" not in flat[1:]:
        return flat.replace("{", "{ ", 1)[:-1] + " }" if isinstance(value, dict) and value else flat
    if isinstance(value, list):
        return "[\n" + ",\n".join(inner + readable(item, indent + 1) for item in value) + "\n" + pad + "]"
    items = [inner + json.dumps(key, ensure_ascii=False) + ": " + readable(item, indent + 1) for key, item in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


def main(path):
    statement = json.loads(sys.stdin.read())
    text = open(path, encoding="utf-8").read()
    pattern = re.compile(re.escape(MARKER) + r"\n```json\n.*?\n```", re.S)
    if not pattern.search(text):
        sys.exit(f"{path}: no example block after {MARKER}")
    block = MARKER + "\n```json\n" + readable(statement) + "\n```"
    open(path, "w", encoding="utf-8").write(pattern.sub(lambda _: block, text, count=1))


if __name__ == "__main__":
    main(sys.argv[1])
