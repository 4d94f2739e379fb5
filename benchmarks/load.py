"""Load test: N simulated users asking gold-set questions against a running app for a while,
each answer checked against the gold answer. Then a burst larger than the queue, to show the
"busy" answer and the recovery after it.

    .venv/bin/python app.py --port 7870 &        # in one shell (or let --start do it)
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:7870 --users 50 --seconds 120
    .venv/bin/python benchmarks/load.py --users 20 --seconds 600 --burst 0 --pid $(pgrep -f "app.py --port 7870")   # soak

Start the app with QA_RATE_LIMIT_PER_MINUTE=1000000: all simulated users share one address.

Only loopback addresses are accepted as targets.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent


def norm(t: str) -> str:
    t = t.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", re.sub(r"\[\d+\]", "", t))


def correct(item: dict, body: dict) -> bool:
    if not item["answerable"]:
        return body["status"] == "no_answer"
    return body["status"] == "answered" and all(norm(e) in norm(body["answer"]) for e in item["expect"])


def rss_mb(pid: int | None) -> float | None:
    if not pid:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return None


async def sample_rss(pid, stop_at, samples):
    while time.monotonic() < stop_at:
        samples.append(rss_mb(pid))
        await asyncio.sleep(30)


def same(a: dict, b: dict) -> bool:
    return a["status"] == b["status"] and a["answer"] == b["answer"] and [c["text"] for c in a["citations"]] == [c["text"] for c in b["citations"]]


async def user(client, url, items, stop_at, stats, rng, reference):
    while time.monotonic() < stop_at:
        item = rng.choice(items)
        t0 = time.perf_counter()
        try:
            r = await client.post(url + "/api/ask", json={"question": item["question"]}, timeout=60)
            ms = (time.perf_counter() - t0) * 1000
            if r.status_code == 200:
                body = r.json()
                stats["latency"].append(ms)
                stats["ok"] += 1
                # wrong = not the answer the same question gets from an idle server
                stats["wrong"] += not same(body, reference[item["question"]])
                stats["gold_correct"] += correct(item, body)
            else:
                stats["status"][r.status_code] = stats["status"].get(r.status_code, 0) + 1
        except Exception as exc:  # a refused or dropped connection counts as an error
            stats["errors"] += 1
            stats["error_kinds"].add(type(exc).__name__)


async def burst(client, url, n):
    async def one():
        r = await client.post(url + "/api/ask", json={"question": "How much was invested in nursing care?"}, timeout=120)
        return r.status_code

    codes = await asyncio.gather(*[one() for _ in range(n)], return_exceptions=True)
    return {str(c): codes.count(c) for c in set(codes)}


async def main_async(args) -> dict:
    import httpx

    host = urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load tests only target this machine (loopback)")
    items = [json.loads(l) for l in (ROOT / "tests/data/gold.jsonl").read_text().splitlines() if l.strip()]
    limits = httpx.Limits(max_connections=args.users + 400, max_keepalive_connections=args.users)
    stats = {"latency": [], "ok": 0, "wrong": 0, "gold_correct": 0, "errors": 0, "status": {}, "error_kinds": set()}
    async with httpx.AsyncClient(limits=limits) as client:
        reference = {}
        for item in items:  # one at a time first: the answers of an idle server
            reference[item["question"]] = (await client.post(args.url + "/api/ask", json={"question": item["question"]}, timeout=60)).json()
        idle_correct = sum(correct(i, reference[i["question"]]) for i in items) / len(items)
        started = time.monotonic()
        rngs = [random.Random(i) for i in range(args.users)]
        rss: list = []
        await asyncio.gather(sample_rss(args.pid, started + args.seconds, rss),
                             *[user(client, args.url, items, started + args.seconds, stats, rngs[i], reference) for i in range(args.users)])
        rss.append(rss_mb(args.pid))
        elapsed = time.monotonic() - started
        lat = sorted(stats["latency"])
        result = {
            "users": args.users,
            "seconds": round(elapsed, 1),
            "answers": stats["ok"],
            "throughput_per_s": round(stats["ok"] / elapsed, 1),
            "latency_ms": {p: round(lat[min(len(lat) - 1, int(q * len(lat)))], 1) for p, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))} if lat else {},
            "answers_differing_from_idle_server": stats["wrong"],
            "gold_correct_under_load": round(stats["gold_correct"] / max(1, stats["ok"]), 4),
            "gold_correct_idle": round(idle_correct, 4),
            "errors": stats["errors"],
            "non_200": stats["status"],
            "error_kinds": sorted(stats["error_kinds"]),
            "server_rss_mb": {"start": rss[0], "end": rss[-1], "max": max(rss)} if args.pid and rss else None,
        }
        if args.burst:
            result["burst"] = {"requests": args.burst, "status_codes": await burst(client, args.url, args.burst)}
            await asyncio.sleep(2)
            r = await client.post(args.url + "/api/ask", json={"question": "How much was invested in nursing care?"}, timeout=30)
            result["after_burst"] = {"status": r.status_code, "answer": r.json().get("answer")}
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:7870")
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--burst", type=int, default=300, help="simultaneous requests after the run (0 to skip)")
    ap.add_argument("--pid", type=int, help="server process id, to sample its resident memory every 30 s (soak test)")
    args = ap.parse_args()
    print(json.dumps(asyncio.run(main_async(args)), indent=2))


if __name__ == "__main__":
    main()
