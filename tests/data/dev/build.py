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
import importlib
import json
import random
import re
from pathlib import Path
from typing import Any

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


def batches() -> list[Any]:
    """Every entries_N.py here, in N's order (a new batch is a new file: nothing to register)."""
    numbers = sorted(int(f.stem.split("_")[1]) for f in HERE.glob("entries_*.py"))
    return [importlib.import_module(f"tests.data.dev.entries_{n}") for n in numbers]


def main() -> None:
    skip = excluded()
    items, dropped, seen = [], [], set()
    for ent in (ent for batch in batches() for ent in batch.E):
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
