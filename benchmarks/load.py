"""Load test: N simulated users asking gold-set questions against a running app for a while,
each answer checked against the gold answer. Users are spread over every way in: the JSON API
(POST /api/ask), the Gradio API (POST /gradio_api/call/ask, then its event stream) and the chat's
own event route (POST /gradio_api/queue/join, then /gradio_api/queue/data), exactly as the page
sends it. Then, on each route, a burst larger than the queue, to show the "busy" answer and the
recovery after it.

    .venv/bin/python app.py --port 7870 &        # in one shell (or let --start do it)
    .venv/bin/python benchmarks/load.py --url http://127.0.0.1:7870 --users 50 --seconds 120
    .venv/bin/python benchmarks/load.py --users 20 --seconds 600 --burst 0 --pid $(pgrep -f "app.py --port 7870")   # soak

Start the app with QA_RATE_LIMIT_PER_MINUTE=1000000: all simulated users share one address.
Bounded: at most --users concurrent users for --seconds, then one burst per route.

Only loopback addresses are accepted as targets.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import time
import uuid
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


ROUTES = ("json", "gradio_api", "chat")


class Rejected(Exception):
    """The server turned the request away with this HTTP status."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


async def sse(client, url, params=None):
    """The JSON payloads of a server-sent event stream."""
    async with client.stream("GET", url, params=params, timeout=120) as r:
        if r.status_code != 200:
            raise Rejected(r.status_code)
        event = None
        async for line in r.aiter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                yield event, line[5:].strip()


async def ask_json(client, url, question, ctx):
    r = await client.post(url + "/api/ask", json={"question": question}, timeout=120)
    if r.status_code != 200:
        raise Rejected(r.status_code)
    body = r.json()
    return body, body


async def ask_gradio_api(client, url, question, ctx):
    r = await client.post(url + "/gradio_api/call/ask", json={"data": [question, ""]}, timeout=120)
    if r.status_code != 200:
        raise Rejected(r.status_code)
    event_id = r.json()["event_id"]
    async for event, data in sse(client, f"{url}/gradio_api/call/ask/{event_id}"):
        if event == "complete":
            body = json.loads(data)[0]
            return body, body
        if event == "error":
            raise Rejected(599)
    raise Rejected(598)


async def ask_chat(client, url, question, ctx):
    """What the page does on Enter: join the queue with the chat's inputs, then read the session's
    event stream until this event completes. The comparable value is the chat message shown."""
    session = uuid.uuid4().hex[:12]
    r = await client.post(
        url + "/gradio_api/queue/join",
        timeout=120,
        json={
            "data": [question, [], None, "All documents"],
            "fn_index": ctx["respond"],
            "session_hash": session,
            "event_data": None,
            "trigger_id": ctx["trigger"],
        },
    )
    if r.status_code != 200:
        raise Rejected(r.status_code)
    event_id = r.json()["event_id"]
    async for _, data in sse(client, url + "/gradio_api/queue/data", params={"session_hash": session}):
        msg = json.loads(data)
        if msg.get("event_id") == event_id and msg.get("msg") == "process_completed":
            if not msg.get("success"):
                raise Rejected(599)
            history = msg["output"]["data"][0]
            shown = history[-1]["content"]  # a string, or a list of {"type": "text", "text": ...} parts
            text = shown if isinstance(shown, str) else "".join(p.get("text", "") for p in shown if isinstance(p, dict))
            return {"markdown": text}, None
    raise Rejected(598)


ASK = {"json": ask_json, "gradio_api": ask_gradio_api, "chat": ask_chat}


def comparable(route, value):
    return value["markdown"] if route == "chat" else (value["status"], value["answer"], [c["text"] for c in value["citations"]])


async def user(client, url, route, items, stop_at, stats, rng, reference, ctx):
    s = stats[route]
    while time.monotonic() < stop_at:
        item = rng.choice(items)
        t0 = time.perf_counter()
        try:
            value, body = await ASK[route](client, url, item["question"], ctx)
            ms = (time.perf_counter() - t0) * 1000
            s["latency"].append(ms)
            s["ok"] += 1
            # wrong = not the answer the same question gets on the same route from an idle server
            s["wrong"] += comparable(route, value) != comparable(route, reference[route][item["question"]])
            if body is not None:
                s["gold_correct"] += correct(item, body)
                s["graded"] += 1
        except Rejected as exc:
            s["status"][exc.status] = s["status"].get(exc.status, 0) + 1
        except Exception as exc:  # a refused or dropped connection counts as an error
            s["errors"] += 1
            s["error_kinds"].add(type(exc).__name__)


