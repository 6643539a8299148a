"""Builds tests/data/diagnose_dev.json from the entries_*.py batches: `python -m tests.data.dev.build`.

Every entry's `err` is quoted verbatim from its `source` (a GitHub thread found with the search tool's `issues`
corpus, never one cited by tests/data/diagnose_corpus.json or shared/reference/build-log-signatures.md: the build
refuses those). The templates only add the lines a CI log carries around it (step headers, BuildKit progress,
runner exit lines), deterministic per entry. Split: "dev" (the matcher may be tuned on it; the held-out corpus
stays held out).
"""
# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

from tests.data.dev import (
    entries_1,
    entries_2,
    entries_3,
    entries_4,
    entries_5,
    entries_6,
    entries_7,
    entries_8,
    entries_9,
    entries_10,
    entries_11,
    entries_12,
    entries_13,
    entries_14,
    entries_15,
    entries_16,
    entries_17,
    entries_18,
    entries_19,
    entries_20,
    entries_21,
    entries_22,
    entries_23,
    entries_24,
    entries_25,
    entries_26,
    entries_27,
    entries_28,
    entries_29,
    entries_30,
    entries_31,
    entries_32,
    entries_33,
    entries_34,
    entries_35,
    entries_36,
    entries_37,
    entries_38,
    entries_39,
    entries_40,
    entries_41,
    entries_42,
)

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "diagnose_dev.json"
CORPUS = HERE.parent / "diagnose_corpus.json"
REFERENCE = (
    HERE.parents[2].parent / "shared" / "reference" / "build-log-signatures.md"
)  # the team's table, beside the repo
BASES = ["docker.io/library/alpine:3.19", "docker.io/library/node:20-slim", "docker.io/library/python:3.12-slim",
         "docker.io/library/golang:1.22-alpine", "docker.io/library/debian:bookworm-slim"]  # fmt: skip


