#!/usr/bin/env python3
"""Compare the outboxes of two runs of gopy on rounds generated with the same seed, one with
`gopy-corpus --encodings utf-8` and one with `--encodings mixed`: the same comments, only the
bytes of the files differ, so gopy must find the same text at the same place.

    Benchmarks/Scripts/compare-rounds.py /tmp/round-utf8 /tmp/round-mixed --labels /tmp/mixed-labels.jsonl

For each (file, locator line) of the UTF-8 round's comments.jsonl, the mixed round's `text`
must be equal: case-insensitively for TCVN3 files (no upper-case toned letters), known from
the mixed round's labels (`encoding`). The mixed round's rejected.json must hold
no `file` or `record` rejection (warnings about corrected encodings are fine).
Exit status 0 when everything matches."""
import argparse
import glob
import json
import os
import sys


def comments(root):
    found = {}
    for path in glob.glob(os.path.join(root, "outbox", "*", "comments.jsonl")):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                comment = json.loads(line)
                found[(comment["file"], comment["locator"]["line"])] = comment["text"]
    return found


def rejections(root):
    with open(os.path.join(root, "outbox", "rejected.json"), encoding="utf-8") as file:
        return json.load(file)["rejected"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("utf8_round")
    parser.add_argument("mixed_round")
    parser.add_argument("--labels", required=True, help="the mixed round's --labels file (for each file's encoding)")
    parser.add_argument("--examples", type=int, default=5)
    arguments = parser.parse_args()

    encodings = {}
    with open(arguments.labels, encoding="utf-8") as lines:
        for line in lines:
            label = json.loads(line)
            encodings[label["file"]] = label.get("encoding", "?")

    expected = comments(arguments.utf8_round)
    actual = comments(arguments.mixed_round)
    mismatches, missing = [], []
    per_encoding = {}
    for key, text in sorted(expected.items()):
        encoding = encodings.get(key[0], "?")
        counts = per_encoding.setdefault(encoding, [0, 0])
        counts[0] += 1
        if key not in actual:
            missing.append(key)
            counts[1] += 1
            continue
        other = actual[key]
        same = other == text or (encoding == "tcvn3" and other.lower() == text.lower())
        if not same:
            mismatches.append((key, encoding, text, other))
            counts[1] += 1
    extra = sorted(set(actual) - set(expected))

    rejected = [r for r in rejections(arguments.mixed_round) if r["scope"] != "warning"]
    warnings = [r for r in rejections(arguments.mixed_round) if r["scope"] == "warning"]
    baseline_rejected = [r for r in rejections(arguments.utf8_round) if r["scope"] != "warning"]

    print(f"comments compared: {len(expected)} (UTF-8 round) against {len(actual)} (mixed round)")
    for encoding, (count, bad) in sorted(per_encoding.items()):
        print(f"  {encoding}: {count} comments, {bad} mismatched or missing")
    print(f"mismatches: {len(mismatches)}; missing in the mixed round: {len(missing)}; only in the mixed round: {len(extra)}")
    for key, encoding, text, other in mismatches[: arguments.examples]:
        print(f"  {key[0]}:{key[1]} ({encoding})\n    utf-8: {text[:160]}\n    mixed: {other[:160]}")
    for key in missing[: arguments.examples]:
        print(f"  missing {key[0]}:{key[1]} ({encodings.get(key[0], '?')})")
    print(f"mixed round: {len(rejected)} file or record rejections, {len(warnings)} warnings "
          f"(UTF-8 round: {len(baseline_rejected)} rejections)")
    for rejection in rejected[: arguments.examples]:
        print(f"  {rejection['scope']} {rejection['file']} line {rejection.get('line')}: {rejection['reason']}")
    reasons = {}
    for warning in warnings:
        reasons[warning["reason"][:90]] = reasons.get(warning["reason"][:90], 0) + 1
    for reason, count in sorted(reasons.items(), key=lambda item: -item[1])[: arguments.examples]:
        print(f"  warning x{count}: {reason}")
    ok = not mismatches and not missing and not extra and not rejected
    print("OK" if ok else "DIFFERENCES")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
