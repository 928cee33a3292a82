"""What the explorer's filters read from each model beyond its figures: its tags (base, instruct,
reasoning…) and the terms of the "fits" filter (weights per precision, KV cache per context)."""

from __future__ import annotations

import re

from pipeline.data import fit

# The kinds of model, in the order both selects list them: the calculator's and the explorer's, one list and
# one name each (review 7, zh #3). A catalog tag of the same name (data/catalog.yaml `tags`) is taken as is
# ("classifier" is the encoder kind); otherwise a tag is read from what the Hub states.
TAGS = ("instruct", "base", "reasoning", "code", "embedding", "moe", "vision-language", "speech", "encoder")
_CATALOG = {"classifier": "encoder"}
FIT_PRECISIONS = ("fp16", "int8", "int4")

_WORD = re.compile(r"[^a-z0-9]+")
# Vendors' own suffixes: "-Instruct", "-it" (Gemma), "-Chat"; "R1", "QwQ", "Thinking" name reasoning models.
_INSTRUCT = {"instruct", "it", "chat"}
_REASONING = {"r1", "qwq", "thinking", "reasoning"}
_EMBEDDING_TASKS = {"feature-extraction", "sentence-similarity"}
_ENCODER_TASKS = {"fill-mask", "text-classification", "token-classification"}
_ENCODER_HEADS = re.compile(r"For(MaskedLM|SequenceClassification|TokenClassification)$")
_DECODER_HEADS = re.compile(r"(ForCausalLM|LMHeadModel)$")


def model_tags(row: dict) -> list[str]:
    """The row's tags among TAGS: its catalog tags, then what its name, Hub task and architecture state.
    'base' only for a text generator whose name carries no chat or reasoning mark and whose catalog
    gives no other kind (a model the name does not describe stays untagged rather than guessed)."""
    words = set(_WORD.split(f"{row.get('id', '')} {row.get('name', '')}".lower()))
    task, head = row.get("pipeline_tag") or "", row.get("architecture") or ""
    found = {_CATALOG.get(t, t) for t in row.get("tags") or []} & set(TAGS)
    if words & _INSTRUCT:
        found.add("instruct")
    if words & _REASONING:
        found.add("reasoning")
    if "reasoning" in found:
        # a reasoning model (Qwen3, the R1 distills, gpt-oss) is post-trained to answer prompts: a chat model
        # too, so "Instruct or chat" lists it in the explorer and the calculator alike (review 5, en Q2)
        found.add("instruct")
    if any(w.startswith("coder") or w == "code" for w in words):
        found.add("code")
    if task in _EMBEDDING_TASKS or any(w.startswith("embed") for w in words):
        found.add("embedding")
    if task in _ENCODER_TASKS or _ENCODER_HEADS.search(head):
        found.add("encoder")
    if found & {"embedding", "encoder"} and "instruct" not in (row.get("tags") or []):
        # An embedding model "tuned on instructions" (e5-mistral-7b-instruct) is not a model to chat with.
        found.discard("instruct")
    generator = task == "text-generation" or bool(_DECODER_HEADS.search(head))
    if generator and not found & {"instruct", "reasoning", "embedding", "encoder"}:
        found.add("base")
    return [t for t in TAGS if t in found]


def tag_message(tag: str) -> str:
    """The message naming a kind of model, the same on the calculator and the explorer."""
    return f"explorer.tag_{tag}" if tag in ("code", "encoder") else f"calc.tags.{tag}"


def tag_bits(row: dict) -> int:
    return sum(1 << TAGS.index(t) for t in model_tags(row))


def fit_need(entry: dict | None, contexts: list[int], chosen: dict | None = None, row: dict | None = None,
             rules=None) -> list[list[float]]:
    """Memory to run the model at fp16, int8 and int4, at each context of data/fit.yaml, with a 16-bit
    KV cache: the fit engine's own needed bytes (weights + KV cache + the runtime's buffers) of the
    format `chosen` names for that precision (the calculator list's one figure, fit.precision_weights with
    web=False: never a tab-only web build on a GPU), else of its smallest format that is not a web build.
    0 where unknown; -1 never a match and never counted: a context beyond the model's limit (too long), or a
    model with web builds only, judged in a browser tab alone (review 8, ar #13); negated (below -1) when the
    model states no limit: the memory verdict stands, but it is named apart from the fits (fit.limit_unrecorded;
    explorer.js). KV cache unknown but the weights known (with `row` and `rules`, FitRules): weights + buffers
    + 0.5, a floor: more than a device's usable memory is "does not fit", as the calculator's judge says
    whatever is unknown, else unknown (review 8, en Q2: /models/ counted 9 unknown where the calculator said 8)."""
    entry = entry or {}
    limit = entry.get("context_limit")
    need: list[list[float]] = [[0] * len(contexts) for _ in FIT_PRECISIONS]
    formats = entry.get("formats") or []
    if row is not None and "web-build" in (row.get("tags") or []):  # as calc-list.js: judged in a browser tab only
        return [[-1] * len(contexts) for _ in FIT_PRECISIONS]
    usable = [f for f in formats if f.get("precision") in FIT_PRECISIONS and f.get("engine") != "browser"]
    named = {f["precision"] for f in usable if f.get("format") and f.get("format") == (chosen or {}).get(f["precision"])}
    usable = [f for f in usable if f["precision"] not in named or f.get("format") == chosen[f["precision"]]]
    for f in usable:
        by_context = (f.get("needed_bytes") or {}).get(16) or (f.get("needed_bytes") or {}).get("16") or []
        line = need[FIT_PRECISIONS.index(f["precision"])]
        for i, value in enumerate(by_context[:len(contexts)]):
            if value:
                line[i] = min(line[i] or value, value)
            elif row is not None and rules is not None and f.get("weights_bytes") and not line[i]:
                line[i] = f["weights_bytes"] + rules.overhead(f.get("engine") or "vllm", contexts[i],
                                                              row.get("vocab_size"), row.get("hidden_size")) + 0.5
    for line in need:
        for i, context in enumerate(contexts):
            if limit and context > limit:
                line[i] = -1
            elif line[i] > 0 and line[i] % 1 == 0 and fit.limit_unrecorded(limit, "fits"):  # apart should it fit
                line[i] = -line[i]
    return need
