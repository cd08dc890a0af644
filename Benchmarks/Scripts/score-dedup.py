#!/usr/bin/env python3
"""Score the clusters and campaigns of a run of gopy on a generated round against the round's
labels (`gopy-corpus --labels`): B-cubed and pairwise precision, recall and F1.

    Benchmarks/Scripts/score-dedup.py /tmp/round --labels /tmp/round-labels.jsonl

Each comment of `outbox/*/comments.jsonl` is matched to its label by (file, locator line); its
`cluster` is compared with the label's `group` (the true near-duplicate group) and its
`campaign` with the label's `campaign`. Clusters: B-cubed (per comment, the share of its
cluster in its group and of its group in its cluster, averaged) and pairwise (of the pairs put
together, the share that belong together; of those that belong together, the share put
together), overall, by `variation` and by `edits`. Campaigns: the same over the comments in a
campaign on either side (a comment in none counts alone), whether each comment is in a campaign
at all, and how many labelled campaigns were found whole. `gopy-bench-dedup` prints the same
figures for the dedup stage alone. Python 3 standard library only.
Exit status 0 when every label was matched, 1 otherwise."""
import argparse
import glob
import json
import os
import sys
from collections import Counter, defaultdict


def read_labels(path):
    labels = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            label = json.loads(line)
            if "group" not in label:
                sys.exit(f"{path}: labels without `group` (written by an older gopy-corpus)")
            labels[(label["file"], label["line"])] = (
                label["group"], label.get("campaign"), label.get("variation", "?"), tuple(label.get("edits", ())))
    return labels


def read_run(root):
    found = {}
    paths = glob.glob(os.path.join(root, "outbox", "*", "comments.jsonl"))
    if not paths:
        sys.exit(f"no {root}/outbox/*/comments.jsonl: run gopy on the round first")
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                comment = json.loads(line)
                found[(comment["file"], comment["locator"]["line"])] = (comment["cluster"], comment.get("campaign"))
    return found


def scores(found, truth):
    """B-cubed and pairwise scores of `found` against `truth` (lists of hashable labels), and
    each item's B-cubed precision and recall."""
    cells = Counter(zip(found, truth))
    cluster_sizes = Counter(found)
    group_sizes = Counter(truth)
    n = max(1, len(found))
    precision = sum(c * c / cluster_sizes[f] for (f, _), c in cells.items()) / n
    recall = sum(c * c / group_sizes[t] for (_, t), c in cells.items()) / n
    shared = sum(c * (c - 1) // 2 for c in cells.values())
    found_pairs = sum(c * (c - 1) // 2 for c in cluster_sizes.values())
    true_pairs = sum(c * (c - 1) // 2 for c in group_sizes.values())
    items = [(cells[(f, t)] / cluster_sizes[f], cells[(f, t)] / group_sizes[t]) for f, t in zip(found, truth)]
    return {
        "bcubed": (precision, recall),
        "pairwise": (shared / found_pairs if found_pairs else 1.0, shared / true_pairs if true_pairs else 1.0),
        "pairs": (found_pairs, true_pairs, shared),
        "items": items,
    }


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def line(name, pr):
    return f"  {name:<9} P {pr[0]:.4f}  R {pr[1]:.4f}  F1 {f1(*pr):.4f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", help="the round's folder (config/, inbox/, outbox/)")
    parser.add_argument("--labels", required=True, help="the round's --labels file")
    parser.add_argument("--json", help="also write the figures to this file as JSON")
    arguments = parser.parse_args()

    labels = read_labels(arguments.labels)
    run = read_run(arguments.root)
    keys = sorted(set(labels) & set(run))
    missing = len(labels) - len(keys)
    extra = len(run) - len(keys)
    print(f"comments: {len(run)} in the outbox, {len(labels)} labelled, {len(keys)} matched by (file, line); "
          f"{missing} labelled but not in the outbox, {extra} in the outbox without a label")

    clusters = [run[k][0] for k in keys]
    groups = [labels[k][0] for k in keys]
    variations = [labels[k][2] for k in keys]
    edits = [labels[k][3] for k in keys]
    result = scores(clusters, groups)
    print("near-duplicate clusters against the labels' groups:")
    print(f"  {len(set(groups))} labelled groups, {len(set(clusters))} clusters")
    print(line("B-cubed", result["bcubed"]))
    found_pairs, true_pairs, shared = result["pairs"]
    print(line("pairwise", result["pairwise"]) + f"  (pairs: {found_pairs} found, {true_pairs} labelled, {shared} both)")
    for title, keys_of in (("by variation", lambda i: [variations[i]]), ("by edit", lambda i: edits[i])):
        print(f"  {title} (B-cubed):")
        rows = defaultdict(lambda: [0, 0.0, 0.0])
        for i, (p, r) in enumerate(result["items"]):
            for key in keys_of(i):
                rows[key][0] += 1
                rows[key][1] += p
                rows[key][2] += r
        for key, (count, p, r) in sorted(rows.items(), key=lambda item: -item[1][0]):
            print(f"    {key:<14} {count:>8}   P {p / count:.4f}  R {r / count:.4f}")

    found_campaigns = [run[k][1] for k in keys]
    true_campaigns = [labels[k][1] for k in keys]
    both = [(f, t) for f, t in zip(found_campaigns, true_campaigns) if f is not None or t is not None]
    alone = iter(range(-1, -len(both) - 2, -1))
    campaign_result = scores([f if f is not None else next(alone) for f, _ in both],
                             [t if t is not None else next(alone) for _, t in both])
    in_found = sum(1 for f, _ in both if f is not None)
    in_true = sum(1 for _, t in both if t is not None)
    in_both = sum(1 for f, t in both if f is not None and t is not None)
    print("campaigns against the labels' campaigns:")
    print(f"  {len(set(t for t in true_campaigns if t is not None))} labelled campaigns with {in_true} letters; "
          f"{len(set(f for f in found_campaigns if f is not None))} campaigns found with {in_found} members")
    membership = (in_both / in_found if in_found else 1.0, in_both / in_true if in_true else 1.0)
    print(f"  membership (in some campaign or not): P {membership[0]:.4f}  R {membership[1]:.4f}")
    print(line("B-cubed", campaign_result["bcubed"]) + "  (over comments in a campaign on either side)")
    print(line("pairwise", campaign_result["pairwise"]))
    cells = Counter((t, f) for f, t in both if f is not None and t is not None)
    true_sizes = Counter(t for _, t in both if t is not None)
    found_sizes = Counter(f for f, _ in both if f is not None)
    whole = 0
    for t, size in true_sizes.items():
        holders = [(count, f) for (tt, f), count in cells.items() if tt == t]
        if holders:
            count, f = max(holders)
            if count >= 0.9 * size and count >= 0.9 * found_sizes[f]:
                whole += 1
    print(f"  labelled campaigns found whole (one found campaign holds >= 90% of it, and is >= 90% it): {whole} of {len(true_sizes)}")

    if arguments.json:
        figures = {
            "comments": len(keys), "unmatched_labels": missing, "unlabelled_comments": extra,
            "clusters": {"bcubed": result["bcubed"], "pairwise": result["pairwise"]},
            "campaigns": {"bcubed": campaign_result["bcubed"], "pairwise": campaign_result["pairwise"],
                          "membership": membership, "found_whole": whole, "labelled": len(true_sizes)},
        }
        with open(arguments.json, "w", encoding="utf-8") as out:
            json.dump(figures, out, indent=1)
    return 0 if missing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