async def burst(client, url, route, n, ctx):
    async def one():
        try:
            await ASK[route](client, url, "How much was invested in nursing care?", ctx)
            return 200
        except Rejected as exc:
            return exc.status

    codes = await asyncio.gather(*[one() for _ in range(n)], return_exceptions=True)
    codes = [c if isinstance(c, int) else type(c).__name__ for c in codes]
    return {str(c): codes.count(c) for c in set(codes)}


async def chat_context(client, url) -> dict:
    """The chat's answer event (the one the question box's Enter triggers), from the page config."""
    config = (await client.get(url + "/config", timeout=30)).json()
    for dep in config["dependencies"]:
        for target, trigger in dep["targets"]:
            if trigger == "submit":
                return {"respond": dep["id"], "trigger": target}
    raise SystemExit("the page has no submit event")


async def main_async(args) -> dict:
    import httpx

    host = urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load tests only target this machine (loopback)")
    items = [json.loads(l) for l in (ROOT / "tests/data/gold.jsonl").read_text().splitlines() if l.strip()]
    limits = httpx.Limits(max_connections=args.users * 2 + 400, max_keepalive_connections=args.users)
    stats = {
        r: {"latency": [], "ok": 0, "wrong": 0, "gold_correct": 0, "graded": 0, "errors": 0, "status": {}, "error_kinds": set()}
        for r in ROUTES
    }
    async with httpx.AsyncClient(limits=limits) as client:
        ctx = await chat_context(client, args.url)
        reference = {r: {} for r in ROUTES}
        for route in ROUTES:  # one at a time first: the answers of an idle server, per route
            for item in items:
                reference[route][item["question"]] = (await ASK[route](client, args.url, item["question"], ctx))[0]
        idle_correct = sum(correct(i, reference["json"][i["question"]]) for i in items) / len(items)
        same_over_apis = sum(
            comparable("json", reference["json"][q]) == comparable("gradio_api", reference["gradio_api"][q]) for q in reference["json"]
        )
        started = time.monotonic()
        rngs = [random.Random(i) for i in range(args.users)]
        rss: list = []
        await asyncio.gather(
            sample_rss(args.pid, started + args.seconds, rss),
            *[
                user(client, args.url, ROUTES[i % len(ROUTES)], items, started + args.seconds, stats, rngs[i], reference, ctx)
                for i in range(args.users)
            ],
        )
        rss.append(rss_mb(args.pid))
        elapsed = time.monotonic() - started
        result = {
            "users": args.users,
            "seconds": round(elapsed, 1),
            "routes": {},
            "gold_correct_idle": round(idle_correct, 4),
            "json_and_gradio_api_idle_answers_identical": f"{same_over_apis}/{len(items)}",
            "server_rss_mb": {"start": rss[0], "end": rss[-1], "max": max(rss)} if args.pid and rss else None,
        }
        for route in ROUTES:
            s = stats[route]
            lat = sorted(s["latency"])
            result["routes"][route] = {
                "answers": s["ok"],
                "throughput_per_s": round(s["ok"] / elapsed, 1),
                "latency_ms": {
                    p: round(lat[min(len(lat) - 1, int(q * len(lat)))], 1) for p, q in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
                }
                if lat
                else {},
                "answers_differing_from_idle_server": s["wrong"],
                "gold_correct_under_load": round(s["gold_correct"] / s["graded"], 4) if s["graded"] else None,
                "errors": s["errors"],
                "non_200": s["status"],
                "error_kinds": sorted(s["error_kinds"]),
            }
        if args.burst:
            result["burst"] = {}
            for route in ROUTES:
                codes = await burst(client, args.url, route, args.burst, ctx)
                await asyncio.sleep(2)
                try:
                    value, _ = await ASK[route](client, args.url, "How much was invested in nursing care?", ctx)
                    after = {"status": 200, "answer": value["markdown"].split("\n")[0] if route == "chat" else value["answer"]}
                except Rejected as exc:
                    after = {"status": exc.status}
                result["burst"][route] = {"requests": args.burst, "status_codes": codes, "after_burst": after}
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