def sha(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()


def excluded() -> set[str]:
    out: set[str] = set()
    texts = [x["source"] for x in json.loads(CORPUS.read_text())]
    if REFERENCE.exists():
        texts.append(REFERENCE.read_text())
    for t in texts:
        out.update(m.group(0).lower() for m in re.finditer(r"[\w.-]+/[\w.-]+#\d+", t))
        out.update(m.group(0).lower().rstrip(").,") for m in re.finditer(r"https?://\S+", t))
    return out


def gha_run(cmd: str) -> list[str]:
    return [f"Run {cmd}", f"  {cmd}", "  shell: /usr/bin/bash -e {0}"]


def bk_prelude(r: random.Random) -> tuple[list[str], int]:
    base = r.choice(BASES)
    lines = ['#0 building with "builder-1" instance using docker-container driver', "",
             "#1 [internal] load build definition from Dockerfile", f"#1 transferring dockerfile: {r.randint(300, 2000)}B done",
             "#1 DONE 0.0s", "", f"#2 [internal] load metadata for {base}", "#2 DONE 0.9s", "",
             f"#3 [1/5] FROM {base}", "#3 DONE 0.1s", "", "#4 [internal] load build context", "#4 DONE 0.1s", ""]  # fmt: skip
    return lines, 5


def render(ent: dict[str, Any], r: random.Random) -> list[str]:
    t, err, ctx = ent["template"], ent["err"], ent["ctx"]
    lines = err.splitlines()
    img = ctx.get("image", "ghcr.io/acme/web:1.4.2")
    head = [*(gha_run(ctx["cmd"]) if ctx.get("cmd") else []), *ctx.get("head", [])]
    tail = list(ctx.get("tail", []))
    pre = ctx.get("prefix")
    if pre:  # the runner's annotation prefix on the quoted line, as the toolkit prints it
        lines = [pre + lines[0], *lines[1:]]
    if t == "raw":
        out = head + lines + tail
    elif t == "jenkins":
        out = ["[Pipeline] sh", f"+ {ctx['cmd']}" if ctx.get("cmd") else "+ make publish", *lines]
        return out
    elif t == "push":
        repo = img.rsplit(":", 1)[0]
        out = [*(head or gha_run(f"docker push {img}")), f"The push refers to repository [{repo}]",
               "5f70bf18a086: Preparing", "a0b14f13e2c4: Preparing", "37d625053e3d: Waiting", *lines, *tail]  # fmt: skip
    elif t in ("bpa_err", "bk_final"):
        pro, n = bk_prelude(r)
        step = ctx.get("step", "exporting to image")
        body = [f"#{n} {step}", f"#{n} pushing layers 0.{r.randint(1, 9)}s done"]
        if t == "bpa_err":
            out = [f"Run docker/build-push-action@v{r.choice([5, 6])}", "  with:", "    push: true", f"    tags: {img}",
                   *pro, *body, "Error: " + err]  # fmt: skip
        else:
            out = [f"Run docker/build-push-action@v{r.choice([5, 6])}", "  with:", "    push: true", f"    tags: {img}",
                   *pro, *body, *lines, "Error: buildx failed with: " + lines[-1].split(" ERROR: ", 1)[-1]]  # fmt: skip
    elif t == "bk_raw":
        pro, n = bk_prelude(r)
        run = ctx["run"]
        cut = [f"#{n} {x}" if re.match(r"^\d+\.\d+ ", x) else x for x in lines]
        code = ctx.get("code", 1)
        final = f'ERROR: failed to solve: process "/bin/sh -c {run}" did not complete successfully: exit code: {code}'
        out = [*head, *pro, f"#{n} [3/5] RUN {run}", *cut, "------", final, "Error: buildx failed with: " + final]
    elif t == "legacy_run":
        run = ctx["run"]
        out = [*head, "Step 4/9 : RUN " + run, f" ---> Running in {sha(err)[:12]}", *lines, *tail,
               f"The command '/bin/sh -c {run}' returned a non-zero code: 1"]  # fmt: skip
    elif t == "legacy_cmd":
        out = [*gha_run(ctx["cmd"]), "Sending build context to Docker daemon  1.2MB", "Step 1/6 : FROM ubuntu:22.04",
               " ---> 27941809078c", "Step 5/6 : COPY . .", *lines]  # fmt: skip
    elif t == "go":
        out = [*gha_run(ctx.get("cmd", "go build ./...")), *lines, *tail]
    else:
        raise SystemExit(f"unknown template {t}")
    if not ctx.get("raw_is_log") and ctx.get("fatal", True):
        out.append("Error: Process completed with exit code 1.")
    return out


def main() -> None:
    skip = excluded()
    items, dropped, seen = [], [], set()
    for ent in [
        *entries_1.E,
        *entries_2.E,
        *entries_3.E,
        *entries_4.E,
        *entries_5.E,
        *entries_6.E,
        *entries_7.E,
        *entries_8.E,
        *entries_9.E,
        *entries_10.E,
        *entries_11.E,
        *entries_12.E,
        *entries_13.E,
        *entries_14.E,
        *entries_15.E,
        *entries_16.E,
        *entries_17.E,
        *entries_18.E,
        *entries_19.E,
        *entries_20.E,
        *entries_21.E,
        *entries_22.E,
        *entries_23.E,
        *entries_24.E,
        *entries_25.E,
        *entries_26.E,
        *entries_27.E,
        *entries_28.E,
        *entries_29.E,
        *entries_30.E,
        *entries_31.E,
        *entries_32.E,
        *entries_33.E,
        *entries_34.E,
        *entries_35.E,
        *entries_36.E,
        *entries_37.E,
        *entries_38.E,
        *entries_39.E,
        *entries_40.E,
        *entries_41.E,
        *entries_42.E,
    ]:
        ref = re.search(r"\(([^)]+#\d+)\)", ent["source"])
        key_ref = ref.group(1).lower() if ref else ent["source"].split()[0].lower()
        if key_ref in skip:
            dropped.append(ent["source"])
            continue
        key = sha(ent["source"], ent["err"])
        if key in seen:  # two batches quoted the same string from the same thread: one entry, one vote
            dropped.append(f"{ent['source']} (again)")
            continue
        seen.add(key)
        r = random.Random(key)
        lines = render(ent, r)
        log = "\n".join(lines).rstrip("\n") + "\n"
        assert all(x in log for x in ent["err"].splitlines()), ent["source"]
        ctx = ent["ctx"]
        expect: dict[str, Any] = {k: ent[k] for k in ("component", "cause", "retryable", "blame", "host")}
        for k in ("also_ok", "host_alt"):
            if ctx.get(k):
                expect[k] = list(ctx[k])
        if "fatal" in ctx:
            expect["fatal"] = ctx["fatal"]
        item = {"id": f"{ent['family']}.{key[:8]}", "family": ent["family"], "split": "dev", "source": ent["source"],
                "error_text": ent["err"], "log": log, "expect": expect}  # fmt: skip
        if ctx.get("note"):
            item["note"] = ctx["note"]
        items.append(item)
    items.sort(key=lambda x: x["id"])
    OUT.write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(items)} entries; dropped as already used: {dropped})")


if __name__ == "__main__":
    main()
