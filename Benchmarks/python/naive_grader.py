#!/usr/bin/env python3
"""A naive keyword grader, the baseline `deescalate grade` is measured against.

For each chat log (.txt, "Customer: ..." / "Agent: ..." lines) it counts keywords per LAST step in
the agent's lines and prints one JSON object per file (JSON Lines), in the order the files are found.
It is what a quick script would do: read each file, lower-case, count; no parsing of meaning, no
harms, no order. Usage: naive_grader.py PATH... (files or folders).
"""
import json
import os
import sys

KEYWORDS = {
    "listen": ["what happened", "can you tell me", "so you", "i hear you", "tell me more", "?"],
    "apologize": ["sorry", "apologi", "understand", "frustrat"],
    "solve": ["i will", "i'll", "refund", "replace", "today", "tomorrow", "option", "follow up"],
    "thank": ["thank", "appreciate"],
}
AGENT_LABELS = ("agent:", "trainee:", "rep:", "me:")


def grade(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()
    agent_text = []
    for line in lines:
        lowered = line.strip().lower()
        if lowered.startswith(AGENT_LABELS):
            agent_text.append(lowered.split(":", 1)[1])
    text = " ".join(agent_text)
    steps = {step: min(100, 25 * sum(text.count(word) for word in words)) for step, words in KEYWORDS.items()}
    total = round(0.3 * steps["listen"] + 0.25 * steps["apologize"] + 0.3 * steps["solve"] + 0.15 * steps["thank"])
    return {"file": path, "total": total, "steps": steps, "passed": total >= 60}


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith(".txt"):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    out = sys.stdout
    for path in files(sys.argv[1:]):
        out.write(json.dumps(grade(path)) + "\n")


if __name__ == "__main__":
    main()
