"""The audit's side-door attacks (issue 11) replayed against a running app on this machine, with
what they cost the server: resident memory, open descriptors, health-check latency.

    QA_RATE_LIMIT_PER_MINUTE=1000000 .venv/bin/python app.py --port 7871 &
    .venv/bin/python benchmarks/edge.py --url http://127.0.0.1:7871 --pid <server pid>

Bounded: at most 1,000 requests per probe and 2,000 idle connections; loopback targets only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import time
from pathlib import Path
from urllib.parse import urlparse


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def health_ms(host: str, port: int) -> float | str:
    started = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=5) as s:
            s.sendall(f"GET /api/health HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
            reply = s.recv(100)
        return round((time.perf_counter() - started) * 1000, 1) if reply.startswith(b"HTTP/1.1 200") else reply[:40].decode()
    except OSError as exc:
        return type(exc).__name__


def big_body(host: str, port: int, declared: int) -> dict:
    """Declare `declared` bytes and send until the server answers or closes."""
    sent, started = 0, time.perf_counter()
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(
            f"POST /api/ask HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n".encode()
        )
        chunk = b"x" * (1 << 20)
        s.setblocking(False)
        reply = b""
        while sent < declared:
            try:
                reply = s.recv(200)
                break
            except BlockingIOError:
                pass
            try:
                sent += s.send(chunk)
            except BlockingIOError:
                time.sleep(0.001)
            except OSError:
                break
    return {
        "status": reply[:12].decode(errors="replace"),
        "bytes_sent_before_refusal": sent,
        "seconds": round(time.perf_counter() - started, 2),
    }


async def many(url: str, path: str, body: dict, n: int) -> dict:
    import httpx

    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=n)) as client:

        async def one():
            try:
                return (await client.post(url + path, json=body, timeout=60)).status_code
            except Exception as exc:
                return type(exc).__name__

        codes = await asyncio.gather(*[one() for _ in range(n)])
    return {str(c): codes.count(c) for c in set(codes)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default="http://127.0.0.1:7871")
    ap.add_argument("--pid", type=int, required=True)
    args = ap.parse_args()
    host, port = urlparse(args.url).hostname, urlparse(args.url).port
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("only this machine (loopback) is a target")
    out: dict = {"idle": {"rss_mb": rss_mb(args.pid), "fds": open_fds(args.pid), "health_ms": health_ms(host, port)}}

    # 4. bodies: four 300 MB requests at once
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: big_body(host, port, 300 * 2**20), range(4)))
    out["four_300MB_bodies"] = {"results": results, "rss_mb_after": rss_mb(args.pid)}

    # 1. direct calls: 1,000 at once on each Gradio route
    ask = {"data": ["How much was invested in nursing care?", ""]}
    out["1000_at_once"] = {
        p: asyncio.run(many(args.url, p, ask, 1000)) for p in ("/gradio_api/api/ask", "/gradio_api/run/ask", "/gradio_api/call/ask")
    }
    out["1000_at_once"]["/gradio_api/upload"] = asyncio.run(many(args.url, "/gradio_api/upload", {}, 50))
    time.sleep(3)

    # 5. 2,000 idle half-sent connections
    idle = []
    for _ in range(2000):
        try:
            s = socket.create_connection((host, port), timeout=5)
            s.sendall(b"POST /api/ask HTTP/1.1\r\nHost: x\r\n")
            idle.append(s)
        except OSError:
            break
    time.sleep(1)
    out["2000_half_sent_connections"] = {
        "opened": len(idle),
        "server_fds": open_fds(args.pid),
        "health_ms": health_ms(host, port),
        "rss_mb": rss_mb(args.pid),
    }
    time.sleep(11)  # past the 10 s header deadline
    closed = 0
    for s in idle:
        s.setblocking(False)
        try:
            closed += s.recv(10) == b""
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        s.close()
    out["2000_half_sent_connections"]["closed_by_server_after_11_s"] = closed
    out["after"] = {"rss_mb": rss_mb(args.pid), "fds": open_fds(args.pid), "health_ms": health_ms(host, port)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
